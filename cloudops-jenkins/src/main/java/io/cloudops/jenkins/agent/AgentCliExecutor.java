package io.cloudops.jenkins.agent;

import hudson.FilePath;
import hudson.Launcher;
import io.cloudops.execute.executor.AwsCliExecutor;
import io.cloudops.execute.executor.ExecutorContext;
import io.cloudops.execute.executor.StepExecutor;
import io.cloudops.execute.executor.StepOutcome;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Runs AWS CLI steps on the node of the enclosing {@code node {}}: the core's {@link
 * AwsCliExecutor} (the step proven against the service model, the argv rebuilt from it) with its
 * processes started through the {@link Launcher} ({@link LauncherProcesses}), and its private
 * directory (HOME, AWS config files, output files) made on the node, in the workspace's temporary
 * directory ({@code <workspace>@tmp}, as Jenkins's WorkspaceList.tempDir names it), and removed
 * after the step.
 */
public final class AgentCliExecutor implements StepExecutor {

  private final AwsCliExecutor executor;
  private final FilePath workspace;

  /**
   * @param awsCli the AWS CLI on the node ({@link FindAwsCli})
   */
  public AgentCliExecutor(Path awsCli, Launcher launcher, FilePath workspace) {
    this.executor = new AwsCliExecutor(awsCli, new LauncherProcesses(launcher, workspace));
    this.workspace = workspace;
  }

  @Override
  public void validate(PlannedStep step, String region) {
    executor.validate(step, region);
  }

  @Override
  public List<String> describe(PlannedStep step, ExecutorContext context) {
    return executor.describe(step, context);
  }

  @Override
  public StepOutcome run(PlannedStep step, ExecutorContext context) {
    FilePath temp = workspace.sibling(workspace.getName() + "@tmp");
    FilePath sandbox =
        (temp == null ? workspace : temp).child("cloudops-" + UUID.randomUUID().toString());
    try {
      sandbox.mkdirs();
      return executor.run(step, onNode(context, Path.of(sandbox.getRemote())));
    } catch (IOException e) {
      return failed(step, context, "cannot make the step's directory on the node: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(step, context, "interrupted");
    } finally {
      try {
        sandbox.deleteRecursive();
      } catch (IOException | InterruptedException e) {
        // a leftover directory holds no secret: the keys are passed in the environment
      }
    }
  }

  private StepOutcome failed(PlannedStep step, ExecutorContext context, String error) {
    return new StepOutcome(ExecutionStatus.FAILED, describe(step, context), null, "", null, error);
  }

  private static ExecutorContext onNode(ExecutorContext context, Path sandbox) {
    return new ExecutorContext(
        context.executionId(),
        context.region(),
        context.awsEnvironment(),
        context.endpoint(),
        sandbox,
        context.timeout(),
        context.dryRun(),
        context.cancellation(),
        context.masker(),
        context.output());
  }
}
