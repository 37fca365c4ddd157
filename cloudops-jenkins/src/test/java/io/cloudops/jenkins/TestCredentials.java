package io.cloudops.jenkins;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Credentials as the credentials plugins would store them. */
public final class TestCredentials {

  private TestCredentials() {}

  public static StringCredentials secretText(String id, String value) {
    return new StringCredentials() {
      private static final long serialVersionUID = 1L;

      @Override
      public Secret getSecret() {
        return Secret.fromString(value);
      }

      @Override
      public String getDescription() {
        return "secret text " + id;
      }

      @Override
      public String getId() {
        return id;
      }

      @Override
      public CredentialsScope getScope() {
        return CredentialsScope.GLOBAL;
      }
    };
  }

  public static AmazonWebServicesCredentials aws(
      String id, String accessKeyId, String secretKey, String sessionToken) {
    return new AmazonWebServicesCredentials() {
      private static final long serialVersionUID = 1L;

      @Override
      public String getDisplayName() {
        return accessKeyId;
      }

      @Override
      public AwsCredentials resolveCredentials(String mfaToken) {
        return resolveCredentials();
      }

      @Override
      public AwsCredentials resolveCredentials() {
        return sessionToken == null
            ? AwsBasicCredentials.create(accessKeyId, secretKey)
            : AwsSessionCredentials.create(accessKeyId, secretKey, sessionToken);
      }

      @Override
      public String getDescription() {
        return "aws " + id;
      }

      @Override
      public String getId() {
        return id;
      }

      @Override
      public CredentialsScope getScope() {
        return CredentialsScope.GLOBAL;
      }
    };
  }
}
