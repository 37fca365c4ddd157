package io.cloudops.scan;

import io.cloudops.scan.spi.SliceKey;
import java.util.Optional;

/**
 * How one slice ended.
 *
 * @param slice the slice
 * @param seen resources seen
 * @param changes against the known state (removals only when clean)
 * @param error the failure, if the slice could not be paged through
 */
record SliceOutcome(SliceKey slice, long seen, ChangeCounts changes, Optional<ScanError> error) {}
