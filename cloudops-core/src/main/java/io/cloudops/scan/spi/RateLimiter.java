package io.cloudops.scan.spi;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A smooth rate limit: calls are spaced at least {@code 1/permitsPerSecond} apart, with a small
 * burst allowance. {@link #acquire()} blocks the calling thread until its turn.
 */
final class RateLimiter {

  private final long intervalNanos;
  private final long burstNanos;
  private long nextFree;

  RateLimiter(double permitsPerSecond, int burst) {
    if (permitsPerSecond <= 0) {
      throw new IllegalArgumentException("permitsPerSecond must be positive: " + permitsPerSecond);
    }
    this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / permitsPerSecond);
    this.burstNanos = intervalNanos * Math.max(0, burst - 1);
    this.nextFree = System.nanoTime();
  }

  /** Waits for a permit. */
  void acquire() {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(nextFree, now - burstNanos);
      nextFree = start + intervalNanos;
      wait = start - now;
    }
    while (wait > 0) {
      long until = System.nanoTime() + wait;
      LockSupport.parkNanos(wait);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        return;
      }
      wait = until - System.nanoTime();
    }
  }
}
