package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/** Stand-in: a Pipeline script given inline. Signatures only. */
public class CpsFlowDefinition extends FlowDefinition {

  public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
