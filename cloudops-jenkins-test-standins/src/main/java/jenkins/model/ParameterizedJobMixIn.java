package jenkins.model;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.QueueTaskFuture;

/** Stand-in: only the job type that can be scheduled with actions. */
public abstract class ParameterizedJobMixIn<
    JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
    RunT extends Run<JobT, RunT> & Queue.Executable> {

  /** Stand-in: a job that can be scheduled. */
  public interface ParameterizedJob<
          JobT extends
              Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
          RunT extends Run<JobT, RunT> & Queue.Executable>
      extends Queue.Task {

    default QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }
  }
}
