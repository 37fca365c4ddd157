package io.cloudops.jenkins;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** A StepContext that supplies a Run, a TaskListener and EnvVars, and records the outcome. */
public final class TestStepContext extends StepContext {
  private static final long serialVersionUID = 1L;

  private final transient TestRun run;
  private final transient TestListener listener = new TestListener();
  private final transient EnvVars env;
  private final transient CompletableFuture<Object> outcome = new CompletableFuture<>();
  private transient volatile Result result;
  private transient volatile FlowNode node;
  private final String handle = java.util.UUID.randomUUID().toString();
  private static final Map<String, TestStepContext> LIVE = new ConcurrentHashMap<>();

  public TestStepContext(TestRun run, EnvVars env) {
    this.run = run;
    this.env = env;
  }

  public TestStepContext(TestRun run) {
    this(run, new EnvVars());
  }

  @Override
  public <T> T get(Class<T> key) {
    if (key == Run.class) {
      return key.cast(run);
    }
    if (key == TaskListener.class) {
      return key.cast(listener);
    }
    if (key == EnvVars.class) {
      return key.cast(env);
    }
    if (key == FlowNode.class) {
      return key.cast(node);
    }
    return null;
  }

  @Override
  public void onSuccess(Object value) {
    outcome.complete(value);
  }

  @Override
  public void onFailure(Throwable t) {
    outcome.completeExceptionally(t);
  }

  @Override
  public boolean isReady() {
    return outcome.isDone();
  }

  @Override
  public ListenableFuture<Void> saveState() {
    return Futures.immediateFuture(null);
  }

  @Override
  public void setResult(Result r) {
    result = r;
  }

  public Result result() {
    return result;
  }

  /** The value the step returned; fails with the step's exception when it failed. */
  public Object await() throws Exception {
    try {
      return outcome.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Whether the step has finished (successfully or not) within the time. */
  public boolean finishesWithin(long millis) throws InterruptedException {
    try {
      outcome.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException e) {
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  public String log() {
    return listener.text();
  }

  /** The calling step's own flow node (what {@code ctx.get(FlowNode.class)} answers). */
  public TestStepContext at(FlowNode self) {
    this.node = self;
    return this;
  }

  /**
   * Written out as a handle that reads back as this same live context, as workflow-cps's context
   * finds its build again after a restart; the rest of the step execution is really serialized.
   */
  private Object writeReplace() {
    LIVE.put(handle, this);
    return new Handle(handle);
  }

  private record Handle(String id) implements java.io.Serializable {
    private Object readResolve() {
      return LIVE.get(id);
    }
  }

  public TestRun run() {
    return run;
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
