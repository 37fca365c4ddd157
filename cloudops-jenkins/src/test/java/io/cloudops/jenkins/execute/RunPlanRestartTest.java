package io.cloudops.jenkins.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.FlowGraph;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskLevel;
import io.cloudops.standins.StandIns;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A controller restart while a plan runs: the step execution is written out as Jenkins persists it
 * (Java serialization of the program's state) and read back into a fresh object, which must never
 * launch the plan again.
 */
class RunPlanRestartTest {

  @TempDir Path home;
  private final CountDownLatch running = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<String> statusWhenTheFirstStepRan = new CopyOnWriteArrayList<>();
  private TestRun run;
  private PlanSteps steps;
  private int runs;

  /** Blocks inside the plan, as a long AWS step would, and records what the build said then. */
  final class BlockingRunner implements PlanRunner {
    @Override
    public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
      return claimed;
    }

    @Override
    public ExecutionResult run(
        ExecutionPlan plan,
        ResolvedAws aws,
        boolean dryRun,
        GrantedApprovals approvals,
        PrintStream out)
        throws InterruptedException {
      runs++;
      run.getAction(CloudOpsExecutionAction.class)
          .getEntries()
          .forEach(e -> statusWhenTheFirstStepRan.add(e.getStatus()));
      running.countDown();
      release.await(30, TimeUnit.SECONDS);
      Instant now = Instant.now();
      return new ExecutionResult(
          "exec-9", ExecutionStatus.SUCCESS, "done", null, now, now, 5L, List.of());
    }
  }

  @BeforeEach
  void setUp() {
    StandIns.reset();
    FakeJenkins jenkins = new FakeJenkins(home);
    jenkins.configuration().setMediumApprovers("bob");
    run = new TestRun("deploy", 7).startedBy("alice");
    steps =
        new PlanSteps(
            new TestServices(jenkins).with(new BlockingRunner()),
            new FlowGraph(),
            run,
            PlanApprovalsTest.AWS);
  }

  @AfterEach
  void tearDown() {
    release.countDown();
  }

  @Test
  void aPlanThatBegan_failsAfterTheRestart_pointingToTheHistory_andNeverRunsAgain()
      throws Exception {
    String digest = propose();
    steps.approve(steps.review(digest, false), "bob", System.currentTimeMillis());
    PlanSteps.Started started = steps.run(digest, false);
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(statusWhenTheFirstStepRan).containsExactly(CloudOpsExecutionAction.STARTED);
    assertThat(StandIns.saves(run)).isPositive();

    byte[] persisted = serialize(started.execution());
    StepExecution afterRestart = deserialize(persisted);
    assertThat(afterRestart).isNotSameAs(started.execution());
    assertThat(new String(persisted, StandardCharsets.ISO_8859_1))
        .doesNotContain(PlanApprovalsTest.SECRET);

    afterRestart.onResume();

    assertThatThrownBy(() -> started.context().await())
        .hasMessageContaining("had begun when Jenkins restarted")
        .hasMessageContaining("is not run again")
        .hasMessageContaining(run.getUrl() + "cloudops-executions/");
    assertThat(run.getAction(CloudOpsExecutionAction.class).getEntries())
        .singleElement()
        .satisfies(e -> assertThat(e.getStatus()).isEqualTo("INTERRUPTED"));
    assertThat(runs).isEqualTo(1);
  }

  private String propose() {
    return PlanSteps.propose(run, "Medium", "i-0abc1234", Instant.now());
  }

  private static byte[] serialize(Object execution) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(execution);
    }
    return bytes.toByteArray();
  }

  private static StepExecution deserialize(byte[] bytes) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (StepExecution) in.readObject();
    }
  }
}
