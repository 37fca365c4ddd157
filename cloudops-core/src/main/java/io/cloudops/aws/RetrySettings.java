package io.cloudops.aws;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How SDK clients retry: the SDK's standard or adaptive strategy (adaptive also slows the client
 * down when it is throttled), the attempts per call and the backoff bounds.
 *
 * @param mode standard or adaptive
 * @param maxAttempts attempts per call, the first included
 * @param baseDelay the first backoff; later ones grow exponentially with jitter
 * @param maxBackoff the longest single backoff
 */
public record RetrySettings(Mode mode, int maxAttempts, Duration baseDelay, Duration maxBackoff) {

  /** The SDK retry strategies we use. */
  public enum Mode {
    STANDARD,
    ADAPTIVE
  }

  public RetrySettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
    }
  }

  /** The SDK's standard strategy with its defaults: 3 attempts, 100 ms base, 20 s cap. */
  public static RetrySettings standard() {
    return new RetrySettings(Mode.STANDARD, 3, Duration.ofMillis(100), Duration.ofSeconds(20));
  }

  /** The adaptive strategy (client-side rate limiting on throttling) with more attempts. */
  public static RetrySettings adaptive(int maxAttempts) {
    return new RetrySettings(
        Mode.ADAPTIVE, maxAttempts, Duration.ofMillis(100), Duration.ofSeconds(20));
  }

  /** A fresh strategy; strategies keep per-client state (token buckets, send rates). */
  public RetryStrategy newStrategy() {
    BackoffStrategy backoff = BackoffStrategy.exponentialDelay(baseDelay, maxBackoff);
    BackoffStrategy throttlingBackoff =
        BackoffStrategy.exponentialDelay(baseDelay.multipliedBy(5), maxBackoff);
    if (mode == Mode.ADAPTIVE) {
      return AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
          .maxAttempts(maxAttempts)
          .backoffStrategy(backoff)
          .throttlingBackoffStrategy(throttlingBackoff)
          .build();
    }
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(maxAttempts)
        .backoffStrategy(backoff)
        .throttlingBackoffStrategy(throttlingBackoff)
        .build();
  }
}
