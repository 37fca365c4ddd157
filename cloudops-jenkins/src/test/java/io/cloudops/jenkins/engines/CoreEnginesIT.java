package io.cloudops.jenkins.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.util.Secret;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.FilesOnDisk;
import io.cloudops.jenkins.FlowGraph;
import io.cloudops.jenkins.LocalPlanningServer;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.StoreSettings;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.ask.AskStepStarter;
import io.cloudops.jenkins.ask.CloudOpsAskStep;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.credentials.AwsCredentialsResolver;
import io.cloudops.jenkins.execute.PlanSteps;
import io.cloudops.jenkins.scan.CloudOpsScanStep;
import io.cloudops.jenkins.scan.ScanStepStarter;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.scan.ScanRecord;
import io.cloudops.scan.ScanRecords;
import io.cloudops.standins.StandIns;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The steps over the real engines: the embedded store under a temporary JENKINS_HOME, the scanner
 * and the execution engine against a real moto server, the real AWS CLI, a real planning server.
 */
@ExtendWith(MotoExtension.class)
class CoreEnginesIT {

  private static final String REGION = "us-east-1";
  private static final String SECRET = "wire-it-secret-Zq8xv3Kp0Lm";
  private static final String BUCKET = "wire-it-reports";
  private static final String STORE_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @TempDir Path home;
  private FakeJenkins jenkins;
  private CoreStoreProvider stores;
  private TestServices services;

  @BeforeEach
  void setUp() {
    StandIns.reset();
    jenkins = new FakeJenkins(home);
    jenkins.configuration().setEncryptionKey(Secret.fromString(STORE_KEY));
    jenkins.configuration().setMediumApprovers("bob");
    stores = new CoreStoreProvider();
    services =
        new TestServices(jenkins)
            .with(stores)
            .with(new CoreScanRunner())
            .with(
                new CorePlanRunner(
                    stores,
                    () -> new Settings(jenkins).store(jenkins.configuration(), null),
                    () -> jenkins.configuration().getAwsCli(),
                    () -> ExecutionSettings.DEFAULT))
            .with(Clock.systemUTC());
  }

  /** What withCredentials([aws(...)]) puts into the step environment, aimed at moto. */
  private static EnvVars awsEnv(MotoServer moto) {
    return new EnvVars(
        "AWS_ACCESS_KEY_ID",
        "AKIAWIREIT0000000001",
        "AWS_SECRET_ACCESS_KEY",
        SECRET,
        "AWS_REGION",
        REGION,
        "AWS_ENDPOINT_URL",
        moto.endpoint().toString());
  }

  /** The workspace of node('linux') {}: a directory of this machine. */
  private Path workspace() throws IOException {
    return Files.createDirectories(home.resolve("agent").resolve("workspace").resolve("job"));
  }

