package io.cloudops.execute.executor;

import java.util.ArrayList;
import java.util.List;

/**
 * A cancel signal for one execution. Whoever runs something cancellable registers a hook (kill the
 * process tree); {@link #cancel()} runs the hooks once. Thread-safe.
 */
public final class Cancellation {

  private final List<Runnable> hooks = new ArrayList<>();
  private boolean cancelled;

  /** Cancels: runs every registered hook, now and for hooks registered later. */
  public void cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toRun = List.copyOf(hooks);
      hooks.clear();
    }
    toRun.forEach(Runnable::run);
  }

  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /**
   * Runs the hook on cancel (at once when already cancelled).
   *
   * @return removes the hook again
   */
  public Runnable onCancel(Runnable hook) {
    synchronized (this) {
      if (!cancelled) {
        hooks.add(hook);
        return () -> {
          synchronized (this) {
            hooks.remove(hook);
          }
        };
      }
    }
    hook.run();
    return () -> {};
  }
}
