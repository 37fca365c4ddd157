package org.jenkinsci.plugins.workflow.support.steps.input;

import java.io.IOException;
import java.util.Map;
import org.kohsuke.stapler.HttpResponse;

/** Stand-in: one input prompt a build waits on. Signatures only. */
public class InputStepExecution {

  private InputStepExecution() {}

  public String getId() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public InputStep getInput() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public HttpResponse proceed(Map<String, Object> params) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
