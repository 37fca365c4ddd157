package io.cloudops.ask;

import io.cloudops.json.Json;
import io.cloudops.model.Message;
import io.cloudops.store.ChatStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the conversation history sent with a prompt: the last N messages, plus older messages
 * that share the most words with the prompt, within a byte budget; in conversation order.
 */
public final class HistorySelector {

  /** How far back older messages are considered. */
  static final int LOOK_BACK = 500;

  private final ChatStore chat;
  private final AskOptions options;

  public HistorySelector(ChatStore chat, AskOptions options) {
    this.chat = chat;
    this.options = options;
  }

  public List<Message> select(String contextId, String prompt) {
    List<Message> all = chat.history(contextId, LOOK_BACK);
    int recentFrom = Math.max(0, all.size() - options.recentMessages());
    List<Message> older = all.subList(0, recentFrom);
    Set<String> promptWords = words(prompt);
    List<Integer> relevant = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      if (overlap(promptWords, older.get(i).content()) > 0) {
        relevant.add(i);
      }
    }
    relevant.sort(
        Comparator.comparingDouble((Integer i) -> -overlap(promptWords, older.get(i).content()))
            .thenComparing(Comparator.reverseOrder()));
    Set<Integer> picked = new HashSet<>();
    for (int i = recentFrom; i < all.size(); i++) {
      picked.add(i);
    }
    relevant.stream().limit(options.relevantMessages()).forEach(picked::add);
    return withinBudget(all, picked, recentFrom);
  }

  /** Drops the oldest picks first until the JSON fits the budget. */
  private List<Message> withinBudget(List<Message> all, Set<Integer> picked, int recentFrom) {
    List<Integer> order = picked.stream().sorted().toList();
    List<Integer> byPriority = new ArrayList<>(order);
    byPriority.sort(
        Comparator.comparing((Integer i) -> i >= recentFrom ? 0 : 1)
            .thenComparing(Comparator.reverseOrder()));
    Set<Integer> kept = new HashSet<>();
    int bytes = 0;
    for (int i : byPriority) {
      int size = Json.write(all.get(i)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size <= options.historyBudgetBytes()) {
        kept.add(i);
        bytes += size;
      }
    }
    return order.stream().filter(kept::contains).map(all::get).toList();
  }

  private static double overlap(Set<String> promptWords, String text) {
    if (promptWords.isEmpty()) {
      return 0;
    }
    Set<String> other = words(text);
    long shared = promptWords.stream().filter(other::contains).count();
    return (double) shared / promptWords.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
      if (word.length() > 3) {
        words.add(word);
      }
    }
    return words;
  }
}
