package org.jenkinsci.plugins.workflow.job;

import hudson.model.Run;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/** Stand-in: a Pipeline build. Signatures only. */
public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun>
    implements FlowExecutionOwner.Executable {

  public WorkflowRun(WorkflowJob job) throws IOException {
    super(job, 0L);
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public FlowExecution getExecution() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public boolean isBuilding() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
