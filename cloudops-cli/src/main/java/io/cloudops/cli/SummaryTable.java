package io.cloudops.cli;

import io.cloudops.scan.ScanResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The text summary of a scan: resources per service, totals, changes, failed slices. */
final class SummaryTable {

  private SummaryTable() {}

  static void print(PrintWriter out, ScanResult result, Path output) {
    out.printf("%-16s %10s%n", "SERVICE", "RESOURCES");
    for (Map.Entry<String, Long> row : result.byService().entrySet()) {
      out.printf("%-16s %10d%n", row.getKey(), row.getValue());
    }
    out.printf("%-16s %10d%n", "total", result.totalCount());
    out.println();
    out.printf(
        "added %d, changed %d, unchanged %d, removed %d; %d slices, %d API calls, %d ms%n",
        result.changes().added(),
        result.changes().changed(),
        result.changes().unchanged(),
        result.changes().removed(),
        result.slices(),
        result.apiCalls(),
        result.durationMs());
    if (!result.errors().isEmpty()) {
      out.printf(
          "%d slice(s) failed (listed on standard error); their resources are unknown, not"
              + " absent%n",
          result.errors().size());
    }
    if (output != null) {
      out.println("written to " + output);
    }
    out.flush();
  }
}
