package io.cloudops.jenkins;

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
   * The running Jenkins' services. The store, scanner and engine are wired here as their core
   * implementations become available; until then they refuse with a clear message.
   */
  final class Defaults implements CloudOpsServices {
    static final Defaults INSTANCE = new Defaults();

    private final JenkinsFacade jenkins = new DefaultJenkinsFacade();
    private volatile StoreProvider stores = StoreProvider.NOT_WIRED;
    private volatile ScanRunner scanner = ScanRunner.NOT_WIRED;
    private volatile PlanRunner planRunner = PlanRunner.NOT_WIRED;

    private Defaults() {}

    /**
     * Replaces the engines of the running Jenkins; for the JenkinsRule tests of the .hpi build (the
     * engines are wired here once the core provides them).
     */
    static void useEngines(StoreProvider stores, ScanRunner scanner, PlanRunner planRunner) {
      INSTANCE.stores = stores;
      INSTANCE.scanner = scanner;
      INSTANCE.planRunner = planRunner;
    }

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

    @Override
    public Clock clock() {
      return Clock.systemUTC();
    }
  }
}
