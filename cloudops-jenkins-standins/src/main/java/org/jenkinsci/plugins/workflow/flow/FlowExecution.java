package org.jenkinsci.plugins.workflow.flow;

import java.io.IOException;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** Stand-in: the running program of a Pipeline build, owner of its flow graph. */
public abstract class FlowExecution {

  public abstract FlowNode getNode(String id) throws IOException;
}
