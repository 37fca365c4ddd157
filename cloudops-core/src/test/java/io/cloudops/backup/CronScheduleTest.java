package io.cloudops.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CronScheduleTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String SEED = "my-cloudops-backups";

  /** Every scheduled time in [from, to], oldest first, found by walking back from {@code to}. */
  private static List<Instant> times(CronSchedule schedule, String from, String to, ZoneId zone) {
    Instant start = Instant.parse(from);
    List<Instant> found = new ArrayList<>();
    Instant at = Instant.parse(to);
    while (true) {
      Optional<Instant> last = schedule.lastTimeAtOrBefore(at, zone);
      if (last.isEmpty() || last.get().isBefore(start)) {
        break;
      }
      found.add(0, last.get());
      at = last.get().minusSeconds(1);
    }
    return found;
  }

  private static List<Instant> times(String expression, String from, String to) {
    return times(CronSchedule.parse(expression, SEED), from, to, UTC);
  }

  private static List<Instant> instants(String... isoInstants) {
    return Stream.of(isoInstants).map(Instant::parse).toList();
  }

  private static ZonedDateTime utc(Instant instant) {
    return instant.atZone(UTC);
  }

  // ---- syntax elements ----

  @Test
  void star_matchesEveryMinute_andTheLastTimeIsTheStartOfTheCurrentMinute() {
    CronSchedule everyMinute = CronSchedule.parse("* * * * *", SEED);

    assertThat(everyMinute.lastTimeAtOrBefore(Instant.parse("2026-11-20T10:15:42Z"), UTC))
        .contains(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(everyMinute.lastTimeAtOrBefore(Instant.parse("2026-11-20T10:15:00Z"), UTC))
        .contains(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(times("* * * * *", "2026-11-20T10:00:00Z", "2026-11-20T10:59:59Z")).hasSize(60);
  }

  @Test
  void numbers_fixTheMinuteAndHour_andAnEarlierTimeTodayMeansYesterday() {
    CronSchedule daily = CronSchedule.parse("30 2 * * *", SEED);

    assertThat(daily.lastTimeAtOrBefore(Instant.parse("2026-11-20T01:00:00Z"), UTC))
        .contains(Instant.parse("2026-11-19T02:30:00Z"));
    assertThat(daily.lastTimeAtOrBefore(Instant.parse("2026-11-20T02:30:00Z"), UTC))
        .contains(Instant.parse("2026-11-20T02:30:00Z"));
  }

  @Test
  void range_includesBothBounds() {
    assertThat(times("0 9-11 * * *", "2026-11-20T00:00:00Z", "2026-11-20T23:59:00Z"))
        .isEqualTo(
            instants("2026-11-20T09:00:00Z", "2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z"));
  }

  @Test
  void list_combinesValuesAndRanges() {
    assertThat(times("0,20-21,45 3 * * *", "2026-11-20T00:00:00Z", "2026-11-20T23:59:00Z"))
        .isEqualTo(
            instants(
                "2026-11-20T03:00:00Z",
                "2026-11-20T03:20:00Z",
                "2026-11-20T03:21:00Z",
                "2026-11-20T03:45:00Z"));
  }

  @Test
  void starStep_countsFromTheFieldsFirstValue() {
    assertThat(times("*/15 4 * * *", "2026-11-20T00:00:00Z", "2026-11-20T23:59:00Z"))
        .isEqualTo(
            instants(
                "2026-11-20T04:00:00Z",
                "2026-11-20T04:15:00Z",
                "2026-11-20T04:30:00Z",
                "2026-11-20T04:45:00Z"));
    assertThat(times("0 */6 * * *", "2026-11-20T00:00:00Z", "2026-11-20T23:59:00Z"))
        .extracting(t -> utc(t).getHour())
        .containsExactly(0, 6, 12, 18);
  }

  @Test
  void rangeStep_countsFromTheRangesStart_andStopsAtItsEnd() {
    assertThat(times("10-35/10 5 * * *", "2026-11-20T00:00:00Z", "2026-11-20T23:59:00Z"))
        .extracting(t -> utc(t).getMinute())
        .containsExactly(10, 20, 30);
  }

  @Test
  void dayOfWeek_zeroAndSevenAreBothSunday() {
    List<Instant> zero = times("0 12 * * 0", "2026-11-01T00:00:00Z", "2026-11-30T23:59:00Z");
    List<Instant> seven = times("0 12 * * 7", "2026-11-01T00:00:00Z", "2026-11-30T23:59:00Z");

    assertThat(zero).hasSize(5).isEqualTo(seven);
    assertThat(zero).allSatisfy(t -> assertThat(utc(t).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
  }

  @Test
  void dayOfWeekRange_upToSeven_endsOnSunday() {
    assertThat(times("0 12 * * 5-7", "2026-11-16T00:00:00Z", "2026-11-22T23:59:00Z"))
        .extracting(t -> utc(t).getDayOfWeek())
        .containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void dayOfMonthAndMonth_pickOneDayAYear() {
    CronSchedule newYear = CronSchedule.parse("0 0 1 1 *", SEED);

    assertThat(newYear.lastTimeAtOrBefore(Instant.parse("2026-11-20T00:00:00Z"), UTC))
        .contains(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void dayOfMonthAndDayOfWeek_mustBothMatch_asInJenkins() {
    // Friday the 13th: 2026-02-13 and 2026-03-13 are Fridays; 2026-03-06 is a Friday, not a 13th
    CronSchedule fridayThe13th = CronSchedule.parse("0 0 13 * 5", SEED);

    assertThat(fridayThe13th.lastTimeAtOrBefore(Instant.parse("2026-03-12T00:00:00Z"), UTC))
        .contains(Instant.parse("2026-02-13T00:00:00Z"));
  }

  @Test
  void february29_isFoundInTheLastLeapYear() {
    CronSchedule leapDay = CronSchedule.parse("0 0 29 2 *", SEED);

    assertThat(leapDay.lastTimeAtOrBefore(Instant.parse("2026-06-01T00:00:00Z"), UTC))
        .contains(Instant.parse("2024-02-29T00:00:00Z"));
  }

  // ---- isDue ----

  @Test
  void isDue_whenAScheduledMinuteLiesAfterTheLastRunAndAtOrBeforeNow() {
    CronSchedule daily = CronSchedule.parse("30 2 * * *", SEED);
    Instant scheduled = Instant.parse("2026-11-20T02:30:00Z");

    assertThat(daily.isDue(scheduled.minusSeconds(60), scheduled, UTC)).isTrue();
    assertThat(daily.isDue(scheduled.minusSeconds(60), scheduled.plusSeconds(59), UTC)).isTrue();
    assertThat(daily.isDue(scheduled, scheduled.plusSeconds(3600), UTC))
        .as("the run at the scheduled minute itself")
        .isFalse();
    assertThat(daily.isDue(scheduled.minusSeconds(120), scheduled.minusSeconds(1), UTC)).isFalse();
  }

  @Test
  void isDue_afterADowntimeThatSpansSeveralScheduledTimes_isOneCatchUp() {
    CronSchedule daily = CronSchedule.parse("30 2 * * *", SEED);
    Instant lastRun = Instant.parse("2026-11-17T02:30:05Z");
    Instant backUp = Instant.parse("2026-11-20T09:00:00Z");

    assertThat(daily.isDue(lastRun, backUp, UTC)).isTrue();
    assertThat(daily.isDue(backUp, backUp.plusSeconds(60), UTC)).isFalse();
  }

  // ---- time zones ----

  @Test
  void utc_hasNoDaylightSaving_soADailyTimeIsTheSameInstantEveryDay() {
    assertThat(times("30 2 * * *", "2026-03-28T00:00:00Z", "2026-03-30T23:59:00Z"))
        .isEqualTo(
            instants("2026-03-28T02:30:00Z", "2026-03-29T02:30:00Z", "2026-03-30T02:30:00Z"));
  }

  @Test
  void berlinSpringForward_aMissingLocalTimeRunsShiftedByTheGap() {
    // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:30 does not exist that day
    CronSchedule daily = CronSchedule.parse("30 2 * * *", SEED);

    assertThat(times(daily, "2026-03-28T00:00:00Z", "2026-03-30T23:59:00Z", BERLIN))
        .isEqualTo(
            instants(
                "2026-03-28T01:30:00Z", // 02:30 CET
                "2026-03-29T01:30:00Z", // 03:30 CEST
                "2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void berlinSpringForward_anHourlyScheduleStaysHourly() {
    CronSchedule hourly = CronSchedule.parse("0 * * * *", SEED);

    List<Instant> found = times(hourly, "2026-03-28T22:00:00Z", "2026-03-29T04:00:00Z", BERLIN);

    assertThat(found).hasSize(7);
    for (int i = 1; i < found.size(); i++) {
      assertThat(Duration.between(found.get(i - 1), found.get(i))).isEqualTo(Duration.ofHours(1));
    }
  }

  @Test
  void berlinFallBack_aLocalTimeThatOccursTwiceRunsOnce() {
    // 2026-10-25 03:00 CEST falls back to 02:00 CET: 02:30 happens at 00:30Z and at 01:30Z
    CronSchedule daily = CronSchedule.parse("30 2 * * *", SEED);

    assertThat(times(daily, "2026-10-24T00:00:00Z", "2026-10-26T23:59:00Z", BERLIN))
        .isEqualTo(
            instants(
                "2026-10-24T00:30:00Z", // 02:30 CEST
                "2026-10-25T00:30:00Z", // the first 02:30 (CEST)
                "2026-10-26T01:30:00Z")); // 02:30 CET
    Instant secondPass = Instant.parse("2026-10-25T01:45:00Z"); // 02:45 CET
    assertThat(daily.lastTimeAtOrBefore(secondPass, BERLIN))
        .contains(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(daily.isDue(Instant.parse("2026-10-25T00:30:10Z"), secondPass, BERLIN)).isFalse();
  }

  // ---- H ----

  @Test
  void hash_isTheSameForTheSameSeed_onEveryParse() {
    CronSchedule first = CronSchedule.parse("H H * * *", "bucket-a");
    CronSchedule again = CronSchedule.parse("H H * * *", "bucket-a");
    Instant now = Instant.parse("2026-11-20T12:00:00Z");

    assertThat(again).isEqualTo(first);
    assertThat(again.lastTimeAtOrBefore(now, UTC)).isEqualTo(first.lastTimeAtOrBefore(now, UTC));
    assertThat(times(first, "2026-11-18T00:00:00Z", "2026-11-20T23:59:00Z", UTC))
        .hasSize(3)
        .extracting(t -> utc(t).toLocalTime())
        .containsOnly(utc(first.lastTimeAtOrBefore(now, UTC).orElseThrow()).toLocalTime());
  }

  @Test
  void hash_spreadsDifferentSeedsOverTheDay() {
    Instant now = Instant.parse("2026-11-20T23:59:00Z");
    Set<Instant> distinct = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      distinct.add(
          CronSchedule.parse("H H * * *", "bucket-" + i)
              .lastTimeAtOrBefore(now, UTC)
              .orElseThrow());
    }

    assertThat(distinct).hasSizeGreaterThan(10);
  }

  @Test
  void hash_staysInsideItsFieldsAndInsideAGivenRange() {
    Instant now = Instant.parse("2026-11-20T12:00:00Z");
    Set<Integer> hours = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      ZonedDateTime at =
          utc(
              CronSchedule.parse("H H(3-5) H * H", "seed-" + i)
                  .lastTimeAtOrBefore(now, UTC)
                  .orElseThrow());
      assertThat(at.getMinute()).isBetween(0, 59);
      assertThat(at.getHour()).isBetween(3, 5);
      assertThat(at.getDayOfMonth()).as("H in day-of-month exists in every month").isBetween(1, 28);
      hours.add(at.getHour());
    }

    assertThat(hours).containsExactlyInAnyOrder(3, 4, 5);
  }

  @Test
  void hashStep_startsAtAHashedOffsetBelowTheStep() {
    for (int i = 0; i < 20; i++) {
      List<Instant> found =
          times(
              CronSchedule.parse("H/15 * * * *", "seed-" + i),
              "2026-11-20T10:00:00Z",
              "2026-11-20T10:59:59Z",
              UTC);

      assertThat(found).hasSize(4);
      int first = utc(found.get(0)).getMinute();
      assertThat(first).isBetween(0, 14);
      assertThat(found)
          .extracting(t -> utc(t).getMinute())
          .containsExactly(first, first + 15, first + 30, first + 45);
    }
  }

  @Test
  void hashRangeStep_staysInsideTheRange() {
    for (int i = 0; i < 20; i++) {
      List<Instant> found =
          times(
              CronSchedule.parse("H(0-29)/10 * * * *", "seed-" + i),
              "2026-11-20T10:00:00Z",
              "2026-11-20T10:59:59Z",
              UTC);

      assertThat(found).hasSize(3).allSatisfy(t -> assertThat(utc(t).getMinute()).isLessThan(30));
    }
  }

  // ---- aliases ----

  @Test
  void hourly_runsOnceAnHour_atTheMinuteOfHStar() {
    CronSchedule hourly = CronSchedule.parse("@hourly", SEED);
    CronSchedule spelledOut = CronSchedule.parse("H * * * *", SEED);

    List<Instant> found = times(hourly, "2026-11-20T00:00:00Z", "2026-11-20T02:59:00Z", UTC);
    assertThat(found)
        .hasSize(3)
        .isEqualTo(times(spelledOut, "2026-11-20T00:00:00Z", "2026-11-20T02:59:00Z", UTC));
  }

  @Test
  void daily_isHashedHourAndMinute() {
    List<Instant> daily =
        times(
            CronSchedule.parse("@daily", SEED),
            "2026-11-18T00:00:00Z",
            "2026-11-20T23:59:00Z",
            UTC);

    assertThat(daily)
        .hasSize(3)
        .isEqualTo(
            times(
                CronSchedule.parse("H H * * *", SEED),
                "2026-11-18T00:00:00Z",
                "2026-11-20T23:59:00Z",
                UTC));
  }

  @Test
  void midnight_runsBetweenMidnightAndThreeInTheMorning() {
    Instant now = Instant.parse("2026-11-20T12:00:00Z");
    for (int i = 0; i < 50; i++) {
      ZonedDateTime at =
          utc(
              CronSchedule.parse("@midnight", "seed-" + i)
                  .lastTimeAtOrBefore(now, UTC)
                  .orElseThrow());
      assertThat(at.getHour()).isBetween(0, 2);
    }
  }

  @Test
  void weekly_runsOnceAWeek_onTheSameDay() {
    List<Instant> weekly =
        times(
            CronSchedule.parse("@weekly", SEED),
            "2026-11-01T00:00:00Z",
            "2026-11-28T23:59:00Z",
            UTC);

    assertThat(weekly).hasSize(4);
    for (int i = 1; i < weekly.size(); i++) {
      assertThat(Duration.between(weekly.get(i - 1), weekly.get(i))).isEqualTo(Duration.ofDays(7));
    }
  }

  @Test
  void monthly_runsOnceAMonth_onADayEveryMonthHas() {
    List<Instant> monthly =
        times(
            CronSchedule.parse("@monthly", SEED),
            "2026-01-01T00:00:00Z",
            "2026-12-31T23:59:00Z",
            UTC);

    assertThat(monthly).hasSize(12);
    assertThat(monthly)
        .extracting(t -> utc(t).getDayOfMonth())
        .containsOnly(utc(monthly.get(0)).getDayOfMonth());
    assertThat(utc(monthly.get(0)).getDayOfMonth()).isBetween(1, 28);
  }

  @Test
  void yearlyAndAnnually_areTheSame_onceAYear() {
    List<Instant> yearly =
        times(
            CronSchedule.parse("@yearly", SEED),
            "2023-01-01T00:00:00Z",
            "2026-12-31T23:59:00Z",
            UTC);
    List<Instant> annually =
        times(
            CronSchedule.parse("@annually", SEED),
            "2023-01-01T00:00:00Z",
            "2026-12-31T23:59:00Z",
            UTC);

    assertThat(yearly).hasSize(4).isEqualTo(annually);
  }

  @Test
  void expression_keepsWhatWasGiven_stripped() {
    assertThat(CronSchedule.parse("  H 2 * * *\t", SEED).expression()).isEqualTo("H 2 * * *");
    assertThat(CronSchedule.parse("@daily", SEED)).hasToString("@daily");
  }

  // ---- bad input ----

  static Stream<Arguments> badSchedules() {
    return Stream.of(
        Arguments.of("", "The schedule is empty"),
        Arguments.of("   ", "The schedule is empty"),
        Arguments.of("H 2 * *", "it has 4 fields, a schedule has 5"),
        Arguments.of("H 2 * * * *", "it has 6 fields, a schedule has 5"),
        Arguments.of(
            "@often",
            "unknown alias @often; the aliases are @hourly, @daily, @midnight, @weekly,"
                + " @monthly, @yearly, @annually"),
        Arguments.of("60 * * * *", "minute 60 is outside 0-59"),
        Arguments.of("0 24 * * *", "hour 24 is outside 0-23"),
        Arguments.of("0 0 0 * *", "day-of-month 0 is outside 1-31"),
        Arguments.of("0 0 32 * *", "day-of-month 32 is outside 1-31"),
        Arguments.of("0 0 * 13 *", "month 13 is outside 1-12"),
        Arguments.of("0 0 * * 8", "day-of-week 8 is outside 0-7 (0 and 7 are Sunday)"),
        Arguments.of("x * * * *", "minute 'x' is not a number, a range, * or H"),
        Arguments.of("0 0 * * MON", "day-of-week 'MON' is not a number, a range, * or H (use 0-7"),
        Arguments.of("0 99999999999 * * *", "hour 99999999999 is outside 0-23"),
        Arguments.of(
            "0 17-9 * * *", "hour range '17-9' goes backwards;" + " write the lower bound"),
        Arguments.of("*/0 * * * *", "minute '*/0' needs a step from 1 to 60"),
        Arguments.of("*/90 * * * *", "minute '*/90' needs a step from 1 to 60"),
        Arguments.of("0 0 * * */x", "day-of-week '*/x' needs a step from 1 to 7"),
        Arguments.of(
            "5/10 * * * *", "minute '5/10' has a step after a single value; write */10 or 5-59/10"),
        Arguments.of("0,,30 * * * *", "minute '0,,30' has an empty list entry"),
        Arguments.of("H(5) * * * *", "minute 'H(5)' is not H or H(a-b)"),
        Arguments.of("H(50-70) * * * *", "minute 70 is outside 0-59"),
        Arguments.of("0 0 30 2 *", "it never runs: no month in '2' has a day in '30'"),
        Arguments.of("0 0 31 4,6,9,11 *", "it never runs: no month in '4,6,9,11'"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource("badSchedules")
  void badSchedule_failsWithOneLineSayingWhatIsWrong_andAValidExample(
      String expression, String problem) {
    assertThatThrownBy(() -> CronSchedule.parse(expression, SEED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(problem)
        .hasMessageEndingWith("e.g. 'H 2 * * *' (daily, some minute between 02:00 and 02:59)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void badSchedule_namesTheWholeExpression() {
    assertThatThrownBy(() -> CronSchedule.parse("0 25 * * *", SEED))
        .hasMessageStartingWith("The schedule '0 25 * * *' is not valid: hour 25 is outside 0-23");
  }

  @Test
  void nullSchedule_isAnEmptySchedule() {
    assertThatThrownBy(() -> CronSchedule.parse(null, SEED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("The schedule is empty");
  }

  @Test
  void everyValidFieldValue_parses() {
    IntStream.rangeClosed(0, 59)
        .forEach(m -> assertThat(CronSchedule.parse(m + " * * * *", SEED)).isNotNull());
    IntStream.rangeClosed(0, 7)
        .forEach(d -> assertThat(CronSchedule.parse("0 0 * * " + d, SEED)).isNotNull());
  }
}
