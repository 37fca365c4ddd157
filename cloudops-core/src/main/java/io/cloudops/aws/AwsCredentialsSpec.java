package io.cloudops.aws;

import io.cloudops.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where AWS credentials come from. Jenkins hands in {@link StaticKeys} (from a credentials
 * binding); the CLI uses the {@link DefaultChain} or a {@link Profile}; {@link AssumeRole} reaches
 * other accounts from any of them.
 */
public sealed interface AwsCredentialsSpec {

  /** Environment variables that give an AWS CLI process the same identity. */
  Map<String, String> cliEnvironment();

  /** A one-line description that names no secret. */
  String describe();

  /** The SDK's default chain: environment, profiles, container and instance roles. */
  record DefaultChain() implements AwsCredentialsSpec {
    @Override
    public Map<String, String> cliEnvironment() {
      return Map.of();
    }

    @Override
    public String describe() {
      return "the default credential chain (environment, ~/.aws, container or instance role)";
    }
  }

  /** A named profile from ~/.aws/config and ~/.aws/credentials (incl. assume-role and SSO). */
  record Profile(String name) implements AwsCredentialsSpec {
    public Profile {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public Map<String, String> cliEnvironment() {
      return Map.of("AWS_PROFILE", name);
    }

    @Override
    public String describe() {
      return "profile " + name;
    }
  }

  /** Explicit keys, with a session token for temporary credentials. */
  record StaticKeys(String accessKeyId, Secret secretAccessKey, Secret sessionToken)
      implements AwsCredentialsSpec {
    public StaticKeys {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    @Override
    public Map<String, String> cliEnvironment() {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("AWS_ACCESS_KEY_ID", accessKeyId);
      env.put("AWS_SECRET_ACCESS_KEY", secretAccessKey.reveal());
      if (sessionToken != null && !sessionToken.isEmpty()) {
        env.put("AWS_SESSION_TOKEN", sessionToken.reveal());
      }
      return env;
    }

    @Override
    public String describe() {
      return "access key " + maskedKeyId();
    }

    private String maskedKeyId() {
      return accessKeyId.length() <= 4
          ? "****"
          : "****" + accessKeyId.substring(accessKeyId.length() - 4);
    }

    @Override
    public String toString() {
      return "StaticKeys[" + describe() + "]";
    }
  }

  /** A role assumed with the base credentials, optionally with an external id. */
  record AssumeRole(AwsCredentialsSpec base, String roleArn, String externalId, String sessionName)
      implements AwsCredentialsSpec {
    public AssumeRole {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(roleArn, "roleArn");
      sessionName = sessionName == null || sessionName.isBlank() ? "cloudops" : sessionName;
    }

    /** The CLI gets the base identity; callers that run the CLI pass assumed keys instead. */
    @Override
    public Map<String, String> cliEnvironment() {
      return base.cliEnvironment();
    }

    @Override
    public String describe() {
      return "role " + roleArn + " assumed with " + base.describe();
    }
  }
}
