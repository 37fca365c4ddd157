package io.cloudops.console;

import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

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
      List<ResourceSummary> rows,
      Map<String, Integer> byIdOrArn,
      FacetColumns columns,
      Instant loadedAt) {}

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
    Map<String, Integer> byIdOrArn = new HashMap<>(rows.size() * 3);
    for (int row = 0; row < rows.size(); row++) {
      byIdOrArn.putIfAbsent(rows.get(row).id(), row);
      byIdOrArn.put(rows.get(row).key(), row);
    }
    return new Snapshot(rows, byIdOrArn, new FacetColumns(rows), clock.instant());
  }

  /** Every summary, ordered by key. */
  public List<ResourceSummary> all() {
    return snapshot().rows();
  }

  /** The summary of the resource with this key, ARN or id. */
  public Optional<ResourceSummary> find(String keyArnOrId) {
    Snapshot current = snapshot();
    Integer row = current.byIdOrArn().get(keyArnOrId);
    return row == null ? Optional.empty() : Optional.of(current.rows().get(row));
  }

  /**
   * One page of the resources matching the query, with the facet counts. Hits of a text query that
   * a scan added after the view was read show up once it is read again.
   */
  public ResourcePage query(ResourceQuery query) {
    Snapshot current = snapshot();
    int[] candidates =
        query.text().isEmpty()
            ? IntStream.range(0, current.rows().size()).toArray()
            : searchHits(query.text(), current);
    FacetColumns.Counted counted =
        current.columns().count(candidates, query, row -> query.tagsMatch(current.rows().get(row)));
    List<Integer> matches = counted.matches();
    List<ResourceSummary> page =
        matches
            .subList(
                Math.min(query.offset(), matches.size()),
                (int) Math.min((long) query.offset() + query.limit(), matches.size()))
            .stream()
            .map(current.rows()::get)
            .toList();
    return new ResourcePage(page, matches.size(), counted.facets());
  }

  /**
   * The row numbers of the store's hybrid search hits, best first; when the text names resources
   * exactly (an id, ARN or name), only those and the prefix matches: whoever types an id wants that
   * resource, not its look-alikes.
   */
  private int[] searchHits(String text, Snapshot current) {
    List<SearchHit> found = store.search(text, ResourceFilter.any(), SEARCH_DEPTH);
    if (found.stream().anyMatch(h -> h.match() == SearchHit.MatchKind.EXACT)) {
      found = found.stream().filter(h -> h.match() != SearchHit.MatchKind.HYBRID).toList();
    }
    return found.stream()
        .map(hit -> current.byIdOrArn().get(hit.resource().key()))
        .filter(Objects::nonNull)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
