package io.cloudops.jenkins.execute;

import hudson.AbortException;
import hudson.model.Run;
import io.cloudops.jenkins.CloudOpsRunAction;
import io.cloudops.model.ExecutionResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The build's execution history: each plan run, its status, who approved it and which {@code input}
 * nodes proved the approvals. Saved with the build (build.xml) before a plan's first step starts,
 * so after a restart a run that had begun is known and never launched again, and the same approvals
 * never run a plan twice.
 */
public class CloudOpsExecutionAction extends CloudOpsRunAction {

  /** The status of an execution that began and has not ended (yet). */
  static final String STARTED = "STARTED";

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  static synchronized CloudOpsExecutionAction on(Run<?, ?> run) {
    CloudOpsExecutionAction action = run.getAction(CloudOpsExecutionAction.class);
    if (action == null) {
      action = new CloudOpsExecutionAction();
      run.addAction(action);
    }
    return action;
  }

  /** Input node ids that approved a plan run of this build (each proves one run only). */
  static Set<String> consumedIn(Run<?, ?> run) {
    CloudOpsExecutionAction action = run.getAction(CloudOpsExecutionAction.class);
    return action == null ? Set.of() : action.consumedInputs();
  }

  synchronized Set<String> consumedInputs() {
    Set<String> consumed = new HashSet<>();
    entries.forEach(e -> consumed.addAll(e.getInputNodes()));
    return consumed;
  }

  /**
   * Records, and saves with the build before anything runs, that an execution began with these
   * approvals; fails when one of their inputs was used meanwhile (two runs racing).
   */
  synchronized void begin(
      Run<?, ?> run,
      String key,
      String digest,
      boolean dryRun,
      List<String> approvers,
      List<String> inputNodes)
      throws IOException {
    Set<String> consumed = consumedInputs();
    for (String node : inputNodes) {
      if (consumed.contains(node)) {
        throw new AbortException(
            "CloudOps: the approval of input node " + node + " was already used by another run");
      }
    }
    entries.add(
        new Entry(
            key,
            digest,
            dryRun,
            STARTED,
            null,
            new ArrayList<>(approvers),
            new ArrayList<>(inputNodes),
            null));
    run.save();
  }

  /** Records how an execution that began ended, and saves the build. */
  synchronized void finish(Run<?, ?> run, String key, ExecutionResult result) throws IOException {
    entry(key)
        .ifPresent(
            e -> {
              e.status = result.status().name();
              e.executionId = result.id();
              e.completedAt = result.completedAt() == null ? null : result.completedAt().toString();
            });
    run.save();
  }

  /** Records that an execution ended without a result (interrupted, failed, restarted). */
  synchronized void end(Run<?, ?> run, String key, String status) throws IOException {
    entry(key).filter(e -> STARTED.equals(e.status)).ifPresent(e -> e.status = status);
    run.save();
  }

  Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> key.equals(e.key)).findFirst();
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
    private final String key;
    private final String digest;
    private final boolean dryRun;
    private String status;
    private String executionId;
    private final ArrayList<String> approvers;
    private final ArrayList<String> inputNodes;
    private String completedAt;

    Entry(
        String key,
        String digest,
        boolean dryRun,
        String status,
        String executionId,
        ArrayList<String> approvers,
        ArrayList<String> inputNodes,
        String completedAt) {
      this.key = key;
      this.digest = digest;
      this.dryRun = dryRun;
      this.status = status;
      this.executionId = executionId;
      this.approvers = approvers;
      this.inputNodes = inputNodes;
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

    /** The input nodes whose approvals this run used (none for builds of older versions). */
    public List<String> getInputNodes() {
      return inputNodes == null ? List.of() : List.copyOf(inputNodes);
    }

    public String getCompletedAt() {
      return completedAt;
    }
  }
}
