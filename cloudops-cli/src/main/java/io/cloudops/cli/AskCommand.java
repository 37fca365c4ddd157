package io.cloudops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.ask.AskOptions;
import io.cloudops.ask.AskResult;
import io.cloudops.ask.AskService;
import io.cloudops.ask.PlanningServerClient;
import io.cloudops.ask.ServerEndpoint;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.console.AskAnswer;
import io.cloudops.execute.risk.EstateResourceLookup;
import io.cloudops.execute.risk.PlanRisk;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.ResourceFilter;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.UserContext;
import io.cloudops.store.StoreHandle;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** {@code cloudops ask}: ground a prompt in the estate, ask the planning server, show the plan. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Ask the planning server, grounded in your estate.",
      "Sends the prompt with the resources it mentions (exact ids, ARNs, names, then hybrid"
          + " search) and the conversation's relevant history; prints the answer, the matched"
          + " resources and the plan with the risk CloudOps computes itself.",
      "The server URL comes from --server or CLOUDOPS_SERVER_URL; the token only from"
          + " CLOUDOPS_SERVER_TOKEN (never a flag, so it stays out of process lists)."
    })
final class AskCommand extends BaseCommand {

  static final String TOKEN_VARIABLE = "CLOUDOPS_SERVER_TOKEN";
  static final String DEFAULT_CONVERSATION = "cli";

  @Parameters(arity = "1..*", paramLabel = "PROMPT", description = "What to ask.")
  List<String> prompt;

  @Option(
      names = "--conversation",
      paramLabel = "ID",
      description = "Conversation to continue (default: ${DEFAULT-VALUE}).")
  String conversation = DEFAULT_CONVERSATION;

  @Option(names = "--server", paramLabel = "URL", description = "Planning server base URL.")
  URI server;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up after this many seconds, retries included (default: 120).")
  Integer timeoutSeconds;

  @Option(
      names = "--save-plan",
      paramLabel = "FILE",
      description = "Write the plan (with the server's risk claim) for 'cloudops execute --plan'.")
  Path savePlan;

