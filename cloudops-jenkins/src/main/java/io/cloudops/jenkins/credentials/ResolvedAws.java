package io.cloudops.jenkins.credentials;

import io.cloudops.aws.AwsCredentialsSpec;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A step's AWS identity and where to reach AWS.
 *
 * @param credentials the identity, for the core's client factory and AWS CLI processes
 * @param region from AWS_REGION / AWS_DEFAULT_REGION, when set
 * @param endpoint from AWS_ENDPOINT_URL, when set (e.g. a local test endpoint)
 * @param source where the identity came from, for the build log (names no secret)
 */
public record ResolvedAws(
    AwsCredentialsSpec credentials,
    Optional<String> region,
    Optional<URI> endpoint,
    String source) {

  public ResolvedAws {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Whether the identity was given explicitly (a credentialsId, or keys bound by {@code
   * withCredentials}/{@code withAWS}) rather than taken from the controller.
   */
  public boolean explicit() {
    return credentials instanceof AwsCredentialsSpec.StaticKeys;
  }

  /** One line for the build log: the source and the masked identity. */
  public String describe() {
    return source + ": " + credentials.describe() + region.map(r -> ", region " + r).orElse("");
  }
}
