package io.cloudops.jenkins.ask;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.ask.AskResult;
import io.cloudops.ask.AskService;
import io.cloudops.ask.ServerEndpoint;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.Builds;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.JenkinsSettingHints;
import io.cloudops.jenkins.SemanticSearchNotice;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.UserContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/** Runs {@code cloudopsAsk} off the pipeline thread: one call of the core's {@link AskService}. */
final class AskExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
  private static final long serialVersionUID = 1L;

  private final String prompt;
  private final String conversation;
  private final String server;
  private final transient CloudOpsServices services;

  AskExecution(CloudOpsAskStep step, StepContext context, CloudOpsServices services) {
    super(context);
    this.prompt = step.getPrompt();
    this.conversation = step.getConversation();
    this.server = step.getServer();
    this.services = services;
  }

  private CloudOpsServices services() {
    return services == null ? CloudOpsServices.defaults() : services;
  }

  @Override
  protected Map<String, Object> run() throws Exception {
    Run<?, ?> run = getContext().get(Run.class);
    BuildLog log = new BuildLog(getContext().get(TaskListener.class).getLogger());
    CloudOpsGlobalConfiguration config = services().jenkins().configuration();
    Settings settings = new Settings(services().jenkins());

    ServerEndpoint endpoint = endpoint(server != null ? server : config.getServerUrl());
    Secret token = null;
    if (config.getServerCredentialsId() != null) {
      if (server == null || server.equals(config.getServerUrl())) {
        token = settings.secretText(config.getServerCredentialsId(), "planning-server token", run);
        log.mask(token);
      } else {
        log.println("the configured planning-server token is not sent to the overriding server");
      }
    }
    String jobName = run.getParent().getFullName();
    String contextId = conversation != null ? conversation : jobName;
    UserContext user =
        new UserContext(
            List.of(),
            List.of(),
            Builds.triggeringUserId(run).orElse(null),
            UserContext.Source.JENKINS,
            jobName,
            run.getUrl());

    log.println("asking " + endpoint + " in conversation '" + contextId + "'");
    AskResult result;
    try (StoreProvider.OpenStores stores = services().stores().open(settings.store(config, run))) {
      SemanticSearchNotice.printOnce(run, log, services().stores().semanticSearch());
      AskService ask =
          AskService.withDefaults(
              stores.estate(), stores.chat(), endpoint, token, services().clock());
      result = ask.processPrompt(contextId, prompt, user, ResourceFilter.any());
    } catch (CloudOpsException e) {
      throw new AbortException(log.mask(JenkinsSettingHints.describe("", e)));
    }
    ServerResponse response = result.response();
    print(log, result.request().identifiedResources(), response);
    CloudOpsPlanAction.of(response, services().clock().instant())
        .filter(action -> CloudOpsPlanAction.find(run, action.getDigest()).isEmpty())
        .ifPresent(run::addAction);
    return AskResultMaps.toMap(response);
  }

  private static ServerEndpoint endpoint(String url) throws AbortException {
    if (url == null) {
      throw new AbortException(
          "CloudOps: no planning server: set 'Planning server URL' in Manage Jenkins, System,"
              + " CloudOps, or pass server: to cloudopsAsk");
    }
    try {
      return ServerEndpoint.of(new URI(url));
    } catch (URISyntaxException | InvalidInputException e) {
      throw new AbortException(
          "CloudOps: planning server URL '"
              + url
              + "' is not an absolute http(s) URL; use e.g. https://ops.example.com/cloudops");
    }
  }

  private static void print(BuildLog log, List<AwsResource> matched, ServerResponse response) {
    if (matched.isEmpty()) {
      log.println("no stored resources matched the prompt");
    } else {
      log.println("matched " + matched.size() + " resource(s):");
      for (AwsResource resource : matched) {
        log.println(
            "  "
                + resource.resourceType()
                + " "
                + resource.id()
                + (resource.name() == null ? "" : " (" + resource.name() + ")")
                + " in "
                + resource.accountId()
                + "/"
                + resource.region());
      }
    }
    Map<String, Object> map = AskResultMaps.toMap(response);
    log.println("answer (" + map.get("type") + "):");
    response.content().lines().forEach(line -> log.println("  " + line));
    response
        .plan()
        .ifPresent(
            plan -> {
              log.println(
                  "plan "
                      + plan.shortDigest()
                      + ", risk "
                      + map.get("risk")
                      + (response.requiresApproval() ? ", requires approval" : "")
                      + ":");
              plan.steps()
                  .forEach(
                      step ->
                          log.println(
                              "  "
                                  + step.stepId()
                                  + ". "
                                  + CloudOpsPlanAction.StepView.of(step).what()));
              response
                  .risk()
                  .ifPresent(r -> r.reasons().forEach(x -> log.println("  reason: " + x)));
            });
  }
}
