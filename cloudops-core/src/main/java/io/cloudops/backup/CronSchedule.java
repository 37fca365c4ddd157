package io.cloudops.backup;

import io.cloudops.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cron schedule in the five-field syntax of Jenkins' "Build periodically": {@code minute hour
 * day-of-month month day-of-week}, each field {@code *}, a number, a range {@code a-b}, a list
 * {@code a,b}, a step {@code *}{@code /n} or {@code a-b/n}, or {@code H} / {@code H(a-b)} (also
 * with {@code /n}); day-of-week is 0-7 with 0 and 7 both Sunday. The aliases stand for hashed
 * schedules, as in Jenkins:
 *
 * <ul>
 *   <li>{@code @hourly}: {@code H * * * *}
 *   <li>{@code @daily}: {@code H H * * *}
 *   <li>{@code @midnight}: {@code H H(0-2) * * *}
 *   <li>{@code @weekly}: {@code H H * * H}
 *   <li>{@code @monthly}: {@code H H H * *}
 *   <li>{@code @yearly}, {@code @annually}: {@code H H H H *}
 * </ul>
 *
 * <p>{@code H} is a value derived from the SHA-256 of a seed the caller gives (e.g. the bucket
 * name), one value per field: the same on every evaluation and every restart, different for
 * different seeds. In day-of-month it stays within 1-28, so it exists in every month.
 *
 * <p>As in Jenkins, a time must match every field: when both day-of-month and day-of-week are
 * restricted, a day must match both (classic Unix cron would take either).
 *
 * <p>Times are local times of the zone the caller evaluates in. A local time that does not exist
 * (clocks go forward) is taken as the local time shifted by the gap, e.g. 02:30 as 03:30; a local
 * time that occurs twice (clocks go back) counts once, at its first occurrence.
 *
 * <p>Immutable and thread-safe.
 */
public final class CronSchedule {

  /** A valid example for error messages. */
  static final String EXAMPLE = "'H 2 * * *' (daily, some minute between 02:00 and 02:59)";

  private static final Map<String, String> ALIASES =
      Map.of(
          "@hourly", "H * * * *",
          "@daily", "H H * * *",
          "@midnight", "H H(0-2) * * *",
          "@weekly", "H H * * H",
          "@monthly", "H H H * *",
          "@yearly", "H H H H *",
          "@annually", "H H H H *");

  private static final List<String> ALIAS_ORDER =
      List.of("@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually");

  /** One Gregorian cycle (400 years) and a day each side: every possible day occurs in it. */
  private static final int SEARCH_DAYS = 146_097 + 2;

  /** The days in each month at most (February: in a leap year). */
  private static final int[] MONTH_LENGTH = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private enum Field {
    MINUTE("minute", 0, 59, 0, 59),
    HOUR("hour", 0, 23, 0, 23),
    DAY_OF_MONTH("day-of-month", 1, 31, 1, 28),
    MONTH("month", 1, 12, 1, 12),
    DAY_OF_WEEK("day-of-week", 0, 7, 0, 6);

    final String label;
    final int min;
    final int max;
    final int hashMin;
    final int hashMax;

    Field(String label, int min, int max, int hashMin, int hashMax) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.hashMin = hashMin;
      this.hashMax = hashMax;
    }

