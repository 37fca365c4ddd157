package io.cloudops.jenkins.agent;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.remoting.Callable;
import io.cloudops.jenkins.credentials.ResolvedAws;
import java.io.IOException;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Where a step's AWS work runs: inside {@code node {}} on that node (its workspace and launcher);
 * outside, on the controller, only when an administrator enabled it and the step has explicit
 * credentials.
 *
 * @param workspace the workspace of the enclosing {@code node {}}; empty on the controller
 * @param launcher starts processes on that node; empty on the controller
 * @param nodeName the node, for messages
 */
public record WorkPlace(
    Optional<FilePath> workspace, Optional<Launcher> launcher, String nodeName) {

  /** The global option that lets steps outside {@code node {}} run on the controller. */
  public static final String CONTROLLER_OPTION =
      "'Run CloudOps steps outside node {} on the controller' in Manage Jenkins, System, CloudOps";

  /** Work on the controller, in its own JVM. */
  public static final WorkPlace CONTROLLER =
      new WorkPlace(Optional.empty(), Optional.empty(), "the controller");

  /**
   * Decides where a step runs.
   *
   * @param step the step's function name, for messages
   * @param allowController the administrator's option for steps outside {@code node {}}
   * @throws AbortException outside {@code node {}} when the option is off or the credentials are
   *     not explicit
   */
  public static WorkPlace of(
      StepContext context, String step, boolean allowController, ResolvedAws aws)
      throws IOException, InterruptedException {
    FilePath workspace = context.get(FilePath.class);
    if (workspace != null) {
      EnvVars env = context.get(EnvVars.class);
      String node = env == null ? null : env.get("NODE_NAME");
      return new WorkPlace(
          Optional.of(workspace),
          Optional.ofNullable(context.get(Launcher.class)),
          node == null || node.isBlank() ? "the agent of node {}" : "node '" + node + "'");
    }
    if (!allowController) {
      throw new AbortException(
          "CloudOps: "
              + step
              + " runs its AWS work on the agent of the enclosing node {}: wrap it in"
              + " node('label') { ... }; an administrator can let it run on the controller with "
              + CONTROLLER_OPTION);
    }
    if (!aws.explicit()) {
      throw new AbortException(
          "CloudOps: outside node {} "
              + step
              + " needs explicit AWS credentials: a credentialsId, or keys bound by"
              + " withCredentials([aws(...)]) or withAWS(...); it does not use "
              + aws.source());
    }
    return CONTROLLER;
  }

  public boolean onController() {
    return workspace.isEmpty();
  }

  /**
   * Runs {@code callable} on this place: {@code FilePath.act} on the node, else in this JVM. On a
   * node it returns once everything the callable wrote back through a {@code RemoteOutputStream}
   * has been applied here too ({@code VirtualChannel.syncLocalIO}): remoting delivers those writes
   * asynchronously.
   */
  public <V, E extends Throwable> V act(Callable<V, E> callable)
      throws IOException, InterruptedException, E {
    if (workspace.isEmpty()) {
      return callable.call();
    }
    V result = workspace.get().act(callable);
    workspace.get().getChannel().syncLocalIO();
    return result;
  }

  /** For the build log: where the work runs. */
  public String describe() {
    return onController() ? "on the controller (allowed by the administrator)" : "on " + nodeName;
  }
}
