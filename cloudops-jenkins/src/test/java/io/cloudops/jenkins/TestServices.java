package io.cloudops.jenkins;

import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.jenkins.spi.ScanRunner;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.RiskLevel;
import java.io.PrintStream;
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
        settings -> {
          throw new AssertionError("this test wired no store");
        },
        (request, stores, progress) -> {
          throw new AssertionError("this test wired no scanner");
        },
        UNWIRED_PLAN_RUNNER,
        Clock.systemUTC());
  }

  private static final PlanRunner UNWIRED_PLAN_RUNNER =
      new PlanRunner() {
        @Override
        public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
          throw new AssertionError("this test wired no plan runner");
        }

        @Override
        public ExecutionResult run(
            ExecutionPlan plan,
            ResolvedAws aws,
            boolean dryRun,
            GrantedApprovals approvals,
            PrintStream output) {
          throw new AssertionError("this test wired no plan runner");
        }
      };

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
