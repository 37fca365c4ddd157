package io.cloudops.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;

class RetrySettingsTest {

  @Test
  void standard_buildsTheSdkStandardStrategy_withTheGivenAttempts() {
    RetrySettings settings =
        new RetrySettings(
            RetrySettings.Mode.STANDARD, 7, Duration.ofMillis(10), Duration.ofSeconds(1));

    assertThat(settings.newStrategy())
        .isInstanceOf(StandardRetryStrategy.class)
        .satisfies(s -> assertThat(s.maxAttempts()).isEqualTo(7));
  }

  @Test
  void adaptive_buildsTheAdaptiveStrategy_freshEachTime() {
    RetrySettings settings = RetrySettings.adaptive(5);

    assertThat(settings.newStrategy()).isInstanceOf(AdaptiveRetryStrategy.class);
    assertThat(settings.newStrategy()).isNotSameAs(settings.newStrategy());
  }

  @Test
  void zeroAttempts_isRejected() {
    assertThatThrownBy(
            () -> new RetrySettings(RetrySettings.Mode.STANDARD, 0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