  private static String seedInstance(MotoServer moto) {
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, REGION).build()) {
      String image =
          ec2.registerImage(r -> r.name("wire-it").rootDeviceName("/dev/sda1")).imageId();
      return ec2.runInstances(
              r -> r.imageId(image).minCount(1).maxCount(1).instanceType("t3.micro"))
          .instances()
          .get(0)
          .instanceId();
    }
  }

  private static S3Client s3(MotoServer moto) {
    return MotoClients.configure(S3Client.builder(), moto, REGION).forcePathStyle(true).build();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> scan(MotoServer moto) throws Exception {
    CloudOpsScanStep step = new CloudOpsScanStep();
    step.setRegions(REGION);
    step.setServices("ec2,s3");
    TestStepContext context =
        new TestStepContext(new TestRun("nightly-scan", 1), new EnvVars())
            .bound(awsEnv(moto))
            .onNode(workspace(), "linux");
    ScanStepStarter.start(step, services, context);
    Map<String, Object> result = (Map<String, Object>) context.await();
    assertThat(context.log())
        .contains("scanning on node 'linux'")
        .contains("scanned ")
        .doesNotContain(SECRET);
    return result;
  }

  @Test
  void scan_storesTheSeededEstate_andASecondScanReportsTheDeletedBucketRemoved(MotoServer moto)
      throws Exception {
    String instance = seedInstance(moto);
    try (S3Client s3 = s3(moto)) {
      s3.createBucket(r -> r.bucket(BUCKET));
    }

    Map<String, Object> first = scan(moto);

    Map<String, Long> byService = byService(first);
    assertThat(byService).containsEntry("s3", 1L).containsKey("ec2");
    long total = byService.values().stream().mapToLong(Long::longValue).sum();
    assertThat(first)
        .containsEntry("total", total)
        .containsEntry("added", total)
        .containsEntry("changed", 0L)
        .containsEntry("removed", 0L);
    assertThat((List<?>) first.get("errors")).isEmpty();
    // the scan recorded its accounts and regions in the controller's data dir (GET api/accounts):
    // the instance's region and S3's "global"
    List<ScanRecord> records = ScanRecords.in(settings().dataDir()).read();
    assertThat(records).extracting(ScanRecord::region).containsExactly("global", REGION);
    assertThat(records.stream().mapToLong(ScanRecord::resources).sum()).isEqualTo(total);
    assertThat(records).allSatisfy(r -> assertThat(r.errors()).isEmpty());
    try (StoreProvider.OpenStores open = stores.open(settings())) {
      assertThat(open.estate().get(instance)).isPresent();
      assertThat(open.estate().get(BUCKET)).isPresent();
    }

    try (S3Client s3 = s3(moto)) {
      s3.deleteBucket(r -> r.bucket(BUCKET));
    }
    Map<String, Object> second = scan(moto);

    assertThat(second)
        .containsEntry("total", total - 1)
        .containsEntry("added", 0L)
        .containsEntry("removed", 1L);
    try (StoreProvider.OpenStores open = stores.open(settings())) {
      assertThat(open.estate().get(BUCKET)).isEmpty();
    }
    assertThat(stores.openHandles()).isZero();
  }

  @Test
  void anInterruptedScan_stopsWithInterruptedException(MotoServer moto) throws Exception {
    seedInstance(moto);
    ScanRequest request =
        new ScanRequest(
            new AwsCredentialsResolver(false).resolve(Optional.empty(), awsEnv(moto), awsEnv(moto)),
            List.of(REGION),
            List.of("ec2"),
            false,
            Optional.empty(),
            Optional.empty(),
            List.of());

    try (StoreProvider.OpenStores open = stores.open(settings())) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> new CoreScanRunner().scan(request, open, line -> {}))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void askGroundedInTheScannedStore_thenAnApprovedMediumPlan_stopsTheInstance(MotoServer moto)
      throws Exception {
    String instance = seedInstance(moto);
    scan(moto);
    String answer =
        """
        {"response_type":"Command","content":"Stopping the instance.",
         "execution_plan":{"steps":[{"step_id":"1","command":"ec2",
           "args":["stop-instances","--instance-ids","%s"],"description":"stop it"}]},
         "requires_approval":true,
         "risk_assessment":{"level":"Medium","summary":"one instance","reasons":["writes"]}}
        """
            .formatted(instance);
    TestRun run = new TestRun("ops/stop", 3).startedBy("alice");
    try (LocalPlanningServer server = new LocalPlanningServer(answer)) {
      jenkins.configuration().setServerUrl(server.url());
      TestStepContext asked = new TestStepContext(run, awsEnv(moto));
      AskStepStarter.start(new CloudOpsAskStep("stop " + instance), services, asked);
      @SuppressWarnings("unchecked")
      Map<String, Object> proposed = (Map<String, Object>) asked.await();

      assertThat(server.received().get(0).body()).contains("\"" + instance + "\"");
      assertThat(proposed).containsEntry("risk", "Medium");

      PlanSteps steps = new PlanSteps(services, new FlowGraph(), run, awsEnv(moto));
      String digest = (String) proposed.get("planDigest");
      Map<String, Object> review = steps.review(digest, false);
      assertThat(CloudOpsPlanAction.find(run, digest).orElseThrow().getEngineSteps())
          .singleElement()
          .satisfies(s -> assertThat(s.getArgv()).contains("stop-instances").contains(instance));
      assertThatThrownBy(() -> steps.run(digest, false)).hasMessageContaining("nothing ran");
      steps.approve(review, "bob", System.currentTimeMillis());
      TestStepContext executed = steps.run(digest, false).context();

      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) executed.await();
      assertThat(result).containsEntry("status", "Success");
      assertThat(executed.log())
          .contains("on node 'linux' with keys bound by withCredentials/withAWS")
          .contains("$ /usr/bin/aws ec2 stop-instances --instance-ids=[\"" + instance + "\"]")
          .contains("StoppingInstances")
          .doesNotContain(SECRET);
    }
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, REGION).build()) {
      assertThat(
              ec2.describeInstances(r -> r.instanceIds(instance))
                  .reservations()
                  .get(0)
                  .instances()
                  .get(0)
                  .state()
                  .name())
          .isEqualTo(InstanceStateName.STOPPED);
    }
    assertThat(FilesOnDisk.containing(home, SECRET)).isEmpty();
    assertThat(FilesOnDisk.containing(home, STORE_KEY)).isEmpty();
  }

  @Test
  void abortingTheBuild_killsTheAwsCliProcessOnTheNode_whoseOutputStreamedMeanwhile(MotoServer moto)
      throws Exception {
    String instance = seedInstance(moto);
    Path pidFile = home.resolve("aws.pid");
    Path fakeAws = Files.createDirectories(home.resolve("agent-bin")).resolve("aws");
    Files.writeString(
        fakeAws,
        "#!/bin/sh\necho \"hanging aws started\"\necho $$ > '" + pidFile + "'\nexec sleep 120\n");
    assertThat(fakeAws.toFile().setExecutable(true)).isTrue();
    jenkins.configuration().setAwsCli(fakeAws.toString());
    TestRun run = new TestRun("ops/stop", 9).startedBy("alice");
    String digest = PlanSteps.propose(run, "Medium", instance, Instant.now());
    PlanSteps steps = new PlanSteps(services, new FlowGraph(), run, awsEnv(moto));
    steps.approve(steps.review(digest, false), "bob", System.currentTimeMillis());

    PlanSteps.Started started = steps.run(digest, false);
    long pid = awaitPid(pidFile, started.context());
    for (int i = 0; i < 100 && !started.context().log().contains("hanging aws started"); i++) {
      Thread.sleep(50);
    }
    assertThat(started.context().log()).contains("hanging aws started");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

    started.execution().stop(new InterruptedException("aborted by user"));

    assertThatThrownBy(started.context()::await).isInstanceOf(InterruptedException.class);
    for (int i = 0;
        i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        i++) {
      Thread.sleep(50);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void withoutAnAwsCliOnTheNode_thePlanFailsInOneLineNamingTheNode(MotoServer moto)
      throws Exception {
    String instance = seedInstance(moto);
    Path missing = home.resolve("agent-bin").resolve("no-aws");
    jenkins.configuration().setAwsCli(missing.toString());
    TestRun run = new TestRun("ops/stop", 10).startedBy("alice");
    String digest = PlanSteps.propose(run, "Medium", instance, Instant.now());
    PlanSteps steps = new PlanSteps(services, new FlowGraph(), run, awsEnv(moto));
    steps.approve(steps.review(digest, false), "bob", System.currentTimeMillis());

    TestStepContext context = steps.run(digest, false).context();

    assertThatThrownBy(context::await)
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("the AWS CLI '" + missing + "'")
        .hasMessageContaining("is not an executable file on node 'linux'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private static long awaitPid(Path pidFile, TestStepContext context) throws Exception {
    for (int i = 0; i < 400; i++) {
      if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
        return Long.parseLong(Files.readString(pidFile).strip());
      }
      assertThat(context.isReady()).as("the step ended early: %s", context.log()).isFalse();
      Thread.sleep(50);
    }
    throw new AssertionError("the AWS CLI never started; log: " + context.log());
  }

  private StoreSettings settings() throws IOException {
    return new Settings(jenkins).store(jenkins.configuration(), null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Long> byService(Map<String, Object> result) {
    return (Map<String, Long>) result.get("byService");
  }
}
