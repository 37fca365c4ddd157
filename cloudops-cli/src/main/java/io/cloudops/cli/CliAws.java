package io.cloudops.cli;

import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.aws.AwsRegion;
import java.util.Map;

/** AWS identity and region as the command line's environment gives them. */
final class CliAws {

  private CliAws() {}

  /**
   * Keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else AWS_PROFILE, else the default chain.
   */
  static AwsCredentialsSpec credentials(Map<String, String> env) {
    String keyId = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (present(keyId) && present(secret)) {
      String token = env.get("AWS_SESSION_TOKEN");
      return new AwsCredentialsSpec.StaticKeys(
          keyId, Secret.of(secret), present(token) ? Secret.of(token) : null);
    }
    String profile = env.get("AWS_PROFILE");
    if (present(profile)) {
      return new AwsCredentialsSpec.Profile(profile);
    }
    return new AwsCredentialsSpec.DefaultChain();
  }

  /** AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
  static String region(Map<String, String> env) {
    return AwsRegion.orDefault(env);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
