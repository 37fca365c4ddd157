package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link ChatStore} backend passes; a subclass only says how to open one. Public
 * so backends in other packages can extend it.
 */
public abstract class AbstractChatStoreContractTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dataDir;

  private StoreHandle handle;
  private ChatStore store;

  /** Opens (or reopens) the backend's stores for this data dir, read-write. */
  protected abstract StoreHandle open(Path dataDir);

  private ChatStore reopenHandle() {
    handle = open(dataDir);
    store = handle.chat();
    return store;
  }

  @BeforeEach
  void openStore() {
    reopenHandle();
  }

  @AfterEach
  void closeStore() {
    handle.close();
  }

  private void talk(String context, String prompt, String answer, int minute) {
    store.append(context, Message.user(prompt, T0.plusSeconds(60L * minute)));
    store.append(context, Message.assistant(answer, T0.plusSeconds(60L * minute + 5)));
  }

  @Test
  void history_returnsTheLastMessages_oldestFirst() {
    talk("ctx-1", "list my buckets", "You have 3 buckets.", 0);
    talk("ctx-1", "delete the empty one", "Planned: delete bucket tmp-1.", 1);

    assertThat(store.history("ctx-1", 10))
        .extracting(Message::content)
        .containsExactly(
            "list my buckets",
            "You have 3 buckets.",
            "delete the empty one",
            "Planned: delete bucket tmp-1.");
    assertThat(store.history("ctx-1", 2))
        .extracting(Message::content)
        .containsExactly("delete the empty one", "Planned: delete bucket tmp-1.");
    assertThat(store.history("unknown", 5)).isEmpty();
  }

  @Test
  void conversation_summarisesTitleCountAndTimes() {
    talk("ctx-1", "which instances are stopped?", "Two are stopped.", 0);
    talk("ctx-1", "start them", "Planned.", 3);

    Conversation conversation = store.conversation("ctx-1").orElseThrow();

    assertThat(conversation.title()).isEqualTo("which instances are stopped?");
    assertThat(conversation.messageCount()).isEqualTo(4);
    assertThat(conversation.createdAt()).isEqualTo(T0);
    assertThat(conversation.updatedAt()).isEqualTo(T0.plusSeconds(185));
    assertThat(store.conversation("nope")).isEmpty();
  }

  @Test
  void conversations_areListedMostRecentFirst_andSurviveReopening() {
    talk("old", "cost of the billing database", "About $300 a month.", 0);
    talk("new", "rotate the deploy role keys", "Planned.", 10);
    handle.close();
    reopenHandle();

    List<Conversation> all = store.conversations();

    assertThat(all).extracting(Conversation::contextId).containsExactly("new", "old");
    assertThat(store.history("old", 10)).hasSize(2);
  }

  @Test
  void searchConversations_findsTheRelevantConversationFirst() {
    talk("db", "how big is the billing postgres database?", "It has 200 GB allocated.", 0);
    talk("queue", "is the checkout SQS queue backed up?", "It has 12,000 messages waiting.", 1);
    talk("iam", "who can assume the deploy role?", "The CI user and two admins.", 2);

    List<Conversation> hits = store.searchConversations("message backlog in a queue", 3);

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).contextId()).isEqualTo("queue");
    assertThat(store.searchConversations("iam", 3))
        .extracting(Conversation::contextId)
        .first()
        .isEqualTo("iam");
  }

  @Test
  void delete_removesTheConversationAndItsMessages() {
    talk("a", "hello", "hi", 0);
    talk("b", "bye", "ciao", 1);

    assertThat(store.delete("a")).isTrue();
    assertThat(store.delete("a")).isFalse();
    assertThat(store.history("a", 10)).isEmpty();
    assertThat(store.conversations()).extracting(Conversation::contextId).containsExactly("b");
  }
}
