package hudson.scheduler;

import java.util.Calendar;

/**
 * Stand-in, signatures only: Jenkins's cron parser ("Build periodically"), which cannot run here
 * (jenkins-core is not reachable). The real class: jenkinsci/jenkins, jenkins-2.541.3,
 * core/src/main/java/hudson/scheduler/CronTabList.java ({@code create} throws an {@code
 * ANTLRException}, an {@code IllegalArgumentException}, for a line it cannot parse, lines 106-134;
 * {@code check} is true when any line matches the calendar's minute, lines 54-60).
 */
public final class CronTabList {

  private CronTabList() {}

  public static CronTabList create(String format, Hash hash) {
    throw new UnsupportedOperationException("stand-in: Jenkins's cron parser needs jenkins-core");
  }

  public synchronized boolean check(Calendar cal) {
    throw new UnsupportedOperationException("stand-in: Jenkins's cron parser needs jenkins-core");
  }

  public String checkSanity() {
    throw new UnsupportedOperationException("stand-in: Jenkins's cron parser needs jenkins-core");
  }
}
