package io.cloudops.jenkins.execute;

import hudson.EnvVars;
import io.cloudops.jenkins.FlowGraph;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.json.Json;
import io.cloudops.model.ServerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Calls {@code cloudopsReviewPlan} and {@code cloudopsRunPlan} as workflow-cps would: each on a new
 * node of the build's flow graph carrying its arguments, with the given services, inside {@code
 * node('linux') {}} and {@code withCredentials} that bound {@code env}.
 */
public final class PlanSteps {

  private final CloudOpsServices services;
  private final FlowGraph graph;
  private final TestRun run;
  private final EnvVars env;
  private Path workspace;

  public PlanSteps(CloudOpsServices services, FlowGraph graph, TestRun run, EnvVars env) {
    this.services = services;
    this.graph = graph;
    this.run = run;
    this.env = env;
  }

  private TestStepContext context() throws IOException {
    if (workspace == null) {
      workspace = Files.createTempDirectory("cloudops-ws");
    }
    return new TestStepContext(run, new EnvVars()).bound(env).onNode(workspace, "linux");
  }

  /** The Map {@code cloudopsReviewPlan planDigest: digest} returns; fails as the step fails. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> review(String digest, boolean dryRun) throws Exception {
    TestStepContext context =
        context()
            .at(
                graph.step(
                    new ReviewPlanStep.DescriptorImpl(),
                    Map.of("planDigest", digest, "dryRun", dryRun)));
    PlanStep step = new ReviewPlanStep(digest).withServices(services);
    step.setDryRun(dryRun);
    step.start(context).start();
    return (Map<String, Object>) context.await();
  }

  /** Starts {@code cloudopsRunPlan planDigest: digest}; throws when the step refuses at once. */
  public Started run(String digest, boolean dryRun) throws Exception {
    TestStepContext context =
        context()
            .at(
                graph.step(
                    new RunPlanStep.DescriptorImpl(),
                    Map.of("planDigest", digest, "dryRun", dryRun)));
    PlanStep step = new RunPlanStep(digest).withServices(services);
    step.setDryRun(dryRun);
    StepExecution execution = step.start(context);
    execution.start();
    return new Started(context, execution);
  }

  /**
   * Records in the build a plan {@code cloudopsAsk} proposed: stop one instance, at the risk the
   * planning server claimed; returns its digest.
   */
  public static String propose(TestRun run, String risk, String instance, Instant at) {
    String json =
        """
        {"response_type":"Command","content":"Stop it.",
         "execution_plan":{"steps":[{"step_id":"1","command":"ec2",
           "args":["stop-instances","--instance-ids","%s"],"description":"stop"}]},
         "requires_approval":true,
         "risk_assessment":{"level":"%s","summary":"one instance","reasons":["writes"]}}
        """
            .formatted(instance, risk);
    ServerResponse response = Json.read(json, ServerResponse.class, "test answer");
    CloudOpsPlanAction action = CloudOpsPlanAction.of(response, at).orElseThrow();
    run.addAction(action);
    return action.getDigest();
  }

  /** A started run step. */
  public record Started(TestStepContext context, StepExecution execution) {}

  /** Someone proceeds on the input the review asked for. */
  public void approve(Map<String, Object> review, String approver, long atMillis) {
    graph.approvedInput(review.get("nextInputId"), review.get("message"), approver, atMillis);
  }
}
