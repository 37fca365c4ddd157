package io.cloudops.aws;

import java.util.Map;
import java.util.Optional;

/**
 * Which region AWS work uses when none is given: {@code AWS_REGION}, else {@code
 * AWS_DEFAULT_REGION} (the AWS CLI's and SDK's order), else {@link #DEFAULT}. {@link #DEFAULT} is
 * also where global services (STS, IAM) are called.
 */
public final class AwsRegion {

  /** The region used when none is configured, and the home of the global services. */
  public static final String DEFAULT = "us-east-1";

  private AwsRegion() {}

  /** The region the environment names, if any. */
  public static Optional<String> fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  /** The region the environment names, else {@link #DEFAULT}. */
  public static String orDefault(Map<String, String> env) {
    return fromEnvironment(env).orElse(DEFAULT);
  }
}
