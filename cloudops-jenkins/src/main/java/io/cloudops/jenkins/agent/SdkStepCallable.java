package io.cloudops.jenkins.agent;

import hudson.remoting.RemoteOutputStream;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.executor.AwsSdkExecutor;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ExecutorContext;
import io.cloudops.execute.executor.SecretMasker;
import io.cloudops.execute.executor.StepOutcome;
import io.cloudops.json.Json;
import io.cloudops.model.PlannedStep;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jenkins.security.MasterToSlaveCallable;

/**
 * One AWS SDK step shipped to the node of the enclosing {@code node {}}: the core's {@link
 * AwsSdkExecutor} calls AWS there, with the step's keys; its output lines come back through {@code
 * lines} as they are written, its outcome as JSON.
 */
final class SdkStepCallable extends MasterToSlaveCallable<String, IOException> {
  private static final long serialVersionUID = 1L;

  private final String step;
  private final String executionId;
  private final String region;
  private final String endpoint;
  private final long timeoutMillis;
  private final boolean dryRun;
  private final AgentKeys keys;
  private final RemoteOutputStream lines;

  SdkStepCallable(PlannedStep step, ExecutorContext context, RemoteOutputStream lines) {
    this.step = Json.write(step);
    this.executionId = context.executionId();
    this.region = context.region();
    this.endpoint = context.endpoint() == null ? null : context.endpoint().toString();
    this.timeoutMillis = context.timeout().toMillis();
    this.dryRun = context.dryRun();
    this.keys = AgentKeys.of(context.awsEnvironment());
    this.lines = lines;
  }

  @Override
  public String call() throws IOException {
    PlannedStep parsed = Json.read(step, PlannedStep.class, "plan step");
    URI endpointUri = endpoint == null ? null : URI.create(endpoint);
    AwsClientFactory.Builder builder =
        AwsClientFactory.builder().credentials(keys.spec()).endpointOverride(endpointUri);
    try (AwsClientFactory clients = builder.build();
        Writer writer = new OutputStreamWriter(lines, StandardCharsets.UTF_8)) {
      ExecutorContext context =
          new ExecutorContext(
              executionId,
              region,
              Map.of(),
              endpointUri,
              Path.of("."),
              Duration.ofMillis(timeoutMillis),
              dryRun,
              new Cancellation(),
              new SecretMasker(List.of(keys.spec().secretAccessKey())),
              line -> {
                try {
                  writer.write(line);
                  writer.write('\n');
                  writer.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      StepOutcome outcome = new AwsSdkExecutor(clients).run(parsed, context);
      return Json.write(outcome);
    }
  }
}
