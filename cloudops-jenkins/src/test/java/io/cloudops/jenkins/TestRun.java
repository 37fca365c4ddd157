package io.cloudops.jenkins;

import hudson.model.Cause;
import hudson.model.Run;
import io.cloudops.standins.StandIns;

/** A build of a {@link TestJob}. */
public final class TestRun extends Run<TestJob, TestRun> {

  public TestRun(String jobFullName, int number) {
    super(new TestJob(jobFullName), System.currentTimeMillis());
    this.number = number;
  }

  /** The build was started by this user. */
  public TestRun startedBy(String userId) {
    StandIns.addCause(this, new Cause.UserIdCause(userId));
    return this;
  }
}
