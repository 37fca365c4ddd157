package org.jenkinsci.plugins.workflow.graphanalysis;

import com.google.common.base.Predicate;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** Stand-in: walks a flow graph. Signatures only. */
public abstract class AbstractFlowScanner {

  public List<FlowNode> filteredNodes(FlowExecution exec, Predicate<FlowNode> matchPredicate) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
