package io.cloudops.console;

import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The explorer's in-memory view of the estate: every resource's summary, for facets with counts and
 * paging without going back to the store. Text search goes to the store's hybrid search; its hits
 * are then narrowed and counted here. The view is reloaded from the store when older than its
 * maximum age, so a scan running next to the console shows up.
 */
public final class EstateIndex {

  /** How many hits of the hybrid search a text query narrows and pages through. */
  public static final int SEARCH_DEPTH = 1000;

  private final EstateStore store;
  private final Clock clock;
  private final Duration maxAge;
  private final Executor reloads;
  private final AtomicBoolean reloading = new AtomicBoolean();
  private volatile Snapshot snapshot;

  private record Snapshot(
      List<ResourceSummary> rows, Map<String, ResourceSummary> byIdOrArn, Instant loadedAt) {}

  /**
   * @param reloads where a stale view is read again while requests go on with the current one (the
   *     first view is read by the first request)
   */
  public EstateIndex(EstateStore store, Clock clock, Duration maxAge, Executor reloads) {
    this.store = store;
    this.clock = clock;
    this.maxAge = maxAge;
    this.reloads = reloads;
  }

  /** The current view; a stale one starts a reload and is used until the reload is done. */
  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        if (snapshot == null) {
          snapshot = load();
        }
        return snapshot;
      }
    }
    if (current.loadedAt().plus(maxAge).isBefore(clock.instant())
        && reloading.compareAndSet(false, true)) {
      reloads.execute(
          () -> {
            try {
              snapshot = load();
            } finally {
              reloading.set(false);
            }
          });
    }
    return snapshot;
  }

  private Snapshot load() {
    List<ResourceSummary> rows =
        store.list(ResourceFilter.any()).stream().map(ResourceSummary::of).toList();
    Map<String, ResourceSummary> byIdOrArn = new HashMap<>(rows.size() * 3);
    for (ResourceSummary row : rows) {
      byIdOrArn.putIfAbsent(row.id(), row);
      byIdOrArn.put(row.key(), row);
    }
    return new Snapshot(rows, byIdOrArn, clock.instant());
  }

  /** Every summary, ordered by key. */
  public List<ResourceSummary> all() {
    return snapshot().rows();
  }

  /** The summary of the resource with this key, ARN or id. */
  public Optional<ResourceSummary> find(String keyArnOrId) {
    return Optional.ofNullable(snapshot().byIdOrArn().get(keyArnOrId));
  }

  /** One page of the resources matching the query, with the facet counts. */
  public ResourcePage query(ResourceQuery query) {
    Snapshot current = snapshot();
    List<ResourceSummary> candidates =
        query.text().isEmpty() ? current.rows() : searchHits(query.text(), current);
    Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      counts.put(facet, new HashMap<>());
    }
    List<ResourceSummary> page = new ArrayList<>(query.limit());
    long total = 0;
    for (ResourceSummary row : candidates) {
      for (Facet facet : Facet.values()) {
        String value = row.value(facet);
        if (value != null && query.matchesExcept(row, facet)) {
          counts.get(facet).merge(value, 1L, Long::sum);
        }
      }
      if (query.matches(row)) {
        if (total >= query.offset() && page.size() < query.limit()) {
          page.add(row);
        }
        total++;
      }
    }
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    counts.forEach((facet, values) -> facets.put(facet.parameter(), new TreeMap<>(values)));
    return new ResourcePage(page, total, facets);
  }

  /**
   * The hits of the store's hybrid search; when the text names resources exactly (an id, ARN or
   * name), only those and the prefix matches: whoever types an id wants that resource, not its
   * look-alikes.
   */
  private List<ResourceSummary> searchHits(String text, Snapshot current) {
    List<SearchHit> found = store.search(text, ResourceFilter.any(), SEARCH_DEPTH);
    if (found.stream().anyMatch(h -> h.match() == SearchHit.MatchKind.EXACT)) {
      found = found.stream().filter(h -> h.match() != SearchHit.MatchKind.HYBRID).toList();
    }
    List<ResourceSummary> hits = new ArrayList<>();
    for (SearchHit hit : found) {
      ResourceSummary row = current.byIdOrArn().get(hit.resource().key());
      hits.add(row != null ? row : ResourceSummary.of(hit.resource()));
    }
    return hits;
  }
}
