package io.cloudops.execute.executor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.command.SdkPojoJson;
import io.cloudops.json.CanonicalJson;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Runs {@code {service, operation, params}} as the matching SDK v2 client call: params JSON to the
 * request object through the SDK model, the response back to JSON (streamed as output lines). In a
 * dry run, operations with EC2's {@code DryRun} member are called with it set; others are not
 * called.
 */
public final class AwsSdkExecutor implements StepExecutor {

  private static final String DRY_RUN_SUCCEEDED = "DryRunOperation";

  private final AwsClientFactory clients;

  public AwsSdkExecutor(AwsClientFactory clients) {
    this.clients = clients;
  }

  @Override
  public void validate(PlannedStep step, String region) {
    if (step.service() == null || step.operation() == null) {
      throw new UnsafeStepException(step.stepId(), "an aws_sdk step needs service and operation");
    }
    try {
      SdkClients.Operation operation = SdkClients.operation(step.service(), step.operation());
      request(step, operation, false);
    } catch (UnsafeStepException e) {
      throw e;
    } catch (InvalidInputException e) {
      throw new UnsafeStepException(step.stepId(), e.getMessage());
    }
  }

  @Override
  public List<String> describe(PlannedStep step, ExecutorContext context) {
    ObjectNode params =
        step.params() == null ? JsonNodeFactory.instance.objectNode() : step.params();
    boolean dryRunFlag =
        context.dryRun() && SdkClients.supportsDryRun(step.service(), step.operation());
    if (dryRunFlag) {
      params.put("DryRun", true);
    }
    return context
        .masker()
        .mask(List.of("sdk", step.service(), step.operation(), CanonicalJson.of(params)));
  }

  @Override
  public StepOutcome run(PlannedStep step, ExecutorContext context) {
    List<String> described = describe(step, context);
    SdkClients.Operation operation = SdkClients.operation(step.service(), step.operation());
    boolean dryRunFlag =
        context.dryRun() && SdkClients.supportsDryRun(step.service(), step.operation());
    if (context.dryRun() && !dryRunFlag) {
      return new StepOutcome(
          ExecutionStatus.SUCCESS,
          described,
          null,
          "dry run: not run (no DryRun flag)",
          null,
          null);
    }
    Object request = request(step, operation, dryRunFlag);
    OutputCapture capture = new OutputCapture(OutputCapture.DEFAULT_LIMIT);
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "cloudops-sdk-" + context.executionId());
              t.setDaemon(true);
              return t;
            });
    try (SdkClient client =
        clients.buildClient(SdkClients.builder(step.service()), context.region())) {
      Future<Object> call = worker.submit(() -> operation.method().invoke(client, request));
      Runnable unregister = context.cancellation().onCancel(() -> call.cancel(true));
      try {
        Object response = call.get(context.timeout().toMillis(), TimeUnit.MILLISECONDS);
        String json = Json.writePretty(SdkPojoJson.toJson((SdkPojo) response));
        for (String line : json.split("\n")) {
          String masked = context.masker().mask(line);
          capture.line(masked);
          context.output().accept(masked);
        }
        return new StepOutcome(
            ExecutionStatus.SUCCESS, described, null, capture.excerpt(), capture.sha256(), null);
      } catch (TimeoutException e) {
        call.cancel(true);
        return failed(
            described, capture, "timed out after " + context.timeout().toSeconds() + " s");
      } catch (CancellationException | InterruptedException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        return new StepOutcome(
            ExecutionStatus.CANCELLED, described, null, capture.excerpt(), null, "cancelled");
      } catch (ExecutionException e) {
        return failure(described, capture, e.getCause(), dryRunFlag, context);
      } finally {
        unregister.run();
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private StepOutcome failure(
      List<String> argv,
      OutputCapture capture,
      Throwable cause,
      boolean dryRunFlag,
      ExecutorContext context) {
    Throwable error = cause instanceof InvocationTargetException ite ? ite.getCause() : cause;
    if (error instanceof AwsServiceException aws) {
      String code = aws.awsErrorDetails() == null ? "" : aws.awsErrorDetails().errorCode();
      String line = context.masker().mask(code + ": " + aws.getMessage());
      capture.line(line);
      context.output().accept(line);
      if (dryRunFlag && DRY_RUN_SUCCEEDED.equals(code)) {
        return new StepOutcome(
            ExecutionStatus.SUCCESS, argv, null, capture.excerpt(), capture.sha256(), null);
      }
      return failed(argv, capture, "AWS refused the call: " + line);
    }
    if (error instanceof SdkException sdk) {
      return failed(
          argv, capture, context.masker().mask("the SDK call failed: " + sdk.getMessage()));
    }
    return failed(
        argv,
        capture,
        context
            .masker()
            .mask(
                "the SDK call failed: "
                    + error.getClass().getSimpleName()
                    + ": "
                    + error.getMessage()));
  }

  private static StepOutcome failed(List<String> argv, OutputCapture capture, String error) {
    return new StepOutcome(
        ExecutionStatus.FAILED, argv, null, capture.excerpt(), capture.sha256(), oneLine(error));
  }

  private static Object request(
      PlannedStep step, SdkClients.Operation operation, boolean dryRunFlag) {
    SdkPojo builder = operation.newRequestBuilder();
    ObjectNode params =
        step.params() == null ? JsonNodeFactory.instance.objectNode() : step.params();
    if (dryRunFlag) {
      params.put("DryRun", true);
    }
    SdkPojoJson.fill(builder, params, step.operation());
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