  @Override
  protected int run(CliContext context) {
    CloudOpsSettings settings = context.settings();
    String text = String.join(" ", prompt).strip();
    URI base =
        server != null
            ? server
            : settings
                .serverUrl()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "no planning server configured; set CLOUDOPS_SERVER_URL or pass"
                                + " --server URL"));
    AskOptions options = AskOptions.DEFAULTS;
    if (timeoutSeconds != null) {
      if (timeoutSeconds < 1) {
        throw new InvalidInputException(
            "--timeout " + timeoutSeconds + " is not a positive number of seconds");
      }
      options = options.withDeadline(Duration.ofSeconds(timeoutSeconds));
    }
    PlanningServerClient client = client(context, base, options);
    context.progress("asking " + base + " …");
    try (StoreHandle stores = context.openStoreForWriting()) {
      Answer answer = ask(context, stores, client, options, conversation, text);
      AskResult result = answer.result();
      PlanRisk risk = answer.risk();
      if (savePlan != null) {
        save(result.response(), risk, context);
      }
      if (context.json()) {
        context.printJson(json(result, risk));
      } else {
        print(result, risk, context.out());
      }
    }
    return ExitCodes.OK;
  }

  /** An answer and, when it has a plan, the risk CloudOps computes for it. */
  record Answer(AskResult result, PlanRisk risk) {
    ObjectNode json() {
      return AskCommand.json(result, risk);
    }
  }

  /** The planning server client: the token only from {@value #TOKEN_VARIABLE}. */
  static PlanningServerClient client(CliContext context, URI base, AskOptions options) {
    String token = context.env().get(TOKEN_VARIABLE);
    return new PlanningServerClient(
        ServerEndpoint.of(base),
        token == null || token.isBlank() ? null : Secret.of(token.strip()),
        options);
  }

  /** Asks with the estate's enrichment and the conversation's history; assesses the plan. */
  static Answer ask(
      CliContext context,
      StoreHandle stores,
      PlanningServerClient client,
      AskOptions options,
      String conversation,
      String text) {
    AskService service =
        new AskService(stores.estate(), stores.chat(), client, options, Clock.systemUTC());
    AskResult result =
        service.processPrompt(conversation, text, userContext(context), ResourceFilter.any());
    PlanRisk risk =
        result.response().plan().isEmpty()
            ? null
            : AskAnswer.risk(
                result,
                ExecutionSetup.dataDir(context.settings(), context.env())
                    .riskAssessor(new EstateResourceLookup(stores.estate())));
    return new Answer(result, risk);
  }

  /**
   * Who asks: the caller's identity (STS GetCallerIdentity) and region when AWS credentials are
   * configured; without them, or when STS does not answer within a few seconds, no identity.
   */
  static UserContext userContext(CliContext context) {
    Map<String, String> env = context.env();
    String region = CliAws.region(env);
    boolean configured =
        present(env.get("AWS_ACCESS_KEY_ID"))
            || present(env.get("AWS_PROFILE"))
            || Files.exists(Path.of(System.getProperty("user.home"), ".aws", "credentials"))
            || Files.exists(Path.of(System.getProperty("user.home"), ".aws", "config"));
    if (!configured) {
      return new UserContext(List.of(), List.of(region), null, UserContext.Source.CLI, null, null);
    }
    try (AwsClientFactory clients =
            AwsClientFactory.builder()
                .credentials(CliAws.credentials(env))
                .endpointOverride(context.settings().awsEndpointUrl().orElse(null))
                .connectTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(3))
                .build();
        StsClient sts = clients.client(StsClient.builder(), region)) {
      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      return new UserContext(
          List.of(identity.account()),
          List.of(region),
          identity.arn(),
          UserContext.Source.CLI,
          null,
          null);
    } catch (RuntimeException unavailable) {
      context.progress(
          "note: AWS identity unknown (" + unavailable.getClass().getSimpleName() + ")");
      return new UserContext(List.of(), List.of(region), null, UserContext.Source.CLI, null, null);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private void save(ServerResponse response, PlanRisk risk, CliContext context) {
    if (response.plan().isEmpty()) {
      context.err().println("warning: the answer has no plan; nothing written to " + savePlan);
      return;
    }
    ObjectNode document = Json.mapper().createObjectNode();
    document.put("context_id", conversation);
    document.set("execution_plan", Json.tree(response.executionPlan()));
    document.set("risk_assessment", Json.tree(response.riskAssessment()));
    try {
      Path parent = savePlan.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(savePlan, Json.writePretty(document) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot write the plan to " + savePlan + ": " + e.getMessage(), e);
    }
    context.progress(
        "plan written to "
            + savePlan
            + " (risk "
            + risk.level().label()
            + "); run: cloudops execute --plan "
            + savePlan);
  }

  static ObjectNode json(AskResult result, PlanRisk risk) {
    return AskAnswer.json(result, risk);
  }

  private static void print(AskResult result, PlanRisk risk, PrintWriter out) {
    ServerResponse response = result.response();
    out.println(response.content());
    List<AwsResource> matched = result.request().identifiedResources();
    if (!matched.isEmpty()) {
      out.println();
      out.println("resources sent with the prompt:");
      for (AwsResource r : matched) {
        out.println(
            "  "
                + r.resourceType()
                + "  "
                + r.id()
                + (r.name() == null || r.name().equals(r.id()) ? "" : "  (" + r.name() + ")")
                + "  "
                + r.region());
      }
    }
    if (response.plan().isPresent() && risk != null) {
      ExecutionPlan plan = response.executionPlan();
      out.println();
      out.println(
          "plan "
              + plan.shortDigest()
              + "  risk: "
              + risk.level().label()
              + response.risk().map(c -> " (server said " + c.level().label() + ")").orElse(""));
      for (String reason : risk.assessment().reasons()) {
        out.println("  - " + reason);
      }
      for (PlannedStep step : plan.steps()) {
        out.println(
            "  step "
                + step.stepId()
                + ": "
                + (step.description().isBlank() ? step.command() : step.description()));
      }
    }
    out.flush();
  }
}
