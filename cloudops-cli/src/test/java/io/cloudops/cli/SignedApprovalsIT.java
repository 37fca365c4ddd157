package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.crypto.ssh.SshKeygen;
import io.cloudops.execute.PlanDocument;
import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.execute.approval.signed.SignedStatement;
import io.cloudops.execute.approval.signed.Statement;
import io.cloudops.execute.approval.signed.StatementKind;
import io.cloudops.json.Json;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import io.cloudops.testing.SshKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * Signed approvals end to end: keys and signatures from the real ssh-keygen, the plan run by the
 * real AWS CLI against moto, and every refusal in the history.
 */
@ExtendWith(MotoExtension.class)
class SignedApprovalsIT {

  @TempDir Path dir;
  private Ec2Client ec2;
  private String instanceId;
  private Ec2Instance instance;
  private Map<String, String> env;
  private Path alice;
  private Path bob;
  private Path carol;
  private Path dave;
  private Path plan;

  @BeforeEach
  void setUp(MotoServer moto) throws Exception {
    ec2 = MotoClients.configure(Ec2Client.builder(), moto).build();
    instance = Ec2Instance.launch(ec2, "signed");
    instanceId = instance.id();
    alice = SshKeys.generate(dir, "alice", "ed25519", 0);
    bob = SshKeys.generate(dir, "bob", "ecdsa", 256);
    carol = SshKeys.generate(dir, "carol", "rsa", 2048);
    dave = SshKeys.generate(dir, "dave", "ed25519", 0);
    Path allowed = dir.resolve("allowed_signers");
    Files.write(
        allowed,
        List.of(
            "alice " + SshKeys.publicKey(alice),
            "bob " + SshKeys.publicKey(bob),
            "carol " + SshKeys.publicKey(carol)));
    env = new HashMap<>();
    env.put("CLOUDOPS_DATA_DIR", dir.resolve("data").toString());
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", MotoServer.DEFAULT_REGION);
    env.put("AWS_ENDPOINT_URL", moto.endpoint().toString());
    env.put("CLOUDOPS_AWS_CLI", "/usr/bin/aws");
    env.put("USER", "carol");
    env.put("CLOUDOPS_ALLOWED_SIGNERS", allowed.toString());
    env.put("CLOUDOPS_REQUIRE_SIGNED_APPROVALS", "true");
    plan = plan("plan.json", instanceId);
  }

  @AfterEach
  void close() {
    ec2.close();
  }

  @Test
  void highPlan_twoSignedApprovalsByDistinctAllowedApprovers_runs_andHistoryShowsTheSigners()
      throws Exception {
    Path request = cli("request", "--plan", plan, "--key", carol, "--principal", "carol");
    Path byAlice = cli("approve", "--plan", plan, "--key", alice, "--principal", "alice");
    Path byBob =
        cli("approve", "--plan", plan, "--key", Path.of(bob + ".pub"), "--principal", "bob");

    CliRun run =
        CliRun.of(
            env,
            "execute",
            "--plan",
            plan.toString(),
            "--request",
            request.toString(),
            "--approval",
            byAlice.toString(),
            "--approval",
            byBob.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("risk: High").contains("approval by alice: signed (SHA256:");
    assertThat(state()).isIn(InstanceStateName.SHUTTING_DOWN, InstanceStateName.TERMINATED);
    JsonNode record = history("--kind", "execution").get(0);
    assertThat(record.get("requested_by").asText()).isEqualTo("carol");
    assertThat(record.get("approvals")).hasSize(2);
    assertThat(record.at("/approvals/0/signer_key").asText()).startsWith("SHA256:");
  }

  @Test
  void approvalFile_verifiesByHandWithSshKeygen() throws Exception {
    Path byAlice = cli("approve", "--plan", plan, "--key", alice, "--principal", "alice");

    assertThat(approvalCounts(byAlice)).isTrue();
    assertThat(Json.mapper().readTree(Files.readString(byAlice)).get("plan_digest").asText())
        .isEqualTo(digest(plan));
  }

  @Test
  void approve_withAKeyHeldBySshAgent_signsWithThePublicKeyFileOnly() throws Exception {
    Path socket = dir.resolve("agent.sock");
    Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).start();
    try {
      for (int i = 0; i < 50 && !Files.exists(socket); i++) {
        Thread.sleep(100);
      }
      ProcessBuilder add =
          new ProcessBuilder("ssh-add", alice.toString()).redirectErrorStream(true);
      add.environment().put("SSH_AUTH_SOCK", socket.toString());
      Process adding = add.start();
      adding.getInputStream().readAllBytes();
      assertThat(adding.waitFor()).isZero();
      Path publicOnly = dir.resolve("agent-only");
      Files.createDirectories(publicOnly);
      Path pub = Files.copy(Path.of(alice + ".pub"), publicOnly.resolve("alice.pub"));
      env.put("SSH_AUTH_SOCK", socket.toString());

      Path byAlice = cli("approve", "--plan", plan, "--key", pub, "--principal", "alice");

      assertThat(Files.readString(byAlice)).contains("BEGIN SSH SIGNATURE");
      assertThat(approvalCounts(byAlice)).isTrue();
    } finally {
      agent.destroy();
      agent.waitFor();
    }
  }

  /** Whether the approval file verifies with ssh-keygen against the allowed signers as alice. */
  private boolean approvalCounts(Path file) throws Exception {
    JsonNode json = Json.mapper().readTree(Files.readString(file));
    return SshKeys.verify(
            Path.of(env.get("CLOUDOPS_ALLOWED_SIGNERS")),
            "alice",
            "cloudops-approval",
            json.get("signature").asText(),
            json.get("message").asText().getBytes(StandardCharsets.UTF_8))
        == 0;
  }

