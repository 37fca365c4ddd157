package io.cloudops.jenkins.credentials;

import hudson.AbortException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.aws.AwsRegion;
import io.cloudops.config.HttpUrls;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a step's AWS identity, in this order:
 *
 * <ol>
 *   <li>the step's {@code credentialsId} (already looked up: {@code explicit});
 *   <li>keys a binding put in the step's environment ({@code withCredentials([aws(...)])}, {@code
 *       withAWS}): AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN. Keys that are only
 *       in the node's own environment (on the built-in node: the controller's process environment)
 *       never count, and the build log says so;
 *   <li>AWS_PROFILE or the SDK's default chain, which read the controller's own files and instance
 *       role: only when the administrator allowed controller default credentials.
 * </ol>
 *
 * Region (AWS_REGION, else AWS_DEFAULT_REGION) and endpoint (AWS_ENDPOINT_URL) are taken from the
 * environment in every case.
 */
public final class AwsCredentialsResolver {

  /** The environment variables this resolver reads. */
  public static final List<String> VARIABLES =
      List.of(
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_REGION",
          "AWS_DEFAULT_REGION",
          "AWS_PROFILE",
          "AWS_ENDPOINT_URL");

  private final boolean allowControllerDefaultCredentials;

  public AwsCredentialsResolver(boolean allowControllerDefaultCredentials) {
    this.allowControllerDefaultCredentials = allowControllerDefaultCredentials;
  }

  /**
   * @param explicit the keys of the step's credentialsId, with that id, when one was given
   * @param bound what bindings ({@code withCredentials}, {@code withAWS}, {@code withEnv}) put in
   *     the step's environment: the context's {@code EnvironmentExpander} applied to nothing
   * @param environment the step's whole environment (the node's own included)
   * @throws AbortException when there is no usable identity, saying how to give one
   */
  public ResolvedAws resolve(
      Optional<Explicit> explicit, Map<String, String> bound, Map<String, String> environment)
      throws AbortException {
    Optional<String> region = AwsRegion.fromEnvironment(environment);
    Optional<URI> endpoint = endpoint(environment);
    if (explicit.isPresent()) {
      return new ResolvedAws(
          explicit.get().keys(), region, endpoint, "credentials '" + explicit.get().id() + "'");
    }
    Optional<String> keyId = value(bound, "AWS_ACCESS_KEY_ID");
    Optional<String> secretKey = value(bound, "AWS_SECRET_ACCESS_KEY");
    if (keyId.isPresent() && secretKey.isPresent()) {
      Secret token = value(bound, "AWS_SESSION_TOKEN").map(Secret::of).orElse(null);
      return new ResolvedAws(
          new AwsCredentialsSpec.StaticKeys(keyId.get(), Secret.of(secretKey.get()), token),
          region,
          endpoint,
          "keys bound by withCredentials/withAWS (AWS_ACCESS_KEY_ID)");
    }
    if (keyId.isPresent() != secretKey.isPresent()) {
      throw new AbortException(
          "CloudOps: the binding sets only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY;"
              + " bind both, e.g. withCredentials([aws(credentialsId: 'my-aws')])");
    }
    String unbound = unboundKeys(environment);
    Optional<String> profile = value(environment, "AWS_PROFILE");
    if (!allowControllerDefaultCredentials) {
      throw new AbortException(
          "CloudOps: no AWS credentials: give the step a credentialsId, or run it inside"
              + " withCredentials([aws(...)]) or withAWS(...)"
              + unbound
              + (profile.isPresent()
                  ? "; AWS_PROFILE reads the controller's own ~/.aws files, which"
                  : "; the controller's own identity (default chain)")
              + " is only used when an administrator enables 'Allow controller default"
              + " credentials' in Manage Jenkins, System, CloudOps");
    }
    if (profile.isPresent()) {
      return new ResolvedAws(
          new AwsCredentialsSpec.Profile(profile.get()),
          region,
          endpoint,
          "AWS_PROFILE on the controller (allowed by the administrator)" + unbound);
    }
    return new ResolvedAws(
        new AwsCredentialsSpec.DefaultChain(),
        region,
        endpoint,
        "the controller's default chain (allowed by the administrator)" + unbound);
  }

  /** Why keys in the environment that no binding put there were not used; empty when none. */
  private static String unboundKeys(Map<String, String> environment) {
    return value(environment, "AWS_ACCESS_KEY_ID").isPresent()
        ? "; AWS_ACCESS_KEY_ID in the node's own environment is not used: only keys bound by"
            + " withCredentials/withAWS count as a step's credentials"
        : "";
  }

  private static Optional<URI> endpoint(Map<String, String> environment) throws AbortException {
    Optional<String> text = value(environment, "AWS_ENDPOINT_URL");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> problem = HttpUrls.problem(text.get());
    if (problem.isPresent()) {
      throw new AbortException(
          "CloudOps: "
              + HttpUrls.message(
                  "AWS_ENDPOINT_URL", text.get(), problem.get(), HttpUrls.AWS_ENDPOINT_EXAMPLE));
    }
    return Optional.of(URI.create(text.get().strip()));
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Keys resolved from a Jenkins credential, with its id (for messages). */
  public record Explicit(String id, AwsCredentialsSpec.StaticKeys keys) {}
}
