package io.cloudops.execute.executor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where and how a step runs.
 *
 * @param executionId the execution the step belongs to
 * @param region the region every call goes to
 * @param awsEnvironment credentials for a CLI process ({@code AWS_ACCESS_KEY_ID}...), resolved once
 *     by the engine; masked wherever output is kept
 * @param endpoint the endpoint override (moto, a proxy), when configured
 * @param sandbox an empty private directory: working dir and HOME of CLI processes
 * @param timeout how long one step may run
 * @param dryRun show what would run; call only AWS's own DryRun where it exists
 * @param output receives each output line (masked)
 */
public record ExecutorContext(
    String executionId,
    String region,
    Map<String, String> awsEnvironment,
    URI endpoint,
    Path sandbox,
    Duration timeout,
    boolean dryRun,
    Cancellation cancellation,
    SecretMasker masker,
    Consumer<String> output) {

  public ExecutorContext {
    Objects.requireNonNull(executionId, "executionId");
    Objects.requireNonNull(region, "region");
    awsEnvironment = Map.copyOf(awsEnvironment);
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(cancellation, "cancellation");
    Objects.requireNonNull(masker, "masker");
    Objects.requireNonNull(output, "output");
  }

  @Override
  public String toString() {
    return "ExecutorContext[" + executionId + ", " + region + "]";
  }
}
