package io.cloudops.jenkins;

import java.time.Clock;
import java.time.Duration;

/** The plugin's clock (approval expiry) in the JenkinsRule tests. */
final class PluginClock {

  private PluginClock() {}

  static void reset() {
    CloudOpsServices.Defaults.useClock(Clock.systemUTC());
  }

  /** Moves the plugin's clock forward from now. */
  static void advance(Duration by) {
    CloudOpsServices.Defaults.useClock(Clock.offset(Clock.systemUTC(), by));
  }
}
