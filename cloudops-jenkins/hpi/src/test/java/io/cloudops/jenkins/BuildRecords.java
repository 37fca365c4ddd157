package io.cloudops.jenkins;

import io.cloudops.jenkins.execute.CloudOpsExecutionAction;
import io.cloudops.jenkins.scan.CloudOpsScanAction;
import java.util.List;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

/** What the real engines recorded on a build: its plan runs and its scan. */
final class BuildRecords {

  private BuildRecords() {}

  /** The plan runs (dry runs included) the build recorded, in order. */
  static List<CloudOpsExecutionAction.Entry> executions(WorkflowRun build) {
    CloudOpsExecutionAction action = build.getAction(CloudOpsExecutionAction.class);
    return action == null ? List.of() : action.getEntries();
  }

  /** The approvers of the build's first plan run. */
  static List<String> approversOfFirstRun(WorkflowRun build) {
    return executions(build).get(0).getApprovers();
  }

  static Optional<CloudOpsScanAction> scan(WorkflowRun build) {
    return Optional.ofNullable(build.getAction(CloudOpsScanAction.class));
  }
}
