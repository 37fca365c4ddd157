package io.cloudops.jenkins.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.jenkins.backup.BackupState.LastRun;
import io.cloudops.jenkins.backup.BackupState.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupStateFileTest {

  private static final Instant SINCE = Instant.parse("2026-11-20T01:00:00Z");
  private static final Instant STARTED = Instant.parse("2026-11-20T02:30:20Z");
  private static final Instant FINISHED = Instant.parse("2026-11-20T02:30:27.125Z");

  @TempDir Path home;

  private BackupStateFile file() {
    return new BackupStateFile(home.resolve(BackupStateFile.NAME));
  }

  @Test
  void noFile_isNoState() throws IOException {
    assertThat(file().read()).isEmpty();
  }

  @Test
  void aCreatedRun_roundTrips_throughANewInstance() throws IOException {
    BackupState state =
        BackupState.startingAt(SINCE)
            .after(
                new LastRun(
                    STARTED,
                    FINISHED,
                    new Outcome.Created("cloudops/backups/cloudops-backup-1.zip")));

    file().write(state);

    assertThat(file().read()).contains(state);
    assertThat(home).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aFailedRun_roundTrips() throws IOException {
    BackupState state =
        BackupState.startingAt(SINCE)
            .after(new LastRun(STARTED, FINISHED, new Outcome.Failed("S3 said \"no\"\nagain")));

    file().write(state);

    assertThat(file().read()).contains(state);
  }

  @Test
  void theFormat_isVersionedJson_withSnakeCaseFields() throws IOException {
    file()
        .write(
            BackupState.startingAt(SINCE)
                .after(new LastRun(STARTED, FINISHED, new Outcome.Created("k.zip"))));

    assertThat(Files.readString(file().path()))
        .contains("\"format\" : 1")
        .contains("\"since\" : \"2026-11-20T01:00:00Z\"")
        .contains("\"started_at\" : \"2026-11-20T02:30:20Z\"")
        .contains("\"outcome\" : \"created\"")
        .contains("\"backup_key\" : \"k.zip\"");
  }

  @Test
  void aVersionOneFileWrittenByHand_isRead() throws IOException {
    Files.writeString(
        file().path(),
        """
        {"format": 1, "since": "2026-11-20T01:00:00Z",
         "last_run": {"started_at": "2026-11-20T02:30:20Z", "finished_at": "2026-11-20T02:31:00Z",
                      "outcome": "failed", "message": "Access Denied"}}
        """);

    assertThat(file().read())
        .contains(
            new BackupState(
                SINCE,
                Optional.of(
                    new LastRun(
                        STARTED,
                        Instant.parse("2026-11-20T02:31:00Z"),
                        new Outcome.Failed("Access Denied")))));
  }

  @Test
  void anotherFormat_isRefused_namingTheFile() throws IOException {
    Files.writeString(file().path(), "{\"format\": 2, \"since\": \"2026-11-20T01:00:00Z\"}");

    assertThatThrownBy(() -> file().read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file().path().toString())
        .hasMessageContaining("this plugin reads format 1");
  }

  @Test
  void aBrokenFile_isRefused_sayingWhatIsMissing() throws IOException {
    Files.writeString(file().path(), "{\"format\": 1}");

    assertThatThrownBy(() -> file().read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a readable backup state: missing since");
  }

  @Test
  void write_replacesTheOldState() throws IOException {
    file().write(BackupState.startingAt(SINCE));
    file().write(BackupState.startingAt(STARTED));

    assertThat(file().read()).contains(BackupState.startingAt(STARTED));
  }
}
