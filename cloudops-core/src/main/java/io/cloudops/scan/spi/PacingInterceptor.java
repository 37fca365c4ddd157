package io.cloudops.scan.spi;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Waits for the rate limit before every HTTP attempt (retries included) and counts attempts. */
final class PacingInterceptor implements ExecutionInterceptor {

  private final RateLimiter limiter;
  private final AtomicLong calls;

  PacingInterceptor(RateLimiter limiter, AtomicLong calls) {
    this.limiter = limiter;
    this.calls = calls;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
    if (limiter != null) {
      limiter.acquire();
    }
    calls.incrementAndGet();
  }
}
