package io.cloudops.jenkins;

import hudson.model.Run;
import jenkins.model.RunAction2;

/** Base of the build-page actions: remembers the build it is attached to (not persisted). */
public abstract class CloudOpsRunAction implements RunAction2 {

  private transient Run<?, ?> run;

  /** The build this action belongs to. */
  public Run<?, ?> getRun() {
    return run;
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    this.run = r;
  }
}
