package io.cloudops.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretPatternsTest {

  @Test
  void mask_hidesAccessKeyIdsSecretKeysAndSessionTokens() {
    String text =
        "id AKIAIOSFODNN7EXAMPLE secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY token"
            + " IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQD6example";

    assertThat(SecretPatterns.mask(text)).isEqualTo("id **** secret=**** token ****");
    assertThat(SecretPatterns.containsCredential(text)).isTrue();
  }

  @Test
  void mask_leavesDigestsIdsAndArnsAlone() {
    String text =
        "sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 i-0abcdef1234567890"
            + " arn:aws:iam::123456789012:role/AKIA-not-a-key ASIA-short";

    assertThat(SecretPatterns.mask(text)).isEqualTo(text);
  }
}
