package org.jenkinsci.plugins.workflow.job;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/** Stand-in: a Pipeline job. Signatures only. */
public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
    implements ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>,
        TopLevelItem,
        Queue.FlyweightTask {

  @SuppressWarnings("rawtypes")
  public WorkflowJob(ItemGroup parent, String name) {
    super(parent, name);
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public void setDefinition(FlowDefinition definition) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public WorkflowRun getBuildByNumber(int n) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
