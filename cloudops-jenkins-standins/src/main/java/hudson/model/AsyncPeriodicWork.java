package hudson.model;

import java.io.IOException;
import java.util.logging.Level;

/**
 * Stand-in: a {@link PeriodicWork} whose {@link #execute(TaskListener)} real Jenkins runs on a
 * thread of its own (skipping a run while the previous one is still going), logging to {@code
 * JENKINS_HOME/logs/tasks/<name>.log}. Tests call {@code execute} directly.
 */
public abstract class AsyncPeriodicWork extends PeriodicWork {

  /** Human-readable name of the work; also the name of its log file. */
  public final String name;

  protected AsyncPeriodicWork(String name) {
    this.name = name;
  }

  /** The level real Jenkins logs "Started"/"Finished" lines of every run at. */
  protected Level getNormalLoggingLevel() {
    return Level.INFO;
  }

  /** One run; the listener writes to the work's log file. */
  protected abstract void execute(TaskListener listener) throws IOException, InterruptedException;
}
