package io.cloudops.jenkins.backup;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import io.cloudops.jenkins.CloudOpsGlobalConfiguration;
import io.cloudops.jenkins.DefaultJenkinsFacade;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.engines.CoreBackupRunner;
import io.cloudops.jenkins.spi.BackupRunner;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

/**
 * Scheduled backups of the controller's store: Jenkins runs this every minute on a thread of its
 * own (never two at once); each run hands the global configuration's backup settings to {@link
 * ScheduledBackups}, which decides and records, and its log line goes to {@code
 * JENKINS_HOME/logs/tasks/CloudOps backup.log}.
 */
@Extension
public final class CloudOpsBackupWork extends AsyncPeriodicWork {

  static final String NAME = "CloudOps backup";

  private final JenkinsFacade jenkins;
  private final BackupRunner runner;
  private final Clock clock;
  private final BackupSchedule.Parser schedules;

  /** The controller's: its environment for the AWS identity, its time zone for the schedule. */
  public CloudOpsBackupWork() {
    this(new DefaultJenkinsFacade(), System.getenv(), Clock.systemDefaultZone());
  }

  CloudOpsBackupWork(
      JenkinsFacade jenkins, Map<String, String> controllerEnvironment, Clock clock) {
    this(jenkins, controllerEnvironment, clock, JenkinsCronSchedule::parse);
  }

  /**
   * @param schedules reads the backup schedule (Jenkins's cron parser in Jenkins)
   */
  CloudOpsBackupWork(
      JenkinsFacade jenkins,
      Map<String, String> controllerEnvironment,
      Clock clock,
      BackupSchedule.Parser schedules) {
    super(NAME);
    this.schedules = schedules;
    this.jenkins = jenkins;
    this.runner = new CoreBackupRunner(jenkins, controllerEnvironment, clock);
    this.clock = clock;
  }

  @Override
  public long getRecurrencePeriod() {
    return MIN;
  }

  /** "Started"/"Finished" every minute would flood the controller log. */
  @Override
  protected Level getNormalLoggingLevel() {
    return Level.FINE;
  }

  @Override
  protected void execute(TaskListener listener) throws IOException {
    CloudOpsGlobalConfiguration config = jenkins.configuration();
    BackupSettings settings =
        new BackupSettings(
            Optional.ofNullable(config.getBackupBucket()),
            Optional.ofNullable(config.getBackupSchedule()),
            config.getBackupKeep());
    new ScheduledBackups(
            new BackupStateFile(jenkins.rootDir().resolve(BackupStateFile.NAME)),
            runner,
            clock,
            schedules)
        .check(settings, listener.getLogger()::println);
  }
}
