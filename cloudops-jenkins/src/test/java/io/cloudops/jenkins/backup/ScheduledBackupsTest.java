package io.cloudops.jenkins.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.cloudops.backup.BackupInfo;
import io.cloudops.backup.CreateResult;
import io.cloudops.jenkins.backup.BackupState.LastRun;
import io.cloudops.jenkins.backup.BackupState.Outcome;
import io.cloudops.jenkins.backup.ScheduledBackups.Check;
import io.cloudops.jenkins.spi.BackupRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledBackupsTest {

  private static final String BUCKET = "my-cloudops-backups";
  private static final BackupSettings DAILY_0230 =
      new BackupSettings(Optional.of(BUCKET), Optional.of("30 2 * * *"), 14);
  private static final Instant BEFORE = Instant.parse("2026-11-20T01:00:00Z");

  @TempDir Path home;

  private TestClock clock;
  private BackupStateFile stateFile;
  private RecordingRunner runner;
  private List<String> log;

  @BeforeEach
  void setUp() {
    clock = new TestClock(BEFORE, ZoneOffset.UTC);
    stateFile = new BackupStateFile(home.resolve(BackupStateFile.NAME));
    runner = new RecordingRunner();
    log = new ArrayList<>();
  }

  private Check check(BackupSettings settings) throws IOException {
    return new ScheduledBackups(stateFile, runner, clock, DailySchedules::parse)
        .check(settings, log::add);
  }

  private Check checkAt(String instant) throws IOException {
    clock.set(Instant.parse(instant));
    return check(DAILY_0230);
  }

  /** Follows the daily schedule from 01:00, before today's 02:30. */
  private void following() throws IOException {
    assertThat(check(DAILY_0230)).isEqualTo(Check.STARTED_FOLLOWING);
    log.clear();
  }

  @Test
  void withoutBucketOrSchedule_nothingRuns_andNothingIsWritten() throws IOException {
    assertThat(check(new BackupSettings(Optional.empty(), Optional.of("@daily"), 14)))
        .isEqualTo(Check.NOT_CONFIGURED);
    assertThat(check(new BackupSettings(Optional.of(BUCKET), Optional.of("  "), 14)))
        .isEqualTo(Check.NOT_CONFIGURED);

    assertThat(runner.calls).isEmpty();
    assertThat(log).isEmpty();
    assertThat(stateFile.path()).doesNotExist();
  }

  @Test
  void anInvalidSchedule_logsOneLineSayingWhatIsWrong_andRunsNothing() throws IOException {
    Check result = check(new BackupSettings(Optional.of(BUCKET), Optional.of("0 25 * * *"), 14));

    assertThat(result).isEqualTo(Check.INVALID_SCHEDULE);
    assertThat(log)
        .singleElement()
        .asString()
        .contains("hour 25 is out of range")
        .contains("Manage Jenkins, System, CloudOps");
    assertThat(runner.calls).isEmpty();
    assertThat(stateFile.path()).doesNotExist();
  }

  @Test
  void theFirstCheck_startsFollowingTheSchedule_withoutRunningAtOnce() throws IOException {
    assertThat(check(DAILY_0230)).isEqualTo(Check.STARTED_FOLLOWING);

    assertThat(runner.calls).isEmpty();
    assertThat(stateFile.read()).contains(BackupState.startingAt(BEFORE));
    assertThat(log).singleElement().asString().contains("following the schedule '30 2 * * *'");
  }

  @Test
  void beforeTheScheduledMinute_nothingRuns() throws IOException {
    following();

    assertThat(checkAt("2026-11-20T02:29:59Z")).isEqualTo(Check.NOT_DUE);

    assertThat(runner.calls).isEmpty();
    assertThat(log).isEmpty();
  }

  @Test
  void atTheScheduledMinute_oneBackupRuns_isRecorded_andLoggedInOneLine() throws IOException {
    following();

    assertThat(checkAt("2026-11-20T02:30:20Z")).isEqualTo(Check.CREATED);

    assertThat(runner.calls).containsExactly(BUCKET + " keep 14");
    assertThat(log)
        .singleElement()
        .asString()
        .startsWith("CloudOps backup: created s3://" + BUCKET + "/cloudops/backups/")
        .contains("keeping the newest 14");
    LastRun run = stateFile.read().orElseThrow().lastRun().orElseThrow();
    assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-11-20T02:30:20Z"));
    assertThat(run.outcome()).isEqualTo(new Outcome.Created(runner.lastKey));
  }

  @Test
  void afterARun_laterChecksTheSameDay_doNotRepeatIt_andTheNextDayRunsAgain() throws IOException {
    following();
    checkAt("2026-11-20T02:30:20Z");

    assertThat(checkAt("2026-11-20T02:31:20Z")).isEqualTo(Check.NOT_DUE);
    assertThat(checkAt("2026-11-20T23:59:59Z")).isEqualTo(Check.NOT_DUE);
    assertThat(checkAt("2026-11-21T02:30:05Z")).isEqualTo(Check.CREATED);

    assertThat(runner.calls).hasSize(2);
  }

  @Test
  void aFailedRun_isRecordedWithItsMessage_logged_andTheScheduleGoesOn() throws IOException {
    following();
    runner.failWith = new AbortException("S3 call on s3://" + BUCKET + "/ failed: NoSuchBucket");

    assertThat(checkAt("2026-11-20T02:30:20Z")).isEqualTo(Check.FAILED);

    assertThat(log)
        .singleElement()
        .isEqualTo("CloudOps backup failed: S3 call on s3://" + BUCKET + "/ failed: NoSuchBucket");
    assertThat(stateFile.read().orElseThrow().lastRun().orElseThrow().outcome())
        .isEqualTo(new Outcome.Failed("S3 call on s3://" + BUCKET + "/ failed: NoSuchBucket"));
    assertThat(checkAt("2026-11-20T02:31:20Z"))
        .as("no retry every minute")
        .isEqualTo(Check.NOT_DUE);

    runner.failWith = null;
    assertThat(checkAt("2026-11-21T02:30:20Z")).isEqualTo(Check.CREATED);
  }

  @Test
  void anUnexpectedRunnerError_isRecordedAsAFailure() throws IOException {
    following();
    runner.crashWith = new IllegalStateException("the store index changed during every copy");

    assertThat(checkAt("2026-11-20T02:30:20Z")).isEqualTo(Check.FAILED);

    assertThat(stateFile.read().orElseThrow().lastRun().orElseThrow().outcome())
        .isEqualTo(new Outcome.Failed("the store index changed during every copy"));
  }

  @Test
  void aRestart_withANewInstance_neitherRepeatsNorMissesARun() throws IOException {
    following();
    checkAt("2026-11-20T02:30:20Z");

    // the controller restarts at 02:40: a fresh instance over the same file
    clock.set(Instant.parse("2026-11-20T02:40:00Z"));
    BackupStateFile reopened = new BackupStateFile(home.resolve(BackupStateFile.NAME));
    assertThat(
            new ScheduledBackups(reopened, runner, clock, DailySchedules::parse)
                .check(DAILY_0230, log::add))
        .isEqualTo(Check.NOT_DUE);

    // the controller is down from 02:40 until 09:00 the next day, over the 02:30 run
    clock.set(Instant.parse("2026-11-21T09:00:00Z"));
    assertThat(
            new ScheduledBackups(reopened, runner, clock, DailySchedules::parse)
                .check(DAILY_0230, log::add))
        .isEqualTo(Check.CREATED);
    clock.set(Instant.parse("2026-11-21T09:01:00Z"));
    assertThat(
            new ScheduledBackups(reopened, runner, clock, DailySchedules::parse)
                .check(DAILY_0230, log::add))
        .isEqualTo(Check.NOT_DUE);

    assertThat(runner.calls).hasSize(2);
  }

  @Test
  void severalMissedTimes_makeOneRun() throws IOException {
    following();

    assertThat(checkAt("2026-11-25T12:00:00Z")).isEqualTo(Check.CREATED);
    assertThat(checkAt("2026-11-25T12:01:00Z")).isEqualTo(Check.NOT_DUE);

    assertThat(runner.calls).hasSize(1);
  }

  @Test
  void theScheduleIsReadInTheClocksZone() throws IOException {
    // 02:30 in Berlin is 01:30 UTC in November
    clock = new TestClock(Instant.parse("2026-11-20T00:00:00Z"), ZoneId.of("Europe/Berlin"));
    following();

    assertThat(checkAt("2026-11-20T01:29:00Z")).isEqualTo(Check.NOT_DUE);
    assertThat(checkAt("2026-11-20T01:30:10Z")).isEqualTo(Check.CREATED);
  }

  @Test
  void anUnreadableStateFile_isReported_andTheScheduleIsFollowedFromNow() throws IOException {
    Files.writeString(stateFile.path(), "{not json");

    assertThat(check(DAILY_0230)).isEqualTo(Check.STARTED_FOLLOWING);

    assertThat(log.get(0)).contains(BackupStateFile.NAME).contains("starting over");
    assertThat(stateFile.read()).contains(BackupState.startingAt(BEFORE));
  }

  @Test
  void aStateThatCannotBeWritten_failsTheCheckNamingTheFile() throws IOException {
    Path notADirectory = Files.writeString(home.resolve("file"), "x");
    stateFile = new BackupStateFile(notADirectory.resolve(BackupStateFile.NAME));

    assertThatThrownBy(() -> check(DAILY_0230))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot record the state in " + stateFile.path());
  }

  /** A clock tests set, in a zone of their choice. */
  private static final class TestClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    TestClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Records each backup it is asked for; fails when told to. */
  private final class RecordingRunner implements BackupRunner {
    final List<String> calls = new ArrayList<>();
    AbortException failWith;
    RuntimeException crashWith;
    String lastKey;

    @Override
    public CreateResult create(String bucket, int keep) throws IOException {
      calls.add(bucket + " keep " + keep);
      if (failWith != null) {
        throw failWith;
      }
      if (crashWith != null) {
        throw crashWith;
      }
      lastKey = "cloudops/backups/cloudops-backup-" + clock.instant().toEpochMilli() + ".zip";
      return new CreateResult(
          new BackupInfo(lastKey, clock.instant(), 1234, "2", "ab12", "embedded", "AES256"),
          List.of());
    }
  }
}