    /** The range {@code *} stands for (day-of-week: 0-6, Sunday once). */
    int starMax() {
      return this == DAY_OF_WEEK ? 6 : max;
    }
  }

  private final String expression;
  private final long minutes;
  private final long hours;
  private final long daysOfMonth;
  private final long months;
  private final long daysOfWeek;

  private CronSchedule(String expression, long[] bits) {
    this.expression = expression;
    this.minutes = bits[0];
    this.hours = bits[1];
    this.daysOfMonth = bits[2];
    this.months = bits[3];
    this.daysOfWeek = bits[4];
  }

  /**
   * Parses a schedule.
   *
   * @param expression five fields or an alias, e.g. {@code H 2 * * *}
   * @param seed what {@code H} is derived from, e.g. the bucket name; the same seed gives the same
   *     times
   * @throws InvalidInputException when the expression is not valid; the one-line message says what
   *     is wrong and shows a valid example
   */
  public static CronSchedule parse(String expression, String seed) {
    Objects.requireNonNull(seed, "seed");
    if (expression == null || expression.isBlank()) {
      throw new InvalidInputException(
          "The schedule is empty; give five fields (minute hour day-of-month month day-of-week),"
              + " e.g. "
              + EXAMPLE);
    }
    String text = expression.strip();
    String fields = text;
    if (text.startsWith("@")) {
      fields = ALIASES.get(text);
      if (fields == null) {
        throw invalid(
            text, "unknown alias " + text + "; the aliases are " + String.join(", ", ALIAS_ORDER));
      }
    }
    String[] parts = fields.split("\\s+");
    if (parts.length != 5) {
      throw invalid(
          text,
          "it has "
              + parts.length
              + (parts.length == 1 ? " field" : " fields")
              + ", a schedule has 5 (minute hour day-of-month month day-of-week)");
    }
    byte[] hash = sha256(seed);
    long[] bits = new long[5];
    Field[] order = Field.values();
    for (int i = 0; i < order.length; i++) {
      bits[i] = parseField(text, order[i], parts[i], hash);
    }
    if (!anyDayExists(bits[2], bits[3])) {
      throw invalid(
          text,
          "it never runs: no month in '"
              + parts[3]
              + "' has a day in '"
              + parts[2]
              + "' (February has 29 days at most, April, June, September and November 30)");
    }
    return new CronSchedule(text, bits);
  }

  /** The expression as given (stripped), e.g. {@code @daily}. */
  public String expression() {
    return expression;
  }

  /**
   * The latest scheduled time at or before an instant: the start of a scheduled minute.
   *
   * @param zone the time zone whose local times the fields describe
   * @return empty only when no scheduled time lies within 400 years before the instant
   */
  public Optional<Instant> lastTimeAtOrBefore(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    // Start a day late and look one day past the first hit: around a DST change a local time of
    // one day can map to an instant on the next.
    LocalDate first = LocalDate.ofInstant(instant, zone).plusDays(1);
    Instant best = null;
    LocalDate firstHit = null;
    for (int back = 0; back < SEARCH_DAYS; back++) {
      LocalDate day = first.minusDays(back);
      if (firstHit != null && day.isBefore(firstHit.minusDays(1))) {
        break;
      }
      if (!matches(day)) {
        continue;
      }
      Instant latest = latestOn(day, zone, instant);
      if (latest != null) {
        if (firstHit == null) {
          firstHit = day;
        }
        if (best == null || latest.isAfter(best)) {
          best = latest;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a scheduled time lies in {@code (lastRun, now]}. */
  public boolean isDue(Instant lastRun, Instant now, ZoneId zone) {
    Objects.requireNonNull(lastRun, "lastRun");
    return lastTimeAtOrBefore(now, zone).map(t -> t.isAfter(lastRun)).orElse(false);
  }

  private boolean matches(LocalDate day) {
    return isSet(months, day.getMonthValue())
        && isSet(daysOfMonth, day.getDayOfMonth())
        && isSet(daysOfWeek, day.getDayOfWeek().getValue() % 7);
  }

  /** The latest scheduled instant of a local day that is not after the limit, or null. */
  private Instant latestOn(LocalDate day, ZoneId zone, Instant limit) {
    // Without an offset change near the day, later local times are later instants, so the first
    // hit going backwards is the latest; otherwise every time of the day is compared.
    boolean monotonic = !offsetChangesNear(day, zone);
    Instant best = null;
    for (int hour = 23; hour >= 0; hour--) {
      if (!isSet(hours, hour)) {
        continue;
      }
      for (int minute = 59; minute >= 0; minute--) {
        if (!isSet(minutes, minute)) {
          continue;
        }
        Instant at;
        try {
          at = ZonedDateTime.of(day, LocalTime.of(hour, minute), zone).toInstant();
        } catch (DateTimeException e) {
          continue; // beyond the supported years
        }
        if (!at.isAfter(limit) && (best == null || at.isAfter(best))) {
          best = at;
          if (monotonic) {
            return best;
          }
        }
      }
    }
    return best;
  }

  private static boolean offsetChangesNear(LocalDate day, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return false;
    }
    Instant from = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    ZoneOffsetTransition next = rules.nextTransition(from);
    return next != null && next.getInstant().isBefore(from.plus(Duration.ofDays(3)));
  }

  private static long parseField(String expression, Field field, String text, byte[] hash) {
    long bits = 0;
    for (String item : text.split(",", -1)) {
      if (item.isEmpty()) {
        throw invalid(expression, field.label + " '" + text + "' has an empty list entry");
      }
      bits |= parseItem(expression, field, item, hash);
    }
    return bits;
  }

  private static long parseItem(String expression, Field field, String item, byte[] hash) {
    String base = item;
    Integer step = null;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      base = item.substring(0, slash);
      step = parseStep(expression, field, item, item.substring(slash + 1));
    }
    int from;
    int to;
    boolean hashed = false;
    if (base.equals("*")) {
      from = field.min;
      to = field.starMax();
    } else if (base.equals("H") || base.startsWith("H(")) {
      hashed = true;
      if (base.equals("H")) {
        from = field.hashMin;
        to = field.hashMax;
      } else {
        if (!base.endsWith(")") || base.indexOf('-') < 0) {
          throw invalid(
              expression,
              field.label + " '" + item + "' is not H or H(a-b), e.g. H(0-29) in the minute field");
        }
        int[] range = parseRange(expression, field, item, base.substring(2, base.length() - 1));
        from = range[0];
        to = range[1];
      }
    } else if (base.indexOf('-') >= 0) {
      int[] range = parseRange(expression, field, item, base);
      from = range[0];
      to = range[1];
    } else {
      from = parseNumber(expression, field, item, base);
      to = from;
      if (step != null) {
        throw invalid(
            expression,
            field.label
                + " '"
                + item
                + "' has a step after a single value; write */"
                + step
                + " or "
                + from
                + "-"
                + field.max
                + "/"
                + step);
      }
    }
    if (hashed) {
      int width = to - from + 1;
      int offset = hashValue(hash, field, step == null ? width : Math.min(step, width));
      if (step == null) {
        return bit(field, from + offset);
      }
      from += offset;
    }
    long bits = 0;
    for (int value = from; value <= to; value += step == null ? 1 : step) {
      bits |= bit(field, value);
    }
    return bits;
  }

  private static int parseStep(String expression, Field field, String item, String text) {
    int span = field.starMax() - field.min + 1;
    int step;
    try {
      step = digits(text) ? Integer.parseInt(text) : -1;
    } catch (NumberFormatException e) {
      step = -1;
    }
    if (step < 1 || step > span) {
      throw invalid(
          expression,
          field.label
              + " '"
              + item
              + "' needs a step from 1 to "
              + span
              + " after the /, e.g. */15 in the minute field");
    }
    return step;
  }

  private static int[] parseRange(String expression, Field field, String item, String text) {
    int dash = text.indexOf('-');
    int from = parseNumber(expression, field, item, text.substring(0, dash));
    int to = parseNumber(expression, field, item, text.substring(dash + 1));
    if (from > to) {
      throw invalid(
          expression,
          field.label
              + " range '"
              + item
              + "' goes backwards; write the lower bound first, e.g. "
              + to
              + "-"
              + from);
    }
    return new int[] {from, to};
  }

  private static int parseNumber(String expression, Field field, String item, String text) {
    if (!digits(text)) {
      throw invalid(
          expression,
          field.label
              + " '"
              + item
              + "' is not a number, a range, * or H"
              + (field == Field.DAY_OF_WEEK ? " (use 0-7 for Sunday-Sunday, not names)" : ""));
    }
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      value = Integer.MAX_VALUE;
    }
    if (value < field.min || value > field.max) {
      throw invalid(
          expression,
          field.label
              + " "
              + text
              + " is outside "
              + field.min
              + "-"
              + field.max
              + (field == Field.DAY_OF_WEEK ? " (0 and 7 are Sunday)" : ""));
    }
    return value;
  }

  private static boolean digits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static long bit(Field field, int value) {
    return 1L << (field == Field.DAY_OF_WEEK && value == 7 ? 0 : value);
  }

  private static boolean isSet(long bits, int value) {
    return (bits & (1L << value)) != 0;
  }

  /** A stable value in {@code [0, modulus)} for a field, from four bytes of the seed's hash. */
  private static int hashValue(byte[] hash, Field field, int modulus) {
    int at = field.ordinal() * 4;
    long value =
        ((hash[at] & 0xffL) << 24)
            | ((hash[at + 1] & 0xffL) << 16)
            | ((hash[at + 2] & 0xffL) << 8)
            | (hash[at + 3] & 0xffL);
    return (int) (value % modulus);
  }

  private static byte[] sha256(String seed) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static boolean anyDayExists(long daysOfMonth, long months) {
    for (int month = 1; month <= 12; month++) {
      if (!isSet(months, month)) {
        continue;
      }
      for (int day = 1; day <= MONTH_LENGTH[month]; day++) {
        if (isSet(daysOfMonth, day)) {
          return true;
        }
      }
    }
    return false;
  }

  private static InvalidInputException invalid(String expression, String problem) {
    return new InvalidInputException(
        "The schedule '" + expression + "' is not valid: " + problem + "; e.g. " + EXAMPLE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CronSchedule s
        && s.expression.equals(expression)
        && s.minutes == minutes
        && s.hours == hours
        && s.daysOfMonth == daysOfMonth
        && s.months == months
        && s.daysOfWeek == daysOfWeek;
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression, minutes, hours, daysOfMonth, months, daysOfWeek);
  }

  @Override
  public String toString() {
    return expression;
  }
}
