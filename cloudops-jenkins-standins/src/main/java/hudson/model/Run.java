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

  /**
   * Not modelled: the real one throws IllegalStateException unless the build is BUILDING, then only
   * ever makes the result worse (jenkins-2.541.3 commit 4d8ef2f,
   * core/src/main/java/hudson/model/Run.java:483-493); the stand-in has no build state, so it
   * refuses instead of guessing.
   */
  public void setResult(Result r) {
    throw new UnsupportedOperationException("stand-in: a build's state is not modelled");
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
