package io.cloudops.scan;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.SliceContext;
import io.cloudops.scan.spi.SliceKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pages through one slice: compares each resource with the known state, forwards pages to the sink
 * and, only after a clean page-through, reports the known resources it did not see as removed. A
 * failure is reported as the slice's error; nothing of it counts as removed.
 */
final class SliceRunner {

  private final ScanOptions options;
  private final ScanSink sink;
  private final KnownState known;

  SliceRunner(ScanOptions options, ScanSink sink, KnownState known) {
    this.options = options;
    this.sink = sink;
    this.known = known;
  }

  SliceOutcome run(
      SliceKey slice,
      ResourceScanner scanner,
      Function<Consumer<List<AwsResource>>, SliceContext> contextFor) {
    Tally tally = new Tally(slice);
    try {
      tally.knownHashes = known.hashes(slice);
      scanner.scan(contextFor.apply(tally::page));
    } catch (RuntimeException e) {
      ScanError error =
          ScanError.of(
              slice,
              ErrorCodes.of(e),
              slice.resourceType()
                  + " in "
                  + slice.region()
                  + " of account "
                  + slice.accountId()
                  + " could not be listed: "
                  + ErrorCodes.message(e));
      sink.sliceFailed(slice, error);
      return new SliceOutcome(slice, tally.seenCount, tally.changes(0), Optional.of(error));
    }
    List<String> removed = new ArrayList<>();
    Optional<TargetIds> targets = options.targets();
    for (String key : tally.knownHashes.keySet()) {
      if (!tally.seen.contains(key) && targets.map(t -> t.matchesKey(key)).orElse(true)) {
        removed.add(key);
      }
    }
    sink.sliceCompleted(slice, removed);
    return new SliceOutcome(
        slice, tally.seenCount, tally.changes(removed.size()), Optional.empty());
  }

  /** What one slice saw. Pages of one slice arrive on its own thread, one after another. */
  private final class Tally {
    private final SliceKey slice;
    private Map<String, String> knownHashes = Map.of();
    private final Set<String> seen = new HashSet<>();
    private long seenCount;
    private long added;
    private long changed;
    private long unchanged;

    Tally(SliceKey slice) {
      this.slice = slice;
    }

    void page(List<AwsResource> page) {
      List<AwsResource> forward = new ArrayList<>(page.size());
      Optional<TargetIds> targets = options.targets();
      Optional<Instant> since = options.since();
      for (AwsResource resource : page) {
        if (targets.isPresent() && !targets.get().matches(resource)) {
          continue;
        }
        String key = resource.key();
        if (!seen.add(key)) {
          continue;
        }
        seenCount++;
        String previous = knownHashes.get(key);
        boolean isChange;
        if (previous == null) {
          added++;
          isChange = true;
        } else if (!previous.equals(resource.contentHash())) {
          changed++;
          isChange = true;
        } else {
          unchanged++;
          isChange = false;
        }
        if (isChange || forwardsUnchanged(resource, since)) {
          forward.add(resource);
        }
      }
      if (!forward.isEmpty()) {
        sink.accept(slice, forward);
      }
    }

    private boolean forwardsUnchanged(AwsResource resource, Optional<Instant> since) {
      if (options.pageContent() == ScanOptions.PageContent.CHANGES_ONLY) {
        return false;
      }
      Instant stamp = resource.createdAt();
      return since.isEmpty() || stamp == null || !stamp.isBefore(since.get());
    }

    ChangeCounts changes(long removed) {
      return new ChangeCounts(added, changed, unchanged, removed);
    }
  }
}
