package io.cloudops.jenkins.services;

import io.cloudops.config.ExecutionSettings;
import io.cloudops.jenkins.DefaultJenkinsFacade;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.engines.CorePlanRunner;
import io.cloudops.jenkins.engines.CoreScanRunner;
import io.cloudops.jenkins.engines.CoreStoreProvider;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.jenkins.spi.ScanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import java.time.Clock;

/**
 * Everything a step needs besides its parameters. Steps use {@link #defaults()} in Jenkins; unit
 * tests hand in their own.
 */
public interface CloudOpsServices {

  JenkinsFacade jenkins();

  StoreProvider stores();

  ScanRunner scanner();

  PlanRunner planRunner();

  Clock clock();

  /** The services of a running Jenkins. */
  static CloudOpsServices defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * The running Jenkins' services: the core's store (one shared handle per data dir), scanner and
   * execution engine, all running in the controller JVM.
   */
  final class Defaults implements CloudOpsServices {
    static final Defaults INSTANCE = new Defaults();

    private final JenkinsFacade jenkins = new DefaultJenkinsFacade();
    private final StoreProvider stores = new CoreStoreProvider();
    private final ScanRunner scanner = new CoreScanRunner();
    private volatile Clock clock = Clock.systemUTC();
    private final PlanRunner planRunner =
        new CorePlanRunner(
            stores,
            () -> new Settings(jenkins).store(jenkins.configuration(), null),
            () -> jenkins.configuration().getAwsCli(),
            () -> ExecutionSettings.from(System.getenv()));

    private Defaults() {}

    @Override
    public JenkinsFacade jenkins() {
      return jenkins;
    }

    @Override
    public StoreProvider stores() {
      return stores;
    }

    @Override
    public ScanRunner scanner() {
      return scanner;
    }

    @Override
    public PlanRunner planRunner() {
      return planRunner;
    }

    /** Replaces the clock of the running Jenkins; for the JenkinsRule tests of the .hpi build. */
    static void useClock(Clock clock) {
      INSTANCE.clock = clock;
    }

    @Override
    public Clock clock() {
      return clock;
    }
  }
}
