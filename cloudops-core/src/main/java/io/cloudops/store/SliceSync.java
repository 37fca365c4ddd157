package io.cloudops.store;

import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one scan slice (e.g. one account, region and service) into an {@link EstateStore} as it
 * streams in, then tombstones what the slice held before and the scan no longer saw. Use one per
 * slice: {@link #start}, {@link #page} per page, {@link #finish} only after the slice was scanned
 * completely; a failed scan never calls {@code finish}, so nothing is deleted on a partial view.
 * Not thread-safe.
 */
public final class SliceSync {

  /** What a finished slice did. */
  public record Result(UpsertSummary upserts, int tombstoned) {}

  private final EstateStore store;
  private final ResourceFilter slice;
  private final Set<String> before;
  private final Set<String> seen = new HashSet<>();
  private UpsertSummary upserts = UpsertSummary.EMPTY;
  private boolean finished;

  private SliceSync(EstateStore store, ResourceFilter slice, Set<String> before) {
    this.store = store;
    this.slice = slice;
    this.before = before;
  }

  /**
   * Starts a slice: remembers the keys it holds now.
   *
   * @param slice the filter that selects exactly the resources this scan covers
   */
  public static SliceSync start(EstateStore store, ResourceFilter slice) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(slice, "slice");
    return new SliceSync(store, slice, new LinkedHashSet<>(store.keys(slice)));
  }

  /**
   * Upserts one page in one commit.
   *
   * @throws IllegalArgumentException when a resource lies outside the slice (it would never be
   *     tombstoned by this slice)
   */
  public UpsertSummary page(List<AwsResource> resources) {
    if (finished) {
      throw new IllegalStateException("This slice is finished");
    }
    for (AwsResource resource : resources) {
      if (!slice.matches(resource)) {
        throw new IllegalArgumentException(
            "Resource " + resource.key() + " is outside the slice " + slice);
      }
      seen.add(resource.key());
    }
    UpsertSummary summary = store.bulkUpsert(resources);
    upserts = upserts.plus(summary);
    return summary;
  }

  /** Tombstones the keys the slice held before and this scan did not see, in one commit. */
  public Result finish() {
    if (finished) {
      throw new IllegalStateException("This slice is finished");
    }
    finished = true;
    List<String> gone = new ArrayList<>();
    for (String key : before) {
      if (!seen.contains(key)) {
        gone.add(key);
      }
    }
    return new Result(upserts, gone.isEmpty() ? 0 : store.deleteAll(gone));
  }
}
