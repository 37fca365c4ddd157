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
import io.cloudops.execute.approval.signed.StatementVerifier;
import io.cloudops.execute.executor.ScriptSettings;
import io.cloudops.execute.risk.IamAccessLevels;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.execute.risk.RiskPolicy;
import io.cloudops.log.MessageLog;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RunMode;
import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--approval",
      paramLabel = "FILE",
      description = "A signed approval (cloudops approve); repeat for High plans.")
  List<Path> approvalFiles = List.of();

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description = "A signed request (cloudops request): who asks for the plan, proven.")
  Path requestFile;

  @Option(
      names = "--allowed-signers",
      paramLabel = "FILE",
      description =
          "Whose signatures count: git-format allowed-signers file (default:"
              + " $CLOUDOPS_ALLOWED_SIGNERS).")
  Path allowedSigners;

  @Option(
      names = "--require-signed-approvals",
      description =
          "Count only signed approvals and a signed request (also:"
              + " CLOUDOPS_REQUIRE_SIGNED_APPROVALS=true).")
  boolean requireSigned;

  @Option(
      names = "--approve",
      description = "Approve non-interactively as the --approver(s); unverified.")
  boolean approve;

  @Option(
      names = "--approver",
      paramLabel = "NAME",
      description = "Who approves (repeat for High plans, which need two distinct approvers).")
  List<String> approvers = List.of();

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
      names = "--requested-by",
      paramLabel = "NAME",
      description =
          "Who asks for the plan; cannot approve it (default: $USER). Refused while signed"
              + " approvals are required: use --request.")
  String requestedBy;

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
    ApprovalSettings approvalSettings = approvalSettings(env);
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
          withRequester(
              draft,
              signed.requester(
                  requestFile,
                  blankToNull(requestedBy),
                  localUser(env),
                  review.digest(),
                  !dryRun && review.requiredApprovers() > 0));
      if (!context.json()) {
        PlanPrinter.print(review, dryRun ? context.out() : context.err());
      }
      ExecutionResult result = run(context, engine, request, review, signed, approvalSettings);
      context.print(messages);
      if (context.json() && dryRun) {
        ObjectNode json = PlanPrinter.toJson(review);
        json.set("result", io.cloudops.json.Json.tree(result));
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

  private ExecutionResult run(
      CliContext context,
      ExecutionEngine engine,
      ExecutionRequest request,
      PlanReview review,
      SignedApprovals signed,
      ApprovalSettings approvalSettings) {
    if (dryRun || review.requiredApprovers() == 0) {
      return engine.execute(request, List.of());
    }
    if (!approvalFiles.isEmpty() || approvalSettings.signaturesRequired()) {
      StatementVerifier.Approvals verified = signed.approvals(approvalFiles);
      List<Approval> given = new ArrayList<>(verified.verified());
      if (approve) {
        given.addAll(unverified(review));
      }
      printApprovals(context, given);
      ExecutionResult result = engine.execute(request, given, verified.problems());
      verified.problems().forEach(problem -> context.err().println("warning: " + problem));
      return result;
    }
    if (approve && !approvers.isEmpty()) {
      List<Approval> given = unverified(review);
      printApprovals(context, given);
      return engine.execute(request, given);
    }
    Console console = System.console();
    if (console != null && !approve) {
      return engine.executeWithApproval(request, new TerminalApprover(console, approvers));
    }
    try {
      return engine.execute(request, List.of()); // records the stop, and throws
    } catch (ApprovalRequiredException e) {
      throw new CliExit(
          ExitCodes.APPROVAL,
          e.getMessage()
              + (approve ? " (--approve needs --approver NAME; or" : " (no terminal: pass")
              + " --approval FILE, signed with 'cloudops approve --plan "
              + planFile
              + " --key KEY', or --approve --approver NAME, to approve plan "
              + review.shortDigest()
              + ")");
    }
  }

  private List<Approval> unverified(PlanReview review) {
    return approvers.stream()
        .map(name -> new Approval(review.digest(), name, Instant.now(), "approved with --approve"))
        .toList();
  }

  private static void printApprovals(CliContext context, List<Approval> approvals) {
    if (context.json()) {
      return;
    }
    for (Approval approval : approvals) {
      context.err().println("approval by " + approval.approver() + ": " + approval.verification());
    }
    context.err().flush();
  }

  private ApprovalSettings approvalSettings(Map<String, String> env) {
    ApprovalSettings approval = ApprovalSettings.from(env);
    if (requireSigned) {
      approval = approval.requiringSignatures();
    }
    if (allowedSigners != null) {
      approval = approval.withAllowedSigners(allowedSigners);
    }
    return approval;
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
        ExecutionEngine.builder()
            .approvalPolicy(approvalSettings.policy(ApprovalPolicy.DEFAULT))
            .dataDir(settings.dataDir())
            .awsCli(settings.awsCli())
            .clients(clients)
            .region(region != null ? region : CliAws.region(context.env()))
            .risk(new RiskAssessor(IamAccessLevels.bundled(), RiskPolicy.DEFAULT, estate.lookup()))
            .history(ExecutionSetup.history(settings, context.env()))
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
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
    return io.cloudops.json.Json.tree(status).asText();
  }
}
