package io.cloudops.jenkins.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Result;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.InMemoryStores;
import io.cloudops.jenkins.SemanticSearchNotice;
import io.cloudops.jenkins.TestCredentials;
import io.cloudops.jenkins.TestJob;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.spi.ScanOutcome;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.jenkins.spi.ScanRunner;
import io.cloudops.standins.StandIns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudOpsScanStepTest {

  private static final EnvVars WITH_AWS_BINDING =
      new EnvVars(
          "AWS_ACCESS_KEY_ID", "AKIABOUND0000001",
          "AWS_SECRET_ACCESS_KEY", "bound-secret-key",
          "AWS_REGION", "eu-west-1");

  private static final ScanOutcome OK =
      new ScanOutcome(15, Map.of("ec2", 12L, "s3", 3L), 2, 1, 0, 4, List.of());

  @TempDir Path home;
  private FakeJenkins jenkins;
  private final AtomicReference<ScanRequest> seen = new AtomicReference<>();

  @BeforeEach
  void setUp() {
    StandIns.reset();
    jenkins =
        new FakeJenkins(home)
            .add(TestCredentials.aws("prod", "AKIAPROD00000001", "prod-secret", null));
  }

  private ScanRunner returning(ScanOutcome outcome) {
    return (request, stores, progress) -> {
      seen.set(request);
      progress.accept("scanned ec2 in eu-west-1 with bound-secret-key");
      return outcome;
    };
  }

  /** Inside node('linux') {} and withCredentials that bound {@code bound}. */
  private TestStepContext onNode(EnvVars bound) {
    return new TestStepContext(new TestRun("nightly-scan", 4), new EnvVars())
        .bound(bound)
        .onNode(home.resolve("workspace"), "linux");
  }

  private TestStepContext scan(CloudOpsScanStep step, EnvVars env, ScanRunner runner)
      throws Exception {
    return scan(step, onNode(env), runner);
  }

  private TestStepContext scan(CloudOpsScanStep step, TestStepContext context, ScanRunner runner)
      throws Exception {
    step.withServices(new TestServices(jenkins).with(new InMemoryStores()).with(runner))
        .start(context)
        .start();
    return context;
  }

  @Test
  void scan_usesTheWithCredentialsEnvironment_andPassesTheParameters() throws Exception {
    CloudOpsScanStep step = new CloudOpsScanStep();
    step.setRegions("eu-west-1, us-east-1");
    step.setServices("ec2 s3");
    step.setIncremental(true);
    step.setRoleArn("arn:aws:iam::111111111111:role/reader");
    step.setExternalId("ext-1");
    step.setAccounts("111111111111,222222222222");

    scan(step, WITH_AWS_BINDING, returning(OK)).await();

    ScanRequest request = seen.get();
    assertThat(((AwsCredentialsSpec.StaticKeys) request.aws().credentials()).accessKeyId())
        .isEqualTo("AKIABOUND0000001");
    assertThat(request.aws().region()).contains("eu-west-1");
    assertThat(request.regions()).containsExactly("eu-west-1", "us-east-1");
    assertThat(request.services()).containsExactly("ec2", "s3");
    assertThat(request.incremental()).isTrue();
    assertThat(request.roleArn()).contains("arn:aws:iam::111111111111:role/reader");
    assertThat(request.externalId()).contains("ext-1");
    assertThat(request.accounts()).containsExactly("111111111111", "222222222222");
  }

  @Test
  void scan_credentialsIdWinsOverTheEnvironment() throws Exception {
    CloudOpsScanStep step = new CloudOpsScanStep();
    step.setCredentialsId("prod");

    scan(step, WITH_AWS_BINDING, returning(OK)).await();

    assertThat(((AwsCredentialsSpec.StaticKeys) seen.get().aws().credentials()).accessKeyId())
        .isEqualTo("AKIAPROD00000001");
    assertThat(jenkins.tracked()).containsExactly("prod");
  }

  @Test
  void scan_returnsTheMap_printsTheTable_andKeepsASummary() throws Exception {
    TestStepContext context = scan(new CloudOpsScanStep(), WITH_AWS_BINDING, returning(OK));

    assertThat(context.await())
        .isEqualTo(
            Map.of(
                "total", 15L,
                "byService", Map.of("ec2", 12L, "s3", 3L),
                "added", 2L,
                "changed", 1L,
                "removed", 0L,
                "errors", List.of()));
    assertThat(context.log())
        .contains("ec2             12")
        .contains("total 15 stored: 2 added, 1 changed, 0 removed");
    CloudOpsScanAction action = context.run().getAction(CloudOpsScanAction.class);
    assertThat(action.getTotal()).isEqualTo(15);
    assertThat(action.getByService()).containsEntry("s3", 3L);
  }

  @Test
  void twoScansInOneBuild_withoutTheEmbeddingsPlugin_sayOnceThatSemanticSearchIsOff()
      throws Exception {
    TestRun build = new TestRun("nightly-scan", 4);
    InMemoryStores lexical = new InMemoryStores().withoutSemanticSearch();
    List<String> logs = new ArrayList<>();
    for (int step = 0; step < 2; step++) {
      TestStepContext context =
          new TestStepContext(build, new EnvVars())
              .bound(WITH_AWS_BINDING)
              .onNode(home.resolve("workspace"), "linux");
      new CloudOpsScanStep()
          .withServices(new TestServices(jenkins).with(lexical).with(returning(OK)))
          .start(context)
          .start();
      context.await();
      logs.add(context.log());
    }
    String buildLog = String.join("", logs);

    assertThat(buildLog.split(Pattern.quote(SemanticSearchNotice.TEXT), -1)).hasSize(2);
    assertThat(logs.get(0)).contains("[cloudops] " + SemanticSearchNotice.TEXT);
    assertThat(SemanticSearchNotice.TEXT).contains("install the CloudOps Embeddings plugin");
  }

  @Test
  void scan_withSemanticSearch_printsNoNotice() throws Exception {
    TestStepContext context = scan(new CloudOpsScanStep(), WITH_AWS_BINDING, returning(OK));
    context.await();

    assertThat(context.log()).doesNotContain("semantic search");
    assertThat(context.run().getAction(SemanticSearchNotice.class)).isNull();
  }

  @Test
  void scan_neverPrintsTheSecretKey() throws Exception {
    TestStepContext context = scan(new CloudOpsScanStep(), WITH_AWS_BINDING, returning(OK));
    context.await();

    assertThat(context.log())
        .contains("scanned ec2 in eu-west-1 with ****")
        .doesNotContain("bound-secret-key");
  }

  @Test
  void scan_whenEveryPartFailed_aborts() {
    ScanOutcome failed =
        new ScanOutcome(
            0, Map.of(), 0, 0, 0, 2, List.of("ec2/eu-west-1: AccessDenied", "s3: AccessDenied"));

    assertThatThrownBy(
            () -> scan(new CloudOpsScanStep(), WITH_AWS_BINDING, returning(failed)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("every part of the scan failed")
        .hasMessageContaining("ec2/eu-west-1: AccessDenied");
  }

  @Test
  void scan_whenSomePartsFailed_marksUnstableOnlyWhenAsked() throws Exception {
    ScanOutcome partial =
        new ScanOutcome(3, Map.of("s3", 3L), 3, 0, 0, 2, List.of("ec2: AccessDenied"));

    TestStepContext quiet = scan(new CloudOpsScanStep(), WITH_AWS_BINDING, returning(partial));
    quiet.await();
    CloudOpsScanStep strict = new CloudOpsScanStep();
    strict.setUnstableOnErrors(true);
    TestStepContext marked = scan(strict, WITH_AWS_BINDING, returning(partial));
    marked.await();

    assertThat(quiet.result()).isNull();
    assertThat(quiet.log()).contains("1 of 2 part(s) failed");
    assertThat(marked.result()).isEqualTo(Result.UNSTABLE);
  }

  @Test
  void scan_withoutAnyCredentials_abortsInsteadOfUsingTheControllerIdentity() {
    assertThatThrownBy(() -> scan(new CloudOpsScanStep(), new EnvVars(), returning(OK)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("no AWS credentials");
    assertThat(seen.get()).isNull();
  }

  @Test
  void scan_saysWhereItRunsAndWithWhichIdentity_neverTheSecret() throws Exception {
    TestStepContext context = scan(new CloudOpsScanStep(), WITH_AWS_BINDING, returning(OK));
    context.await();

    assertThat(context.log())
        .contains("scanning on node 'linux' with keys bound by withCredentials/withAWS")
        .doesNotContain("bound-secret-key");
  }

  @Test
  void outsideNode_withoutTheAdministratorsOption_isRefused_sayingToWrapItInNode() {
    TestStepContext outside =
        new TestStepContext(new TestRun("scan", 2), new EnvVars()).bound(WITH_AWS_BINDING);

    assertThatThrownBy(() -> scan(new CloudOpsScanStep(), outside, returning(OK)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("wrap it in node('label') { ... }")
        .hasMessageContaining("Run CloudOps steps outside node {} on the controller");
    assertThat(seen.get()).isNull();
  }

  @Test
  void outsideNode_withTheOption_runsOnTheController_withExplicitCredentials() throws Exception {
    jenkins.configuration().setAllowControllerExecution(true);
    TestStepContext outside =
        new TestStepContext(new TestRun("scan", 3), new EnvVars()).bound(WITH_AWS_BINDING);

    scan(new CloudOpsScanStep(), outside, returning(OK)).await();

    assertThat(seen.get()).isNotNull();
    assertThat(outside.log()).contains("scanning on the controller (allowed by the administrator)");
  }

  @Test
  void outsideNode_withTheOption_refusesTheControllersOwnIdentity() {
    jenkins.configuration().setAllowControllerExecution(true);
    jenkins.configuration().setAllowControllerDefaultCredentials(true);
    TestStepContext outside = new TestStepContext(new TestRun("scan", 5), new EnvVars());

    assertThatThrownBy(() -> scan(new CloudOpsScanStep(), outside, returning(OK)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("needs explicit AWS credentials");
    assertThat(seen.get()).isNull();
  }

  @Test
  void keysOnlyInTheNodesEnvironment_areNotUsed_andTheLogSaysWhy() {
    TestStepContext context =
        new TestStepContext(new TestRun("scan", 6), new EnvVars(WITH_AWS_BINDING))
            .onNode(home.resolve("workspace"), "built-in");

    assertThatThrownBy(() -> scan(new CloudOpsScanStep(), context, returning(OK)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("AWS_ACCESS_KEY_ID in the node's own environment is not used")
        .hasMessageNotContaining("bound-secret-key");
    assertThat(seen.get()).isNull();
  }

  @Test
  void theSameKeys_boundByWithCredentials_areUsed() throws Exception {
    TestStepContext context =
        new TestStepContext(new TestRun("scan", 7), new EnvVars())
            .bound(WITH_AWS_BINDING)
            .onNode(home.resolve("workspace"), "built-in");

    scan(new CloudOpsScanStep(), context, returning(OK)).await();

    assertThat(((AwsCredentialsSpec.StaticKeys) seen.get().aws().credentials()).accessKeyId())
        .isEqualTo("AKIABOUND0000001");
  }

  @Test
  void stop_interruptsTheRunningScan() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    ScanRunner blocking =
        (request, stores, progress) -> {
          started.countDown();
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            interrupted.set(true);
            throw e;
          }
          return OK;
        };
    TestStepContext context = onNode(WITH_AWS_BINDING);
    StepExecution execution =
        new CloudOpsScanStep()
            .withServices(new TestServices(jenkins).with(new InMemoryStores()).with(blocking))
            .start(context);
    execution.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    execution.stop(new InterruptedException("aborted by user"));

    assertThatThrownBy(context::await).isInstanceOf(InterruptedException.class);
    for (int i = 0; i < 100 && !interrupted.get(); i++) {
      Thread.sleep(50);
    }
    assertThat(interrupted).isTrue();
  }

  @Test
  void credentialsDropDown_needsConfigureOrExtendedReadOnTheJob() {
    StandIns.addCredentials(TestCredentials.aws("prod", "AKIA1", "s", null));
    CloudOpsScanStep.DescriptorImpl reader =
        new CloudOpsScanStep.DescriptorImpl().withJenkins(new FakeJenkins(home));
    CloudOpsScanStep.DescriptorImpl configurer =
        new CloudOpsScanStep.DescriptorImpl()
            .withJenkins(new FakeJenkins(home).grant(Item.CONFIGURE));
    Item job = new TestJob("app");

    assertThat(reader.doFillCredentialsIdItems(job, ""))
        .extracting(o -> o.value)
        .doesNotContain("prod");
    assertThat(configurer.doFillCredentialsIdItems(job, ""))
        .extracting(o -> o.value)
        .contains("prod");
  }
}
