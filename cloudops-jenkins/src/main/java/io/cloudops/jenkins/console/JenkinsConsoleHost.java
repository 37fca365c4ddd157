package io.cloudops.jenkins.console;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import hudson.AbortException;
import hudson.util.ListBoxModel;
import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.ask.AskResult;
import io.cloudops.ask.AskService;
import io.cloudops.ask.ServerEndpoint;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.console.AccountCheck;
import io.cloudops.console.AskAnswer;
import io.cloudops.console.ConsoleHost;
import io.cloudops.datadir.DataDir;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.risk.EstateResourceLookup;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.credentials.AwsCredentialItems;
import io.cloudops.jenkins.credentials.StepAwsCredentials;
import io.cloudops.jenkins.engines.DataDirs;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.ResourceFilter;
import io.cloudops.model.UserContext;
import io.cloudops.scan.ScanRecord;
import io.cloudops.scan.ScanRecords;
import io.cloudops.store.ChatStore;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The console as Jenkins hosts it: the controller's store and history (JENKINS_HOME/cloudops), the
 * Jenkins-level AWS credentials as accounts (listed to those who may list them in the steps' forms:
 * administrators), asking the configured planning server. Conversations are not deleted here.
 */
final class JenkinsConsoleHost implements ConsoleHost {

  private static final String DEFAULT_REGION = "us-east-1";

  private final JenkinsFacade jenkins;
  private final StoreProvider.OpenStores stores;
  private final StoreSettings storeSettings;
  private final Map<String, String> environment;
  private final Clock clock;
  private ExecutionHistory history;

  /**
   * @param environment the controller's environment: plan limits, {@code AWS_ENDPOINT_URL}
   */
  JenkinsConsoleHost(
      JenkinsFacade jenkins,
      StoreProvider.OpenStores stores,
      StoreSettings storeSettings,
      Map<String, String> environment,
      Clock clock) {
    this.jenkins = jenkins;
    this.stores = stores;
    this.storeSettings = storeSettings;
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  @Override
  public ChatStore chat() {
    return stores.chat();
  }

  @Override
  public synchronized Optional<ExecutionHistory> history() {
    if (history == null) {
      history = dataDir().history(clock);
    }
    return Optional.of(history);
  }

  @Override
  public List<String> accountNames() {
    ListBoxModel items = AwsCredentialItems.of(jenkins, null, null);
    return items.stream().map(o -> o.value).filter(v -> !v.isEmpty()).toList();
  }

  @Override
  public List<ScanRecord> scanRecords() {
    return ScanRecords.in(storeSettings.dataDir()).read();
  }

  @Override
  public JsonNode checkAccount(String id) {
    AmazonWebServicesCredentials credentials =
        jenkins
            .systemCredentials(id, AmazonWebServicesCredentials.class)
            .orElseThrow(() -> new InvalidInputException("unknown account '" + id + "'"));
    try {
      return AccountCheck.check(
          id,
          StepAwsCredentials.keys(credentials, id),
          Optional.ofNullable(environment.get("AWS_ENDPOINT_URL"))
              .filter(s -> !s.isBlank())
              .map(URI::create)
              .orElse(null),
          environment.getOrDefault("AWS_REGION", DEFAULT_REGION));
    } catch (AbortException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  @Override
  public JsonNode ask(String conversation, String prompt) {
    CloudOpsGlobalConfiguration config = jenkins.configuration();
    if (config.getServerUrl() == null) {
      throw new InvalidInputException(
          "no planning server: set 'Planning server URL' in Manage Jenkins, System, CloudOps");
    }
    ServerEndpoint endpoint = ServerEndpoint.of(URI.create(config.getServerUrl().strip()));
    Secret token =
        config.getServerCredentialsId() == null
            ? null
            : jenkins
                .systemCredentials(config.getServerCredentialsId(), StringCredentials.class)
                .map(c -> Secret.of(c.getSecret().getPlainText()))
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "the planning-server token credentials '"
                                + config.getServerCredentialsId()
                                + "' were not found or are not 'Secret text'"));
    UserContext user =
        new UserContext(
            List.of(),
            List.of(),
            jenkins.currentUserId().orElse(null),
            UserContext.Source.JENKINS,
            null,
            null);
    AskService service =
        AskService.withDefaults(stores.estate(), stores.chat(), endpoint, token, clock);
    AskResult result = service.processPrompt(conversation, prompt, user, ResourceFilter.any());
    return AskAnswer.json(
        result,
        result.response().plan().isEmpty()
            ? null
            : AskAnswer.risk(
                result, dataDir().riskAssessor(new EstateResourceLookup(stores.estate()))));
  }

  private DataDir dataDir() {
    return DataDirs.open(storeSettings, ExecutionSettings.from(environment));
  }
}
