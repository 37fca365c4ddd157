package io.cloudops.execute.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cloudops.Secret;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link StepExecutor} must do: accept its own valid steps, mask known secrets in what
 * it shows and streams, and report a failing step as a Failed outcome instead of throwing.
 */
abstract class StepExecutorContract {

  static final String SECRET = "contract-secret-value-123";

  @TempDir Path sandbox;

  /** The executor under test. */
  abstract StepExecutor executor();

  /** A valid step of the executor's kind that mentions {@link #SECRET}. */
  abstract PlannedStep stepWithSecret();

  /** A valid step that fails when run against {@link #deadEndpoint()}. */
  abstract PlannedStep failingStep();

  ExecutorContext context(boolean dryRun, List<String> lines) {
    return new ExecutorContext(
        "exec-contract",
        "us-east-1",
        Map.of("AWS_ACCESS_KEY_ID", "AKIDCONTRACT", "AWS_SECRET_ACCESS_KEY", SECRET),
        deadEndpoint(),
        sandbox,
        Duration.ofSeconds(60),
        dryRun,
        new Cancellation(),
        new SecretMasker(List.of(Secret.of(SECRET))),
        lines::add);
  }

  /** A loopback port nothing listens on. */
  static URI deadEndpoint() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void validStep_passesValidation() {
    assertThatCode(() -> executor().validate(stepWithSecret(), "us-east-1"))
        .doesNotThrowAnyException();
  }

  @Test
  void describe_masksKnownSecrets() {
    List<String> argv = executor().describe(stepWithSecret(), context(false, List.of()));

    assertThat(argv).isNotEmpty();
    assertThat(String.join(" ", argv)).doesNotContain(SECRET);
  }

  @Test
  void failingStep_isAFailedOutcome_withAReason_andNoSecret() {
    List<String> lines = new CopyOnWriteArrayList<>();

    StepOutcome outcome = executor().run(failingStep(), context(false, lines));

    assertThat(outcome.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(outcome.error()).isNotBlank().doesNotContain(SECRET);
    assertThat(outcome.output()).doesNotContain(SECRET);
    assertThat(lines).noneMatch(l -> l.contains(SECRET));
    assertThat(outcome.argv()).isNotEmpty();
  }
}
