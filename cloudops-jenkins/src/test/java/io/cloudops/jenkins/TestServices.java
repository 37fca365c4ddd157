package io.cloudops.jenkins;

import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.jenkins.spi.ScanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import java.time.Clock;

/** Services for unit tests: every part replaceable. */
public record TestServices(
    JenkinsFacade jenkins,
    StoreProvider stores,
    ScanRunner scanner,
    PlanRunner planRunner,
    Clock clock)
    implements CloudOpsServices {

  public TestServices(FakeJenkins jenkins) {
    this(
        jenkins,
        StoreProvider.NOT_WIRED,
        ScanRunner.NOT_WIRED,
        PlanRunner.NOT_WIRED,
        Clock.systemUTC());
  }

  public TestServices with(StoreProvider s) {
    return new TestServices(jenkins, s, scanner, planRunner, clock);
  }

  public TestServices with(ScanRunner s) {
    return new TestServices(jenkins, stores, s, planRunner, clock);
  }

  public TestServices with(PlanRunner p) {
    return new TestServices(jenkins, stores, scanner, p, clock);
  }

  public TestServices with(Clock c) {
    return new TestServices(jenkins, stores, scanner, planRunner, c);
  }
}
