package io.cloudops.jenkins.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The backup schedule read by Jenkins's own cron parser (jenkins-core on the classpath of the .hpi
 * build): its syntax and messages, {@code H} seeded with the bucket, local times of the zone.
 */
class JenkinsCronScheduleTest {

  private static final Instant MIDNIGHT = Instant.parse("2026-11-20T00:00:00Z");

  @Test
  void aDailySchedule_isDueOnceADay_atItsMinute() {
    BackupSchedule daily = JenkinsCronSchedule.parse("30 2 * * *", "bucket");

    assertThat(daily.dueBetween(MIDNIGHT, MIDNIGHT.plusSeconds(2 * 3600 + 29 * 60), ZoneOffset.UTC))
        .isFalse();
    assertThat(daily.dueBetween(MIDNIGHT, MIDNIGHT.plusSeconds(2 * 3600 + 30 * 60), ZoneOffset.UTC))
        .isTrue();
  }

  @Test
  void theMinutesAreLocalTimesOfTheZone() {
    BackupSchedule daily = JenkinsCronSchedule.parse("30 2 * * *", "bucket");
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(daily.dueBetween(MIDNIGHT, Instant.parse("2026-11-20T01:30:00Z"), berlin)).isTrue();
    assertThat(daily.dueBetween(MIDNIGHT, Instant.parse("2026-11-20T01:29:00Z"), berlin))
        .isFalse();
  }

  @Test
  void hIsSeededWithTheBucket_soAnHourlyScheduleKeepsItsMinute() {
    BackupSchedule hourly = JenkinsCronSchedule.parse("H * * * *", "my-cloudops-backups");
    List<Instant> due = new ArrayList<>();
    Instant last = MIDNIGHT;
    for (int minute = 1; minute <= 180; minute++) {
      Instant now = MIDNIGHT.plus(Duration.ofMinutes(minute));
      if (hourly.dueBetween(last, now, ZoneOffset.UTC)) {
        due.add(now);
        last = now;
      }
    }

    assertThat(due).hasSize(3);
    assertThat(Duration.between(due.get(0), due.get(1))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aScheduleJenkinsCannotRead_isRefusedWithItsMessage() {
    assertThatThrownBy(() -> JenkinsCronSchedule.parse("0 25 * * *", "bucket"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25");
  }
}
