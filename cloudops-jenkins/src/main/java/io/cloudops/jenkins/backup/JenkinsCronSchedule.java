package io.cloudops.jenkins.backup;

import hudson.scheduler.CronTabList;
import hudson.scheduler.Hash;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.function.Predicate;

/**
 * A backup schedule in the syntax of "Build periodically", read by Jenkins's own parser ({@link
 * CronTabList}, with {@code H} seeded by {@link Hash#from}), so its syntax, its {@code H}, its
 * {@code TZ=} line and its messages are Jenkins's.
 *
 * <p>Due-ness follows Jenkins's own timer: {@code hudson.triggers.Trigger.Cron#doRun}
 * (jenkinsci/jenkins, jenkins-2.541.3, core/src/main/java/hudson/triggers/Trigger.java lines
 * 237-250) checks every minute from the last one it checked up to now, so minutes missed while the
 * controller was busy or down are still checked; here the minutes after the last handled time are
 * checked the same way.
 */
final class JenkinsCronSchedule implements BackupSchedule {

  private final String expression;
  private final Predicate<Calendar> minutes;

  /**
   * @param minutes whether a minute (a calendar in the schedule's zone) is one of the schedule's
   */
  JenkinsCronSchedule(String expression, Predicate<Calendar> minutes) {
    this.expression = expression;
    this.minutes = minutes;
  }

  /**
   * @throws IllegalArgumentException (Jenkins's {@code ANTLRException}) when a line cannot be read
   */
  static BackupSchedule parse(String expression, String seed) {
    String trimmed = expression.strip();
    CronTabList tabs = CronTabList.create(trimmed, Hash.from(seed));
    return new JenkinsCronSchedule(trimmed, tabs::check);
  }

  @Override
  public String expression() {
    return expression;
  }

  @Override
  public boolean dueBetween(Instant after, Instant now, ZoneId zone) {
    ZonedDateTime minute = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    ZonedDateTime last = now.atZone(zone);
    for (; !minute.isAfter(last); minute = minute.plusMinutes(1)) {
      if (minutes.test(GregorianCalendar.from(minute))) {
        return true;
      }
    }
    return false;
  }
}
