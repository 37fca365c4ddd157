package io.cloudops.jenkins.agent;

import hudson.remoting.RemoteOutputStream;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.executor.AwsSdkExecutor;
import io.cloudops.execute.executor.ExecutorContext;
import io.cloudops.execute.executor.StepExecutor;
import io.cloudops.execute.executor.StepOutcome;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import java.io.IOException;
import java.util.List;

/**
 * Runs AWS SDK steps on the node of the enclosing {@code node {}} ({@link SdkStepCallable});
 * validation and the description in reviews stay here (they call nothing). Output lines and the
 * outcome are masked again here with every secret the engine knows.
 */
public final class AgentSdkExecutor implements StepExecutor {

  private final AwsSdkExecutor local;
  private final WorkPlace place;

  /**
   * @param clients only for validation and descriptions here; no call goes through them
   */
  public AgentSdkExecutor(AwsClientFactory clients, WorkPlace place) {
    this.local = new AwsSdkExecutor(clients);
    this.place = place;
  }

  @Override
  public void validate(PlannedStep step, String region) {
    local.validate(step, region);
  }

  @Override
  public List<String> describe(PlannedStep step, ExecutorContext context) {
    return local.describe(step, context);
  }

  @Override
  public StepOutcome run(PlannedStep step, ExecutorContext context) {
    try (LineSplitter lines =
        LineSplitter.of(line -> context.output().accept(context.masker().mask(line)))) {
      String json = place.act(new SdkStepCallable(step, context, new RemoteOutputStream(lines)));
      StepOutcome outcome = Json.read(json, StepOutcome.class, "step outcome from the node");
      return new StepOutcome(
          outcome.status(),
          context.masker().mask(outcome.argv()),
          outcome.exitCode(),
          context.masker().mask(outcome.output()),
          outcome.outputSha256(),
          outcome.error() == null ? null : context.masker().mask(outcome.error()));
    } catch (IOException e) {
      return failed(step, context, "the node could not run the step: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new StepOutcome(
          ExecutionStatus.CANCELLED, describe(step, context), null, "", null, "cancelled");
    }
  }

  private StepOutcome failed(PlannedStep step, ExecutorContext context, String error) {
    return new StepOutcome(
        ExecutionStatus.FAILED,
        describe(step, context),
        null,
        "",
        null,
        context.masker().mask(error));
  }
}
