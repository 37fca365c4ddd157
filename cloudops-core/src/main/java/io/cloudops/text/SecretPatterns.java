package io.cloudops.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks values that look like AWS credentials wherever they appear, even when CloudOps never saw
 * them as secrets (a plan that carries keys, a tag that holds one, a server that echoes one):
 *
 * <ul>
 *   <li>access key ids: {@code AKIA}, {@code ASIA} and the other documented prefixes followed by 16
 *       upper-case letters or digits;
 *   <li>secret access keys: 40 characters of base64 that mix upper case, lower case and digits (a
 *       hexadecimal digest has no upper case, so it is left alone);
 *   <li>session tokens: the long base64 strings STS issues ({@code IQoJb3JpZ2lu...}, {@code
 *       FwoGZXIvYXdz...}).
 * </ul>
 */
public final class SecretPatterns {

  /** What a masked value is replaced with. */
  public static final String MASK = "****";

  private static final Pattern ACCESS_KEY_ID =
      Pattern.compile(
          "(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Z0-9])");
  private static final Pattern SECRET_KEY =
      Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");
  private static final Pattern SESSION_TOKEN =
      Pattern.compile("(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{20,}");

  private SecretPatterns() {}

  /** The text with every value that looks like an AWS credential replaced by {@link #MASK}. */
  public static String mask(String text) {
    if (text == null || text.length() < 20) {
      return text;
    }
    String masked = SESSION_TOKEN.matcher(text).replaceAll(MASK);
    masked = ACCESS_KEY_ID.matcher(masked).replaceAll(MASK);
    Matcher secret = SECRET_KEY.matcher(masked);
    StringBuilder out = new StringBuilder(masked.length());
    while (secret.find()) {
      secret.appendReplacement(
          out,
          Matcher.quoteReplacement(looksLikeSecretKey(secret.group()) ? MASK : secret.group()));
    }
    secret.appendTail(out);
    return out.toString();
  }

  /** Whether the text holds something that looks like an AWS credential. */
  public static boolean containsCredential(String text) {
    return text != null && !mask(text).equals(text);
  }

  private static boolean looksLikeSecretKey(String candidate) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= c >= '0' && c <= '9';
    }
    return upper && lower && digit;
  }
}
