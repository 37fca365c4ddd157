package org.jenkinsci.plugins.workflow.steps;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stand-in: runs {@link #run()} on a background thread (not the pipeline thread) and completes the
 * context with its result; {@link #stop} interrupts that thread.
 */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
  private static final long serialVersionUID = 1L;

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "SynchronousNonBlockingStepExecution stand-in");
            t.setDaemon(true);
            return t;
          });

  private transient volatile Future<?> task;

  protected SynchronousNonBlockingStepExecution(StepContext context) {
    super(context);
  }

  protected abstract T run() throws Exception;

  @Override
  public final boolean start() throws Exception {
    task =
        POOL.submit(
            () -> {
              try {
                getContext().onSuccess(run());
              } catch (Throwable t) {
                getContext().onFailure(t);
              }
            });
    return false;
  }

  @Override
  public void stop(Throwable cause) throws Exception {
    Future<?> running = task;
    if (running != null) {
      running.cancel(true);
    }
    getContext().onFailure(cause);
  }

  @Override
  public void onResume() {
    getContext().onFailure(new Exception("Resume after a restart not supported"));
  }

  @Override
  public String getStatus() {
    Future<?> running = task;
    return running == null ? "not yet scheduled" : running.isDone() ? "done" : "running";
  }

  @Override
  public boolean blocksRestart() {
    Future<?> running = task;
    return running != null && !running.isDone();
  }
}
