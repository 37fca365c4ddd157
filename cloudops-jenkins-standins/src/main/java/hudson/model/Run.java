package hudson.model;

import io.cloudops.standins.StandIns;
import java.io.IOException;
import java.util.List;

/** Stand-in: one build of a job. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends Actionable {

  protected final JobT project;
  public int number;
  protected long timestamp;
  protected Result result;

  protected Run(JobT job, long timestamp) {
    this.project = job;
    this.timestamp = timestamp;
  }

  public JobT getParent() {
    return project;
  }

  public int getNumber() {
    return number;
  }

  public String getId() {
    return Integer.toString(number);
  }

  public String getFullDisplayName() {
    return project.getFullName() + " #" + number;
  }

  public String getUrl() {
    return "job/" + project.getFullName() + "/" + number + "/";
  }

  public String getExternalizableId() {
    return project.getFullName() + "#" + number;
  }

  public Result getResult() {
    return result;
  }

  public void setResult(Result r) {
    result = result == null ? r : (r.isWorseThan(result) ? r : result);
  }

  /** Stand-in: persistence is not modelled; counts saves for tests. */
  public synchronized void save() throws IOException {
    StandIns.recordSave(this);
  }

  public List<Cause> getCauses() {
    return StandIns.causesOf(this);
  }

  public <T extends Cause> T getCause(Class<T> type) {
    for (Cause cause : getCauses()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
