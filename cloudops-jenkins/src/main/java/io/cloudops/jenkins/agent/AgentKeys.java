package io.cloudops.jenkins.agent;

import hudson.util.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import java.io.Serializable;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * AWS keys as a callable carries them to a node: the secret parts as {@link Secret}, never as a
 * plain string field.
 */
public final class AgentKeys implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String accessKeyId;
  private final Secret secretAccessKey;
  private final Secret sessionToken;

  private AgentKeys(String accessKeyId, Secret secretAccessKey, Secret sessionToken) {
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
  }

  /**
   * The keys of an identity. Static keys are taken as they are; a profile or the default chain
   * (only when the administrator allowed the controller's identity) is resolved here, on the
   * controller, so the node acts with the identity the build log names.
   */
  public static AgentKeys of(AwsCredentialsSpec credentials) {
    if (credentials instanceof AwsCredentialsSpec.StaticKeys keys) {
      return new AgentKeys(
          keys.accessKeyId(),
          Secret.fromString(keys.secretAccessKey().reveal()),
          keys.sessionToken() == null ? null : Secret.fromString(keys.sessionToken().reveal()));
    }
    try (AwsClientFactory clients = AwsClientFactory.builder().credentials(credentials).build()) {
      AwsCredentials resolved = clients.credentialsProvider().resolveCredentials();
      return new AgentKeys(
          resolved.accessKeyId(),
          Secret.fromString(resolved.secretAccessKey()),
          resolved instanceof AwsSessionCredentials session
              ? Secret.fromString(session.sessionToken())
              : null);
    }
  }

  /** The keys of a step's CLI environment (AWS_ACCESS_KEY_ID, ...), as the engine resolved them. */
  public static AgentKeys of(Map<String, String> awsEnvironment) {
    String token = awsEnvironment.get("AWS_SESSION_TOKEN");
    return new AgentKeys(
        awsEnvironment.getOrDefault("AWS_ACCESS_KEY_ID", ""),
        Secret.fromString(awsEnvironment.getOrDefault("AWS_SECRET_ACCESS_KEY", "")),
        token == null ? null : Secret.fromString(token));
  }

  /** The keys for the core, on the node. */
  public AwsCredentialsSpec.StaticKeys spec() {
    return new AwsCredentialsSpec.StaticKeys(
        accessKeyId,
        io.cloudops.Secret.of(secretAccessKey.getPlainText()),
        sessionToken == null ? null : io.cloudops.Secret.of(sessionToken.getPlainText()));
  }

  @Override
  public String toString() {
    return "AgentKeys[" + spec().describe() + "]";
  }
}
