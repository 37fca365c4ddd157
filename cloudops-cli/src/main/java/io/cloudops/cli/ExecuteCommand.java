package io.cloudops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.SettingsLoader;
import io.cloudops.execute.ExecutionEngine;
import io.cloudops.execute.PlanDocument;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.execute.approval.ApprovalRequiredException;
import io.cloudops.execute.approval.ApprovalSettings;
import io.cloudops.execute.approval.signed.SignedApprovals;
import io.cloudops.execute.executor.ScriptSettings;
import io.cloudops.json.Json;
import io.cloudops.log.MessageLog;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RunMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cloudops execute}: runs a plan behind the risk gate. Low runs; Medium/High need approvals
 * (typed at a terminal, or {@code --approve --approver NAME}); without either it exits 3 and runs
 * nothing.
 */
@Command(
    name = "execute",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run a plan behind the risk gate and approvals.",
      "",
      "The risk is computed locally from AWS's IAM access levels; the plan's own label can only"
          + " raise it. Low runs at once. Medium and High need approvers other than the requester"
          + " (High: two distinct). Signed approvals (--approval FILE, made with 'cloudops"
          + " approve') count when they verify against the allowed signers; for CI, use them with"
          + " CLOUDOPS_REQUIRE_SIGNED_APPROVALS=true and a signed --request. Unverified approvals"
          + " (a name typed at a terminal, or --approve --approver NAME) are for local use."
          + " Without enough approvals it exits 3, runs nothing, and records why in the history."
    })
final class ExecuteCommand extends BaseCommand {

  static final String SCRIPT_INTERPRETER = "CLOUDOPS_SCRIPT_INTERPRETER";

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "FILE",
      description = "The plan: ExecutionPlan JSON, or a server response with execution_plan.")
  Path planFile;

  @Mixin ApprovalOptions approvals;

  @Option(names = "--dry-run", description = "Show exactly what would run; change nothing.")
  boolean dryRun;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description = "Send AWS calls here (moto, a proxy); default: $AWS_ENDPOINT_URL.")
  String endpointUrl;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Region to run in (default: $AWS_REGION, $AWS_DEFAULT_REGION, us-east-1).")
  String region;

  @Option(
      names = "--conversation",
      paramLabel = "ID",
      description = "The conversation the plan belongs to (default: the file's context_id).")
  String conversation;

  @Override
  protected int run(CliContext context) {
    PlanDocument document = PlanDocument.read(planFile);
    CloudOpsSettings settings = settings(context);
    Map<String, String> env = context.env();
    ApprovalSettings approvalSettings = approvals.settings(env);
    SignedApprovals signed = new SignedApprovals(approvalSettings, Clock.systemUTC());
    ExecutionRequest draft = request(document, localUser(env));
    MessageLog messages = new MessageLog();
    try (AwsClientFactory clients = ExecutionSetup.clients(settings, env);
        ExecutionHooks.Estate estate = ExecutionHooks.estate(settings, env, messages)) {
      ExecutionEngine engine =
          engine(context, settings, clients, estate, messages, approvalSettings);
      PlanReview review;
      try {
        review = engine.review(draft);
      } catch (InvalidInputException refused) {
        engine.recordRefusal(draft, refused);
        throw refused;
      }
      ExecutionRequest request =
          withRequester(draft, approvals.requester(signed, localUser(env), review, dryRun));
      if (!context.json()) {
        PlanPrinter.print(review, dryRun ? context.out() : context.err());
      }
      ExecutionResult result =
          dryRun || review.requiredApprovers() == 0
              ? engine.execute(request, List.of())
              : approvals.run(context, engine, request, review, signed, planFile);
      context.print(messages);
      if (context.json() && dryRun) {
        ObjectNode json = PlanPrinter.toJson(review);
        json.set("result", Json.tree(result));
        context.printJson(json);
      } else {
        report(context, result);
      }
      if (result.status() != ExecutionStatus.SUCCESS) {
        throw new CliExit(
            ExitCodes.FAILURE,
            "execution " + result.id() + " " + label(result.status()) + ": " + result.error());
      }
      return ExitCodes.OK;
    } catch (ApprovalRequiredException e) {
      throw new CliExit(ExitCodes.APPROVAL, e.getMessage());
    }
  }

  private ExecutionRequest request(PlanDocument document, String requester) {
    return new ExecutionRequest(
        conversation != null
            ? conversation
            : document.contextId() != null ? document.contextId() : "cli",
        document.plan(),
        requester,
        document.serverAssessment(),
        dryRun ? RunMode.DRY_RUN : RunMode.EXECUTE);
  }

  private static ExecutionRequest withRequester(ExecutionRequest request, String requester) {
    return new ExecutionRequest(
        request.contextId(), request.plan(), requester, request.serverAssessment(), request.mode());
  }

  private ExecutionEngine engine(
      CliContext context,
      CloudOpsSettings settings,
      AwsClientFactory clients,
      ExecutionHooks.Estate estate,
      MessageLog log,
      ApprovalSettings approvalSettings) {
    ExecutionEngine.Builder builder =
        ExecutionSetup.dataDir(settings, context.env())
            .engine(clients, estate.lookup(), Clock.systemUTC())
            .approvalPolicy(approvalSettings.policy(ApprovalPolicy.DEFAULT))
            .region(region != null ? region : CliAws.region(context.env()))
            .messages(log)
            .changedResources(ExecutionHooks.changedResources(log))
            .stepTimeout(Duration.ofMinutes(10));
    if (!context.json()) {
      builder.output(
          (id, step, line) -> {
            context.out().println(line);
            context.out().flush();
          });
    }
    scripts(context.env()).ifPresent(builder::scripts);
    return builder.build();
  }

  private static Optional<ScriptSettings> scripts(Map<String, String> env) {
    String interpreter = env.get(SCRIPT_INTERPRETER);
    if (interpreter == null || interpreter.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> scriptEnv = new LinkedHashMap<>();
    scriptEnv.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    return Optional.of(
        new ScriptSettings(
            List.of(interpreter.trim().split("\\s+")), null, Duration.ofMinutes(10), scriptEnv));
  }

  private CloudOpsSettings settings(CliContext context) {
    CloudOpsSettings settings = context.settings();
    if (endpointUrl == null) {
      return settings;
    }
    return settings.toBuilder()
        .awsEndpointUrl(SettingsLoader.uri("--endpoint-url", endpointUrl))
        .build();
  }

  private static String localUser(Map<String, String> env) {
    String user = env.get("USER");
    return user == null || user.isBlank() ? "unknown" : user;
  }

  private static void report(CliContext context, ExecutionResult result) {
    if (context.json()) {
      context.printJson(result);
      return;
    }
    context
        .out()
        .println(
            (result.id().startsWith("dry-run") ? "dry run " : "execution ")
                + result.id()
                + ": "
                + label(result.status())
                + " ("
                + result.steps().size()
                + " step(s), "
                + result.durationMs()
                + " ms)");
    context.out().flush();
  }

  private static String label(ExecutionStatus status) {
    return Json.tree(status).asText();
  }
}
