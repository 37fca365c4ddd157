package io.cloudops.jenkins.backup;

import java.util.Calendar;

/** A stand-in for Jenkins's cron parser in the backup tests: daily schedules only. */
final class DailySchedules {

  private DailySchedules() {}

  /**
   * Jenkins's cron parser ({@code CronTabList}) cannot run here (jenkins-core is not reachable), so
   * the tests read only daily schedules {@code M H * * *}; the minutes after the last run are
   * walked, in the clock's zone, by the plugin's own {@link JenkinsCronSchedule}. The real parser
   * runs in the .hpi build's {@code JenkinsCronScheduleTest}.
   */
  static BackupSchedule parse(String expression, String seed) {
    String[] fields = expression.strip().split("\\s+");
    if (fields.length != 5 || !String.join(" ", fields).endsWith("* * *")) {
      throw new IllegalArgumentException("this test reads only 'M H * * *', not " + expression);
    }
    int minute = Integer.parseInt(fields[0]);
    int hour = Integer.parseInt(fields[1]);
    if (hour > 23) {
      throw new IllegalArgumentException("hour " + hour + " is out of range");
    }
    return new JenkinsCronSchedule(
        expression.strip(),
        cal -> cal.get(Calendar.HOUR_OF_DAY) == hour && cal.get(Calendar.MINUTE) == minute);
  }
}
