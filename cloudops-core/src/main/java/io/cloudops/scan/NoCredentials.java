package io.cloudops.scan;

import io.cloudops.aws.AwsCredentialsSpec;

/** The one line said when no credentials could be found. */
final class NoCredentials {

  private NoCredentials() {}

  static String message(AwsCredentialsSpec spec) {
    if (spec instanceof AwsCredentialsSpec.Profile profile) {
      return "AWS profile '"
          + profile.name()
          + "' gives no usable credentials; check it with 'aws sts get-caller-identity --profile "
          + profile.name()
          + "' (for SSO profiles run 'aws sso login' first)";
    }
    return "No AWS credentials found for "
        + spec.describe()
        + "; tried: environment variables (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), Java system"
        + " properties, web identity token, the default profile in ~/.aws/credentials and"
        + " ~/.aws/config, container credentials and the instance role; give the scan AWS"
        + " credentials or a profile, or run 'aws configure'";
  }
}
