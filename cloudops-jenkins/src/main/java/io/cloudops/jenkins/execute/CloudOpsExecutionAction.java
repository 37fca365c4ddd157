package io.cloudops.jenkins.execute;

import hudson.model.Run;
import io.cloudops.jenkins.CloudOpsRunAction;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The build's execution history: each plan run, its status and who approved it. */
public class CloudOpsExecutionAction extends CloudOpsRunAction {

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  static synchronized CloudOpsExecutionAction on(Run<?, ?> run) {
    CloudOpsExecutionAction action = run.getAction(CloudOpsExecutionAction.class);
    if (action == null) {
      action = new CloudOpsExecutionAction();
      run.addAction(action);
    }
    return action;
  }

  void record(String digest, boolean dryRun, ExecutionResult result, List<Approval> approvals) {
    entries.add(
        new Entry(
            digest,
            dryRun,
            result.status().name(),
            result.id(),
            new ArrayList<>(approvals.stream().map(Approval::approver).toList()),
            result.completedAt() == null ? null : result.completedAt().toString()));
  }

  public List<Entry> getEntries() {
    return List.copyOf(entries);
  }

  @Override
  public String getIconFileName() {
    return "terminal.png";
  }

  @Override
  public String getDisplayName() {
    return "CloudOps executions";
  }

  @Override
  public String getUrlName() {
    return "cloudops-executions";
  }

  /** One execution. Persisted with the build; not a record (XStream). */
  public static final class Entry {
    private final String digest;
    private final boolean dryRun;
    private final String status;
    private final String executionId;
    private final ArrayList<String> approvers;
    private final String completedAt;

    Entry(
        String digest,
        boolean dryRun,
        String status,
        String executionId,
        ArrayList<String> approvers,
        String completedAt) {
      this.digest = digest;
      this.dryRun = dryRun;
      this.status = status;
      this.executionId = executionId;
      this.approvers = approvers;
      this.completedAt = completedAt;
    }

    public String getDigest() {
      return digest;
    }

    public boolean isDryRun() {
      return dryRun;
    }

    public String getStatus() {
      return status;
    }

    public String getExecutionId() {
      return executionId;
    }

    public List<String> getApprovers() {
      return List.copyOf(approvers);
    }

    public String getCompletedAt() {
      return completedAt;
    }
  }
}