  @Test
  void approvalByTheRequester_doesNotCount() throws Exception {
    CliRun run =
        execute(
            cli("approve", "--plan", plan, "--key", carol, "--principal", "carol"),
            cli("approve", "--plan", plan, "--key", alice, "--principal", "alice"));

    assertRefused(run, "carol requested the plan and cannot approve it");
  }

  @Test
  void planChangedAfterApproval_isRefused() throws Exception {
    Path byAlice = cli("approve", "--plan", plan, "--key", alice, "--principal", "alice");
    Path byBob = cli("approve", "--plan", plan, "--key", bob, "--principal", "bob");
    plan("plan.json", instanceId, "i-0123456789abcdef0"); // one more target, same file

    assertRefused(execute(byAlice, byBob), "is for another plan");
  }

  @Test
  void signatureInAnotherNamespace_doesNotCount() throws Exception {
    Statement statement =
        new Statement(StatementKind.APPROVAL, digest(plan), "alice", Instant.now(), null);
    String signature = SshKeys.sign(alice, "git", statement.messageBytes());
    Path file = write("git.json", new SignedStatement(statement.message(), signature));

    assertRefused(
        execute(file, cli("approve", "--plan", plan, "--key", bob, "--principal", "bob")),
        "signed in namespace 'git', not 'cloudops-approval'");
  }

  @Test
  void expiredApproval_doesNotCount() throws Exception {
    Statement old =
        new Statement(
            StatementKind.APPROVAL,
            digest(plan),
            "alice",
            Instant.now().minus(ApprovalPolicy.DEFAULT_VALIDITY).minusSeconds(60),
            "yesterday's");
    Path file = write("old.json", SignedStatement.sign(old, alice, new SshKeygen()));

    assertRefused(
        execute(file, cli("approve", "--plan", plan, "--key", bob, "--principal", "bob")),
        "the approval by alice expired");
  }

  @Test
  void keyNotInTheAllowedSigners_doesNotCount() throws Exception {
    Path forged = cli("approve", "--plan", plan, "--key", dave, "--principal", "alice");

    assertRefused(
        execute(forged, cli("approve", "--plan", plan, "--key", bob, "--principal", "bob")),
        "of alice is not in the allowed signers");
  }

  @Test
  void unsignedApprovals_whileSignaturesAreRequired_areRefused() throws Exception {
    Path request = cli("request", "--plan", plan, "--key", carol, "--principal", "carol");

    CliRun run =
        CliRun.of(
            env,
            "execute",
            "--plan",
            plan.toString(),
            "--request",
            request.toString(),
            "--approve",
            "--approver",
            "alice",
            "--approver",
            "bob");

    assertRefused(run, "the approval by alice is unverified");
  }

  @Test
  void namedRequester_whileSignaturesAreRequired_isAUsageError() {
    CliRun run = CliRun.of(env, "execute", "--plan", plan.toString(), "--requested-by", "mallory");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("the requester must sign a request").contains("'mallory'");
    assertThat(state()).isEqualTo(InstanceStateName.RUNNING);
  }

  private CliRun execute(Path... approvals) throws Exception {
    Path request = cli("request", "--plan", plan, "--key", carol, "--principal", "carol");
    List<String> args =
        new ArrayList<>(
            List.of("execute", "--plan", plan.toString(), "--request", request.toString()));
    for (Path approval : approvals) {
      args.add("--approval");
      args.add(approval.toString());
    }
    return CliRun.of(env, args.toArray(String[]::new));
  }

  /** Exit 3, nothing ran, and the refusal is in the history with the reason. */
  private void assertRefused(CliRun run, String reason) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.APPROVAL);
    assertThat(run.err()).contains("approval required: High").contains(reason);
    assertThat(state()).isEqualTo(InstanceStateName.RUNNING);
    JsonNode refused = history("--kind", "refused");
    assertThat(refused).hasSize(1);
    JsonNode transitions = refused.get(0).get("transitions");
    assertThat(transitions.get(transitions.size() - 1).get("detail").asText()).contains(reason);
    assertThat(refused.get(0).get("requested_by").asText()).isEqualTo("carol");
    assertThat(refused.get(0).at("/risk/level").asText()).isEqualTo("High");
    assertThat(history("--kind", "execution")).isEmpty();
  }

  private JsonNode history(String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("history", "--json"));
    args.addAll(List.of(filters));
    CliRun run = CliRun.of(env, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.mapper().readTree(run.out()).get("executions");
  }

  private int count;

  /** Runs approve/request with --output; returns the file. */
  private Path cli(String command, String flag, Path plan, String keyFlag, Path key, String... rest)
      throws Exception {
    Path out = dir.resolve(command + "-" + count++ + ".json");
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                flag,
                plan.toString(),
                keyFlag,
                key.toString(),
                "--output",
                out.toString()));
    args.addAll(List.of(rest));
    CliRun run = CliRun.of(env, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  private Path write(String name, SignedStatement signed) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, signed.toJson());
    return file;
  }

  private static String digest(Path plan) {
    return PlanDocument.read(plan).plan().digest();
  }

  private Path plan(String name, String... ids) throws Exception {
    List<String> args = new ArrayList<>(List.of("terminate-instances", "--instance-ids"));
    args.addAll(List.of(ids));
    return Ec2Instance.plan(dir.resolve(name), args);
  }

  private InstanceStateName state() {
    return instance.state();
  }
}
