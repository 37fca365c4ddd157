package hudson.model;

/** Stand-in: a job (a project or pipeline) whose runs are builds. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    implements Item {

  private final String name;

  @SuppressWarnings("rawtypes")
  protected Job(ItemGroup parent, String name) {
    this.name = name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getFullName() {
    return name;
  }
}
