package io.cloudops.jenkins.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.cloudops.config.StoreKind;
import io.cloudops.jenkins.FakeJenkins;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the runner refuses before any backup is made, and how it reports failures. */
class CoreBackupRunnerTest {

  private static final String SECRET = "runner-secret-kp3wq8zx1vb";

  @TempDir Path home;

  private final Map<String, String> keysAtAClosedPort =
      Map.of(
          "AWS_ACCESS_KEY_ID", "AKIARUNNERTEST000001",
          "AWS_SECRET_ACCESS_KEY", SECRET,
          "AWS_ENDPOINT_URL", "http://127.0.0.1:1");

  @Test
  void aQdrantStore_isRefused_sayingWhatToDo() {
    FakeJenkins jenkins = new FakeJenkins(home);
    jenkins.configuration().setStoreKind(StoreKind.QDRANT);
    CoreBackupRunner runner = new CoreBackupRunner(jenkins, keysAtAClosedPort, Clock.systemUTC());

    assertThatThrownBy(() -> runner.create("bucket", 14))
        .isInstanceOf(AbortException.class)
        .hasMessageStartingWith(
            "only the embedded store can be backed up, this controller uses QDRANT")
        .hasMessageContaining("clear 'Backup S3 bucket'");
  }

  @Test
  void withoutAnAwsIdentity_nothingIsTouched() {
    CoreBackupRunner runner =
        new CoreBackupRunner(new FakeJenkins(home), Map.of(), Clock.systemUTC());

    assertThatThrownBy(() -> runner.create("bucket", 14))
        .isInstanceOf(AbortException.class)
        .hasMessageStartingWith("no AWS identity for scheduled backups");
    assertThat(home).isEmptyDirectory();
  }

  @Test
  void aFailureMessage_neverShowsTheSecretKey() {
    CoreBackupRunner runner =
        new CoreBackupRunner(new FakeJenkins(home), keysAtAClosedPort, Clock.systemUTC());

    // a bucket named like the secret puts the secret into the S3 error message
    assertThatThrownBy(() -> runner.create(SECRET, 14))
        .isInstanceOf(AbortException.class)
        .hasMessageStartingWith("S3 call on s3://")
        .hasMessageNotContaining(SECRET);
  }
}
