package io.cloudops.execute.executor;

import io.cloudops.Secret;
import io.cloudops.text.SecretPatterns;
import java.util.List;

/**
 * Masks every known secret (AWS secret key, session token...) in text bound for output or history,
 * and every value that looks like an AWS credential ({@link SecretPatterns}).
 */
public final class SecretMasker {

  private final List<Secret> secrets;

  public SecretMasker(List<Secret> secrets) {
    this.secrets = secrets.stream().filter(s -> !s.isEmpty()).toList();
  }

  public static SecretMasker none() {
    return new SecretMasker(List.of());
  }

  /** The text with every known secret, and anything that looks like an AWS credential, masked. */
  public String mask(String text) {
    String masked = text;
    for (Secret secret : secrets) {
      masked = secret.maskIn(masked);
    }
    return SecretPatterns.mask(masked);
  }

  public List<String> mask(List<String> texts) {
    return texts.stream().map(this::mask).toList();
  }
}
