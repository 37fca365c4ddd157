package org.jvnet.hudson.test.junit.jupiter;

import org.jvnet.hudson.test.fixtures.JenkinsSessionFixture;

/** Stand-in: runs steps in successive Jenkins sessions over one home. Signatures only. */
public class JenkinsSessionExtension {

  public void then(JenkinsSessionExtension.Step s) throws Throwable {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  /** Stand-in: one session's work. */
  @FunctionalInterface
  public interface Step extends JenkinsSessionFixture.Step {}
}
