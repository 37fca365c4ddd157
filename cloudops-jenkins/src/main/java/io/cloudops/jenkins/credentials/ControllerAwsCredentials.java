package io.cloudops.jenkins.credentials;

import hudson.AbortException;
import java.util.Map;
import java.util.Optional;

/**
 * The controller's own AWS identity, for work that runs outside any build (scheduled backups),
 * decided by {@link AwsCredentialsResolver} over the controller's environment: keys there
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN); else AWS_PROFILE or the SDK's
 * default chain (~/.aws, instance or container role), only when the administrator allowed
 * controller default credentials. Region (AWS_REGION, AWS_DEFAULT_REGION) and endpoint
 * (AWS_ENDPOINT_URL) come from the same environment.
 */
public final class ControllerAwsCredentials {

  private ControllerAwsCredentials() {}

  /**
   * @param environment the controller's environment (the plugin passes {@code System.getenv()})
   * @param what the work that needs the identity, for messages, e.g. "scheduled backups"
   * @throws AbortException when there is no usable identity, saying how to give one
   */
  public static ResolvedAws resolve(
      Map<String, String> environment, boolean allowControllerDefaultCredentials, String what)
      throws AbortException {
    boolean keyId = present(environment, "AWS_ACCESS_KEY_ID");
    boolean secretKey = present(environment, "AWS_SECRET_ACCESS_KEY");
    if (keyId != secretKey) {
      throw new AbortException(
          "the controller's environment sets only one of AWS_ACCESS_KEY_ID and"
              + " AWS_SECRET_ACCESS_KEY; set both for "
              + what
              + ", or neither");
    }
    if (!keyId && !allowControllerDefaultCredentials) {
      throw new AbortException(
          "no AWS identity for "
              + what
              + ": set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the controller's"
              + " environment, or enable 'Allow controller default credentials' in Manage Jenkins,"
              + " System, CloudOps to use its AWS_PROFILE or instance role");
    }
    ResolvedAws resolved =
        new AwsCredentialsResolver(allowControllerDefaultCredentials)
            .resolve(Optional.empty(), environment, environment);
    String source =
        keyId
            ? "the controller's environment (AWS_ACCESS_KEY_ID)"
            : present(environment, "AWS_PROFILE")
                ? "AWS_PROFILE on the controller (allowed by the administrator)"
                : "the controller's default chain (allowed by the administrator)";
    return new ResolvedAws(resolved.credentials(), resolved.region(), resolved.endpoint(), source);
  }

  private static boolean present(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value != null && !value.isBlank();
  }
}
