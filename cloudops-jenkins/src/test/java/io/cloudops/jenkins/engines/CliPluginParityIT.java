package io.cloudops.jenkins.engines;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.util.Secret;
import io.cloudops.cli.CloudOpsCli;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.ExecutionSettings;
import io.cloudops.datadir.DataDir;
import io.cloudops.datadir.DataDirSecrets;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.FilesOnDisk;
import io.cloudops.jenkins.FlowGraph;
import io.cloudops.jenkins.Settings;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.ask.CloudOpsPlanAction;
import io.cloudops.jenkins.execute.PlanSteps;
import io.cloudops.jenkins.scan.CloudOpsScanStep;
import io.cloudops.jenkins.scan.ScanStepStarter;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ServerResponse;
import io.cloudops.model.StepResult;
import io.cloudops.standins.StandIns;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The CLI and the plugin open their data dirs through the same core code: for the same plan, over
 * the same scanned estate, they compute the same risk with the same reasons and write the same
 * history entry (apart from ids, times, output text and where the data dir is).
 */
@ExtendWith(MotoExtension.class)
class CliPluginParityIT {

  private static final String REGION = MotoServer.DEFAULT_REGION;
  private static final String SECRET = "parity-secret-key-000000000000000000001";
  private static final String STORE_KEY =
      Base64.getEncoder()
          .encodeToString(
              new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                24, 25, 26, 27, 28, 29, 30, 31, 32
              });

  @TempDir Path dir;

  @Test
  void theSameProductionPlan_getsTheSameRiskReasonsAndHistoryEntry_fromTheCliAndThePlugin(
      MotoServer moto) throws Exception {
    String instance = seedProductionInstance(moto);
    Map<String, String> aws =
        Map.of(
            "AWS_ACCESS_KEY_ID",
            "AKIAPARITY00000001",
            "AWS_SECRET_ACCESS_KEY",
            SECRET,
            "AWS_REGION",
            REGION,
            "AWS_ENDPOINT_URL",
            moto.endpoint().toString());

    ExecutionRecord fromCli = runWithTheCli(aws, instance);
    ExecutionRecord fromPlugin = runWithThePlugin(aws, instance);

    assertThat(fromCli.risk().level().label()).isEqualTo("High");
    assertThat(fromCli.risk().reasons()).anyMatch(r -> r.contains("production"));
    assertThat(fromPlugin.planDigest()).isEqualTo(fromCli.planDigest());
    assertThat(fromPlugin.plan()).isEqualTo(fromCli.plan());
    assertThat(fromPlugin.risk()).isEqualTo(fromCli.risk());
    assertThat(fromPlugin.requestedBy()).isEqualTo(fromCli.requestedBy()).isEqualTo("alice");
    assertThat(fromPlugin.approvals().stream().map(a -> a.approver()).sorted().toList())
        .isEqualTo(fromCli.approvals().stream().map(a -> a.approver()).sorted().toList())
        .containsExactly("bob", "carol");
    assertThat(fromPlugin.steps().stream().map(StepResult::argv).toList())
        .isEqualTo(fromCli.steps().stream().map(StepResult::argv).toList());
    assertThat(fromPlugin.steps().stream().map(StepResult::status).toList())
        .isEqualTo(fromCli.steps().stream().map(StepResult::status).toList());
    assertThat(fromPlugin.status()).isEqualTo(fromCli.status());
    assertThat(FilesOnDisk.containing(dir, SECRET)).isEmpty();
    assertThat(FilesOnDisk.containing(dir, STORE_KEY)).isEmpty();
  }

  private ExecutionRecord runWithTheCli(Map<String, String> aws, String instance) throws Exception {
    Path dataDir = dir.resolve("cli-data");
    Map<String, String> env = new HashMap<>(aws);
    env.put("CLOUDOPS_DATA_DIR", dataDir.toString());
    env.put("CLOUDOPS_KEY", STORE_KEY);
    env.put("CLOUDOPS_AWS_CLI", "/usr/bin/aws");
    env.put("USER", "alice");
    cli(env, "scan", "--regions", REGION, "--services", "ec2");
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, planJson(instance));
    cli(
        env,
        "execute",
        "--plan",
        plan.toString(),
        "--conversation",
        "parity",
        "--approve",
        "--approver",
        "bob",
        "--approver",
        "carol");
    return onlyRecord(dataDir);
  }

  private ExecutionRecord runWithThePlugin(Map<String, String> aws, String instance)
      throws Exception {
    Path home = Files.createDirectories(dir.resolve("jenkins-home"));
    StandIns.reset();
    FakeJenkins jenkins = new FakeJenkins(home);
    jenkins.configuration().setEncryptionKey(Secret.fromString(STORE_KEY));
    jenkins.configuration().setHighApprovers("bob,carol");
    CoreStoreProvider stores = new CoreStoreProvider();
    TestServices services =
        new TestServices(jenkins)
            .with(stores)
            .with(new CoreScanRunner())
            .with(
                new CorePlanRunner(
                    stores,
                    () -> new Settings(jenkins).store(jenkins.configuration(), null),
                    () -> null,
                    () -> ExecutionSettings.DEFAULT))
            .with(Clock.systemUTC());
    Path workspace = Files.createDirectories(dir.resolve("agent").resolve("ws"));
    CloudOpsScanStep scan = new CloudOpsScanStep();
    scan.setRegions(REGION);
    scan.setServices("ec2");
    TestStepContext scanned =
        new TestStepContext(new TestRun("scan", 1), new EnvVars())
            .bound(aws)
            .onNode(workspace, "linux");
    ScanStepStarter.start(scan, services, scanned);
    scanned.await();

    TestRun run = new TestRun("ops/stop", 2).startedBy("alice");
    String digest = proposeParityPlan(run, instance);
    PlanSteps steps = new PlanSteps(services, new FlowGraph(), run, new EnvVars(aws));
    long now = System.currentTimeMillis();
    steps.approve(steps.review(digest, false), "bob", now);
    steps.approve(steps.review(digest, false), "carol", now + 1);
    TestStepContext executed = steps.run(digest, false).context();
    executed.await();
    return onlyRecord(home.resolve("cloudops"), STORE_KEY);
  }

  private static String planJson(String instance) {
    return """
        {"steps":[{"step_id":"1","command":"ec2",
          "args":["stop-instances","--instance-ids","%s"],"description":"stop it"}]}
        """
        .formatted(instance);
  }

  /** The same plan, as the planning server proposed it to cloudopsAsk. */
  private static String proposeParityPlan(TestRun run, String instance) {
    String json =
        """
        {"response_type":"Command","content":"Stop it.",
         "execution_plan":%s,
         "requires_approval":true,
         "risk_assessment":{"level":"Low","summary":"one instance","reasons":[]}}
        """
            .formatted(planJson(instance));
    ServerResponse response = Json.read(json, ServerResponse.class, "test answer");
    CloudOpsPlanAction action = CloudOpsPlanAction.of(response, Instant.now()).orElseThrow();
    run.addAction(action);
    return action.getDigest();
  }

  private static ExecutionRecord onlyRecord(Path dataDir) {
    return onlyRecord(dataDir, STORE_KEY);
  }

  private static ExecutionRecord onlyRecord(Path dataDir, String key) {
    List<ExecutionRecord> records =
        DataDir.open(
                CloudOpsSettings.builder().dataDir(dataDir).build(),
                ExecutionSettings.DEFAULT,
                new DataDirSecrets(
                    Optional.of(io.cloudops.Secret.of(key)), Optional.empty(), List.of()))
            .history(Clock.systemUTC())
            .query(HistoryQuery.latest(10));
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static void cli(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CloudOpsCli.run(args, new PrintWriter(out), new PrintWriter(err), env);
    assertThat(code).as("cloudops %s: %s%s", String.join(" ", args), out, err).isZero();
  }

  private static String seedProductionInstance(MotoServer moto) {
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, REGION).build()) {
      String image = ec2.registerImage(r -> r.name("parity").rootDeviceName("/dev/sda1")).imageId();
      String instance =
          ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1).instanceType("t3.micro"))
              .instances()
              .get(0)
              .instanceId();
      ec2.createTags(
          r -> r.resources(instance).tags(Tag.builder().key("env").value("prod").build()));
      return instance;
    }
  }
}
