package io.cloudops.scan;

import io.cloudops.scan.spi.SliceKey;

/**
 * Progress after a slice finished.
 *
 * @param service the service of the slice just finished
 * @param region its region
 * @param current slices finished so far
 * @param total slices in this scan
 * @param percentage {@code current / total} in percent
 */
public record ScanProgress(String service, String region, int current, int total, int percentage) {

  static ScanProgress of(SliceKey slice, int current, int total) {
    int percentage = total == 0 ? 100 : (int) (100L * current / total);
    return new ScanProgress(slice.service(), slice.region(), current, total, percentage);
  }
}
