package hudson.model;

/** Stand-in: the build queue; only the task and executable types the job types implement. */
public class Queue {

  private Queue() {}

  /** Stand-in: something that can be scheduled (a job). */
  public interface Task {}

  /** Stand-in: a task that runs without an executor (a Pipeline job). */
  public interface FlyweightTask extends Queue.Task {}

  /** Stand-in: what a task runs (a build). */
  public interface Executable {}
}
