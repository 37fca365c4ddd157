package io.cloudops.jenkins.agent;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import io.cloudops.Secret;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ProcessOutcome;
import io.cloudops.execute.executor.SecretMasker;
import io.cloudops.jenkins.TestListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherProcessesTest {

  @TempDir Path workspace;
  private final TestListener listener = new TestListener();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private ProcessOutcome run(List<String> argv, Map<String, String> env, Duration timeout)
      throws Exception {
    return new LauncherProcesses(
            new Launcher.LocalLauncher(listener), new FilePath(workspace.toFile()))
        .run(
            argv,
            env,
            workspace,
            timeout,
            new Cancellation(),
            new SecretMasker(List.of(Secret.of("s3cr3t-value"))),
            lines::add);
  }

  @Test
  void dollarSigns_inArgumentsAndVariables_reachTheProcessAsWritten() throws Exception {
    ProcessOutcome outcome =
        run(
            List.of("/bin/sh", "-c", "echo \"$0|$X\"", "a$HOME${PATH}$$b"),
            Map.of("X", "$HOME"),
            Duration.ofSeconds(20));

    assertThat(outcome.exitCode()).isZero();
    assertThat(lines).containsExactly("a$HOME${PATH}$$b|$HOME");
  }

  @Test
  void theWorkspace_isTheWorkingDirectory_andOutputIsMasked() throws Exception {
    ProcessOutcome outcome =
        run(
            List.of("/bin/sh", "-c", "pwd; echo key s3cr3t-value"),
            Map.of(),
            Duration.ofSeconds(20));

    assertThat(outcome.exitCode()).isZero();
    assertThat(lines).containsExactly(workspace.toRealPath().toString(), "key ****");
    assertThat(outcome.excerpt()).doesNotContain("s3cr3t-value");
  }

  @Test
  void theLaunchersEcho_masksArgumentsHoldingASecret() throws Exception {
    run(List.of("/bin/echo", "s3cr3t-value", "visible"), Map.of(), Duration.ofSeconds(20));

    assertThat(listener.text()).contains("$ /bin/echo ******** visible");
    assertThat(listener.text()).doesNotContain("s3cr3t-value");
  }

  @Test
  void theNodesOwnAwsIdentityVariables_areCleared() {
    Map<String, String> env =
        LauncherProcesses.environment(Map.of("AWS_ACCESS_KEY_ID", "AKIA1", "AWS_REGION", "x"));

    assertThat(env)
        .containsEntry("AWS_PROFILE", "")
        .containsEntry("AWS_SESSION_TOKEN", "")
        .containsEntry("AWS_ACCESS_KEY_ID", "AKIA1")
        .containsEntry("AWS_REGION", "x");
  }

  @Test
  void aProcessPastItsTimeout_isKilled() throws Exception {
    long started = System.nanoTime();
    ProcessOutcome outcome = run(List.of("/bin/sleep", "60"), Map.of(), Duration.ofMillis(500));

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.exitCode()).isEqualTo(-1);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void findAwsCli_namesTheNode_whenTheConfiguredBinaryIsMissing() throws Exception {
    Path missing = workspace.resolve("no-aws");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new FindAwsCli(missing.toString(), "node 'linux'").call())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("node 'linux'");
    Files.writeString(missing, "#!/bin/sh\n");
    assertThat(missing.toFile().setExecutable(true)).isTrue();
    assertThat(new FindAwsCli(missing.toString(), "node 'linux'").call())
        .isEqualTo(missing.toString());
    assertThat(new FindAwsCli(null, "node 'linux'").call()).isEqualTo("/usr/bin/aws");
  }
}
