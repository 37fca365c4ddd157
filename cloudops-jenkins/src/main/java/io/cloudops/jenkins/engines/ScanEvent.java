package io.cloudops.jenkins.engines;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.ScanError;
import io.cloudops.scan.spi.SliceKey;
import java.util.List;

/**
 * One line of the NDJSON stream a scan on a node sends back: a page of resources, a slice's end, or
 * a progress line.
 *
 * @param type {@value #PAGE}, {@value #COMPLETED}, {@value #FAILED} or {@value #PROGRESS}
 */
record ScanEvent(
    String type, SliceKey slice, List<AwsResource> resources, ScanError error, String text) {

  static final String PAGE = "page";
  static final String COMPLETED = "completed";
  static final String FAILED = "failed";
  static final String PROGRESS = "progress";

  static ScanEvent page(SliceKey slice, List<AwsResource> resources) {
    return new ScanEvent(PAGE, slice, resources, null, null);
  }

  static ScanEvent completed(SliceKey slice) {
    return new ScanEvent(COMPLETED, slice, null, null, null);
  }

  static ScanEvent failed(SliceKey slice, ScanError error) {
    return new ScanEvent(FAILED, slice, null, error, null);
  }

  static ScanEvent progress(String text) {
    return new ScanEvent(PROGRESS, null, null, null, text);
  }
}
