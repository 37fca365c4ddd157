package io.cloudops.jenkins.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import hudson.AbortException;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.FlowGraph;
import io.cloudops.jenkins.MutableClock;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.standins.StandIns;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jenkinsci.plugins.workflow.cps.CpsScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's Groovy global, compiled from the shipped resource with plain Groovy and run against
 * a script whose {@code input} writes what pipeline-input-step writes, and whose CloudOps steps are
 * the real Java steps over that flow graph. (Under workflow-cps the class is CPS-transformed; the
 * loop's logic is the same.)
 */
class CloudOpsExecuteGroovyTest {

  @TempDir Path home;
  private final FlowGraph graph = new FlowGraph();
  private final Deque<String> answerers = new ArrayDeque<>();
  private PlanApprovalsTest.RecordingRunner runner;
  private TestRun run;
  private PlanSteps steps;
  private MutableClock clock;

  @BeforeEach
  void setUp() {
    StandIns.reset();
    FakeJenkins jenkins = new FakeJenkins(home);
    jenkins.configuration().setMediumApprovers("bob, carol");
    jenkins.configuration().setHighApprovers("bob, carol, dave");
    clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    runner = new PlanApprovalsTest.RecordingRunner();
    run = new TestRun("deploy", 9).startedBy("alice");
    steps =
        new PlanSteps(
            new TestServices(jenkins).with(runner).with(clock), graph, run, PlanApprovalsTest.AWS);
  }

  /** An input the next answerer proceeds on, as Jenkins records it; returns their id. */
  private Object proceed(Map<String, Object> args) {
    String who = answerers.pop();
    graph.approvedInput(args.get("id"), args.get("message"), who, clock.instant().toEpochMilli());
    return who;
  }

  private TestScript script(Function<Map<String, Object>, Object> input) throws Exception {
    return new TestScript(
        input,
        args -> steps.review((String) args.get("planDigest"), (Boolean) args.get("dryRun")),
        args -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> result =
              (Map<String, Object>)
                  steps
                      .run((String) args.get("planDigest"), (Boolean) args.get("dryRun"))
                      .context()
                      .await();
          return result;
        });
  }

  private static Object global(CpsScript script) throws Exception {
    try (GroovyClassLoader loader =
        new GroovyClassLoader(CloudOpsExecuteGroovyTest.class.getClassLoader())) {
      Class<?> type = loader.parseClass(new GroovyCodeSource(CloudOpsExecuteVariable.source()));
      assertThat(type.getName()).isEqualTo(CloudOpsExecuteVariable.CLASS_NAME);
      return type.getConstructor(CpsScript.class).newInstance(script);
    }
  }

  private static Object call(Object global, Map<String, Object> args) {
    return org.codehaus.groovy.runtime.InvokerHelper.invokeMethod(global, "call", args);
  }

  private String propose(String risk) {
    return PlanSteps.propose(run, risk, "i-0abc1234", clock.instant());
  }

  @Test
  void aLowPlan_runsWithoutAskingAnyone() throws Exception {
    String digest = propose("Low");
    TestScript script = script(args -> proceed(args));

    Object result = call(global(script), Map.of("plan", Map.of("planDigest", digest)));

    assertThat(script.inputs).isEmpty();
    assertThat(((Map<?, ?>) result).get("status")).isEqualTo("Success");
    assertThat(runner.runs).hasSize(1);
  }

  @Test
  void aMediumPlan_asksOnce_insideTimeout_thenRuns() throws Exception {
    String digest = propose("Medium");
    answerers.add("bob");
    TestScript script = script(args -> proceed(args));

    call(global(script), Map.of("planDigest", digest, "credentialsId", "aws-prod"));

    assertThat(script.inputs).hasSize(1);
    assertThat(script.inputs.get(0))
        .containsEntry("submitter", "bob,carol")
        .containsEntry("submitterParameter", "cloudopsApprover")
        .containsEntry("ok", "Approve");
    assertThat(script.timeouts).containsExactly(Map.of("time", 24L * 60, "unit", "MINUTES"));
    assertThat(script.runs.get(0)).containsEntry("credentialsId", "aws-prod");
    assertThat(runner.approvers(0)).containsExactly("bob");
  }

  @Test
  void aHighPlan_asksExactlyAsOftenAsNeeded_whenOnePersonAnswersTwice() throws Exception {
    String digest = propose("High");
    answerers.addAll(List.of("bob", "bob", "carol"));
    TestScript script = script(args -> proceed(args));

    call(global(script), Map.of("planDigest", digest));

    assertThat(script.inputs).hasSize(3);
    assertThat(script.inputs.get(1)).containsEntry("submitter", "carol,dave");
    assertThat(script.echoes)
        .anySatisfy(e -> assertThat(e).contains("bob already approved this plan"));
    assertThat(runner.approvers(0)).containsExactlyInAnyOrder("bob", "carol");
  }

  @Test
  void aShadowedInput_endsAtTheBound_andTheRunStepRefusesOnItsOwn() throws Exception {
    String digest = propose("High");
    TestScript script = script(args -> "bob");

    assertThatThrownBy(() -> call(global(script), Map.of("planDigest", digest)))
        .hasMessageContaining("gave up after 5 approval requests");
    assertThat(script.inputs).hasSize(5);
    assertThat(script.runs).isEmpty();
    assertThatThrownBy(() -> steps.run(digest, false))
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("found 0");
    assertThat(runner.runs).isEmpty();
  }

  @Test
  void insideNode_itWarnsThatTheWaitHoldsTheExecutor() throws Exception {
    String digest = propose("Low");
    TestScript script = script(args -> proceed(args));
    script.env.put("NODE_NAME", "linux-1");

    call(global(script), Map.of("planDigest", digest));

    assertThat(script.echoes).anySatisfy(e -> assertThat(e).contains("holds its executor"));
  }

  @Test
  void withANodeLabel_approvalsAreAskedOutsideNode_andOnlyTheRunGoesIntoIt() throws Exception {
    String digest = propose("Low");
    TestScript script = script(args -> proceed(args));

    call(global(script), Map.of("planDigest", digest, "node", "linux"));

    assertThat(script.runsOnNode).containsExactly("linux");
    assertThat(script.echoes).noneSatisfy(e -> assertThat(e).contains("holds its executor"));
  }

  @Test
  void theClass_isSerializableAndKeepsNothingButTheScript() throws Exception {
    Object global = global(script(args -> null));

    assertThat(global).isInstanceOf(Serializable.class);
    List<Field> state =
        Arrays.stream(global.getClass().getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
            .filter(f -> !f.getName().startsWith("$") && !f.getName().equals("metaClass"))
            .toList();
    assertThat(state)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getName()).isEqualTo("script");
              assertThat(Modifier.isFinal(f.getModifiers())).isTrue();
            });
  }

  @Test
  void theAllowlist_admitsExactlyTheShippedSource() {
    CloudOpsExecuteVariable.Allowlist allowlist = new CloudOpsExecuteVariable.Allowlist();

    assertThat(allowlist.isAllowed(CloudOpsExecuteVariable.source().toString())).isTrue();
    assertThat(allowlist.isAllowed("file:/tmp/io/cloudops/jenkins/execute/CloudOpsExecute.groovy"))
        .isFalse();
    assertThat(new CloudOpsExecuteVariable().getName()).isEqualTo("cloudopsExecute");
  }
}
