package io.cloudops.jenkins.scan;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.CloudOpsException;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.BuildLog;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.JenkinsSettingHints;
import io.cloudops.jenkins.Lists;
import io.cloudops.jenkins.SemanticSearchNotice;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.agent.WorkPlace;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.credentials.StepAwsCredentials;
import io.cloudops.jenkins.services.CloudOpsServices;
import io.cloudops.jenkins.spi.ScanOutcome;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.scan.ScanRecords;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs {@code cloudopsScan} off the pipeline thread; aborting the build interrupts the scan
 * (SynchronousNonBlockingStepExecution interrupts this thread).
 */
final class ScanExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
  private static final long serialVersionUID = 1L;

  private final String credentialsId;
  private final String regions;
  private final String services;
  private final boolean incremental;
  private final String roleArn;
  private final String externalId;
  private final String accounts;
  private final boolean unstableOnErrors;
  private final transient CloudOpsServices overrides;

  ScanExecution(CloudOpsScanStep step, StepContext context, CloudOpsServices overrides) {
    super(context);
    this.credentialsId = step.getCredentialsId();
    this.regions = step.getRegions();
    this.services = step.getServices();
    this.incremental = step.isIncremental();
    this.roleArn = step.getRoleArn();
    this.externalId = step.getExternalId();
    this.accounts = step.getAccounts();
    this.unstableOnErrors = step.isUnstableOnErrors();
    this.overrides = overrides;
  }

  @Override
  protected Map<String, Object> run() throws Exception {
    CloudOpsServices cloudops = overrides == null ? CloudOpsServices.defaults() : overrides;
    Run<?, ?> run = getContext().get(Run.class);
    BuildLog log = new BuildLog(getContext().get(TaskListener.class).getLogger());
    CloudOpsGlobalConfiguration config = cloudops.jenkins().configuration();

    ResolvedAws aws =
        new StepAwsCredentials(cloudops.jenkins())
            .resolve(
                credentialsId,
                run,
                StepAwsCredentials.bound(getContext()),
                getContext().get(EnvVars.class),
                config.isAllowControllerDefaultCredentials());
    if (aws.credentials() instanceof AwsCredentialsSpec.StaticKeys keys) {
      log.mask(keys.secretAccessKey()).mask(keys.sessionToken());
    }
    ScanRequest request =
        new ScanRequest(
            aws,
            Lists.split(regions),
            Lists.split(services),
            incremental,
            Optional.ofNullable(roleArn),
            Optional.ofNullable(externalId),
            Lists.split(accounts));
    WorkPlace place =
        WorkPlace.of(getContext(), "cloudopsScan", config.isAllowControllerExecution(), aws);
    log.println(
        "scanning "
            + place.describe()
            + " with "
            + aws.describe()
            + (incremental ? " (incremental)" : ""));

    ScanOutcome outcome;
    StoreSettings storeSettings = new Settings(cloudops.jenkins()).store(config, run);
    try (StoreProvider.OpenStores stores = cloudops.stores().open(storeSettings)) {
      SemanticSearchNotice.printOnce(run, log, cloudops.stores().semanticSearch());
      outcome = cloudops.scanner().scan(request, stores, log::println, place);
      ScanRecords.in(storeSettings.dataDir()).merge(outcome.records());
    } catch (CloudOpsException e) {
      throw new AbortException(log.mask(JenkinsSettingHints.describe("", e)));
    }
    ScanSummary.table(outcome).forEach(log::println);
    run.addAction(CloudOpsScanAction.of(outcome, cloudops.clock().instant()));

    if (outcome.allFailed()) {
      throw new AbortException(
          "CloudOps: every part of the scan failed ("
              + outcome.slices()
              + "); first error: "
              + log.mask(outcome.errors().get(0)));
    }
    if (outcome.failedSlices() > 0 && unstableOnErrors) {
      log.println("marking the build UNSTABLE: " + outcome.failedSlices() + " part(s) failed");
      getContext().setResult(Result.UNSTABLE);
    }
    return ScanSummary.toMap(outcome);
  }
}
