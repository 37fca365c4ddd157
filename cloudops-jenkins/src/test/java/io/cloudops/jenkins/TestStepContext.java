package io.cloudops.jenkins;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
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
  private transient volatile EnvironmentExpander expander;
  private transient volatile FilePath workspace;
  private transient volatile Launcher launcher;
  private final String handle = UUID.randomUUID().toString();
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
    if (key == EnvironmentExpander.class) {
      return key.cast(expander);
    }
    if (key == FilePath.class) {
      return key.cast(workspace);
    }
    if (key == Launcher.class) {
      return key.cast(launcher);
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

  /**
   * Variables a binding step ({@code withCredentials}, {@code withAWS}) put in the environment: the
   * context's expander gains them, and the step's {@code EnvVars} shows them over the node's own
   * environment, as workflow-support's DefaultStepContext applies the expander
   * (DefaultStepContext.java:98-103).
   */
  public TestStepContext bound(Map<String, String> variables) {
    expander = EnvironmentExpander.merge(expander, EnvironmentExpander.constant(variables));
    env.overrideAll(variables);
    return this;
  }

  /**
   * Inside {@code node('name') {}} on a node whose workspace is {@code dir}: a local {@code
   * FilePath} and launcher, and NODE_NAME in the environment.
   */
  public TestStepContext onNode(Path dir, String name) {
    workspace = new FilePath(dir.toFile());
    launcher = new Launcher.LocalLauncher(listener);
    env.put("NODE_NAME", name);
    return this;
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

  private record Handle(String id) implements Serializable {
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
