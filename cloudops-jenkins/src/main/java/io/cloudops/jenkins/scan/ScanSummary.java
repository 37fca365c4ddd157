package io.cloudops.jenkins.scan;

import io.cloudops.jenkins.spi.ScanOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scan's summary table for the build log and the Map the step returns. */
public final class ScanSummary {

  private ScanSummary() {}

  /** Resources per service, then totals and failures. */
  public static List<String> table(ScanOutcome outcome) {
    List<String> lines = new ArrayList<>();
    Map<String, Long> sorted = new TreeMap<>(outcome.byService());
    int width = Math.max(7, sorted.keySet().stream().mapToInt(String::length).max().orElse(0));
    lines.add(String.format("%-" + width + "s  %9s", "service", "resources"));
    sorted.forEach(
        (service, count) -> lines.add(String.format("%-" + width + "s  %9d", service, count)));
    lines.add(
        String.format(
            "total %d stored: %d added, %d changed, %d removed",
            outcome.total(), outcome.added(), outcome.changed(), outcome.removed()));
    if (outcome.failedSlices() > 0) {
      lines.add(outcome.failedSlices() + " of " + outcome.slices() + " part(s) failed:");
      outcome.errors().forEach(e -> lines.add("  " + e));
    }
    return lines;
  }

  /** total, byService, added, changed, removed, errors: JDK collections only. */
  public static Map<String, Object> toMap(ScanOutcome outcome) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("total", outcome.total());
    map.put("byService", new LinkedHashMap<>(new TreeMap<>(outcome.byService())));
    map.put("added", outcome.added());
    map.put("changed", outcome.changed());
    map.put("removed", outcome.removed());
    map.put("errors", new ArrayList<>(outcome.errors()));
    return map;
  }
}
