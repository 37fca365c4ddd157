package io.cloudops.ask;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: attempt n waits a random time up to {@code base * 2^(n-1)},
 * capped; a server's Retry-After, when given, is waited instead.
 */
record RetryPolicy(int maxAttempts, Duration base, Duration cap) {

  static RetryPolicy of(int maxAttempts) {
    return new RetryPolicy(maxAttempts, Duration.ofMillis(200), Duration.ofSeconds(10));
  }

  /** Whether an HTTP status is worth another attempt: 429 and 5xx; never other 4xx. */
  static boolean retryable(int status) {
    return status == 429 || status >= 500;
  }

  /** How long to wait before attempt {@code attempt + 1}. */
  Duration backoff(int attempt) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
  }
}
