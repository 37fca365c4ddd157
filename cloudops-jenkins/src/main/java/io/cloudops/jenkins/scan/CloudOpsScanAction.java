package io.cloudops.jenkins.scan;

import io.cloudops.jenkins.CloudOpsRunAction;
import io.cloudops.jenkins.spi.ScanOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scan summary on the build page. */
public class CloudOpsScanAction extends CloudOpsRunAction {

  private final long total;
  private final TreeMap<String, Long> byService;
  private final long added;
  private final long changed;
  private final long removed;
  private final int slices;
  private final ArrayList<String> errors;
  private final String completedAt;

  private CloudOpsScanAction(ScanOutcome outcome, Instant completedAt) {
    this.total = outcome.total();
    this.byService = new TreeMap<>(outcome.byService());
    this.added = outcome.added();
    this.changed = outcome.changed();
    this.removed = outcome.removed();
    this.slices = outcome.slices();
    this.errors = new ArrayList<>(outcome.errors());
    this.completedAt = completedAt.toString();
  }

  static CloudOpsScanAction of(ScanOutcome outcome, Instant completedAt) {
    return new CloudOpsScanAction(outcome, completedAt);
  }

  public long getTotal() {
    return total;
  }

  public Map<String, Long> getByService() {
    return new TreeMap<>(byService);
  }

  public long getAdded() {
    return added;
  }

  public long getChanged() {
    return changed;
  }

  public long getRemoved() {
    return removed;
  }

  public int getSlices() {
    return slices;
  }

  public List<String> getErrors() {
    return List.copyOf(errors);
  }

  public String getCompletedAt() {
    return completedAt;
  }

  @Override
  public String getIconFileName() {
    return "search.png";
  }

  @Override
  public String getDisplayName() {
    return "CloudOps scan";
  }

  @Override
  public String getUrlName() {
    return "cloudops-scan";
  }
}
