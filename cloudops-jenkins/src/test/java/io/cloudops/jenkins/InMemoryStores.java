package io.cloudops.jenkins;

import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Minimal in-memory stores for the unit tests of the steps' glue: exact lookups and substring
 * search. The real embedded store runs in {@code CoreEnginesIT} and the core's store tests.
 */
public final class InMemoryStores implements StoreProvider {

  private final Map<String, AwsResource> resources = new LinkedHashMap<>();
  private final Map<String, List<Message>> messages = new LinkedHashMap<>();
  private StoreSettings lastSettings;
  private int opened;
  private int closed;

  private boolean semanticSearch = true;

  /** As the steps plugin without the CloudOps Embeddings plugin. */
  public InMemoryStores withoutSemanticSearch() {
    semanticSearch = false;
    return this;
  }

  @Override
  public boolean semanticSearch() {
    return semanticSearch;
  }

  public InMemoryStores add(AwsResource resource) {
    resources.put(resource.key(), resource);
    return this;
  }

  public List<Message> messages(String contextId) {
    return List.copyOf(messages.getOrDefault(contextId, List.of()));
  }

  public StoreSettings lastSettings() {
    return lastSettings;
  }

  public boolean allClosed() {
    return opened > 0 && opened == closed;
  }

  @Override
  public synchronized OpenStores open(StoreSettings settings) {
    lastSettings = settings;
    opened++;
    return new OpenStores(new Estate(), new Chat());
  }

  private final class Estate implements EstateStore {
    @Override
    public void upsert(AwsResource resource) {
      resources.put(resource.key(), resource);
    }

    @Override
    public UpsertSummary bulkUpsert(Iterable<AwsResource> batch) {
      throw new UnsupportedOperationException("not needed by the steps' tests");
    }

    @Override
    public List<SearchHit> search(String query, ResourceFilter filter, int limit) {
      List<SearchHit> hits = new ArrayList<>();
      String q = query.toLowerCase(Locale.ROOT);
      for (AwsResource r : resources.values()) {
        if (filter.matches(r)
            && r.name() != null
            && q.contains(r.name().toLowerCase(Locale.ROOT))
            && hits.size() < limit) {
          hits.add(new SearchHit(r, 1.0, SearchHit.MatchKind.HYBRID));
        }
      }
      return hits;
    }

    @Override
    public Optional<AwsResource> get(String keyArnOrId) {
      return resources.values().stream()
          .filter(r -> r.key().equals(keyArnOrId) || r.id().equals(keyArnOrId))
          .findFirst();
    }

    @Override
    public List<AwsResource> list(ResourceFilter filter) {
      return resources.values().stream().filter(filter::matches).toList();
    }

    @Override
    public long count(ResourceFilter filter) {
      return resources.values().stream().filter(filter::matches).count();
    }

    @Override
    public List<String> keys(ResourceFilter filter) {
      return resources.values().stream().filter(filter::matches).map(AwsResource::key).toList();
    }

    @Override
    public int deleteAll(Collection<String> keys) {
      int removed = 0;
      for (String key : keys) {
        removed += resources.remove(key) != null ? 1 : 0;
      }
      return removed;
    }

    @Override
    public boolean delete(String key) {
      return resources.remove(key) != null;
    }

    @Override
    public void close() {
      synchronized (InMemoryStores.this) {
        closed++;
      }
    }
  }

  private final class Chat implements ChatStore {
    @Override
    public void append(String contextId, Message message) {
      messages.computeIfAbsent(contextId, c -> new ArrayList<>()).add(message);
    }

    @Override
    public List<Message> history(String contextId, int limit) {
      List<Message> all = messages.getOrDefault(contextId, List.of());
      return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
    }

    @Override
    public Optional<Conversation> conversation(String contextId) {
      return Optional.empty();
    }

    @Override
    public List<Conversation> conversations() {
      return List.of();
    }

    @Override
    public List<Conversation> searchConversations(String query, int limit) {
      return List.of();
    }

    @Override
    public boolean delete(String contextId) {
      return messages.remove(contextId) != null;
    }

    @Override
    public void close() {}
  }
}
