package io.cloudops.jenkins.services;

import java.time.Clock;
import java.time.Duration;

/** The plugin's clock (approval expiry) in the JenkinsRule tests. */
public final class PluginClock {

  private PluginClock() {}

  public static void reset() {
    CloudOpsServices.Defaults.useClock(Clock.systemUTC());
  }

  /** Moves the plugin's clock forward from now. */
  public static void advance(Duration by) {
    CloudOpsServices.Defaults.useClock(Clock.offset(Clock.systemUTC(), by));
  }
}
