package io.cloudops.jenkins;

import hudson.model.Job;

/** A job with a full name. */
public final class TestJob extends Job<TestJob, TestRun> {
  public TestJob(String fullName) {
    super(null, fullName);
  }
}
