package io.cloudops.jenkins.credentials;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.JenkinsFacade;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Jenkins glue of {@link AwsCredentialsResolver}: looks up and tracks the credentials id. */
public final class StepAwsCredentials {

  private final JenkinsFacade jenkins;

  public StepAwsCredentials(JenkinsFacade jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * @param credentialsId the step's parameter, may be null
   * @param environment the step's EnvVars, may be null outside a build environment
   */
  public ResolvedAws resolve(
      String credentialsId, Run<?, ?> run, EnvVars environment, boolean allowControllerDefault)
      throws AbortException {
    Optional<AwsCredentialsResolver.Explicit> explicit = Optional.empty();
    if (credentialsId != null && !credentialsId.isBlank()) {
      AmazonWebServicesCredentials credentials =
          jenkins
              .credentials(credentialsId, AmazonWebServicesCredentials.class, run)
              .orElseThrow(
                  () ->
                      new AbortException(
                          "CloudOps: AWS credentials '"
                              + credentialsId
                              + "' were not found or are not of kind 'AWS Credentials';"
                              + " check the id in Manage Jenkins, Credentials"));
      explicit =
          Optional.of(
              new AwsCredentialsResolver.Explicit(credentialsId, keys(credentials, credentialsId)));
    }
    Map<String, String> env = environment == null ? Map.of() : environment;
    return new AwsCredentialsResolver(allowControllerDefault).resolve(explicit, env);
  }

  private static AwsCredentialsSpec.StaticKeys keys(
      AmazonWebServicesCredentials credentials, String id) throws AbortException {
    AwsCredentials resolved;
    try {
      resolved = credentials.resolveCredentials();
    } catch (RuntimeException e) {
      throw new AbortException(
          "CloudOps: AWS credentials '" + id + "' could not be resolved (" + e.getMessage() + ")");
    }
    Secret token =
        resolved instanceof AwsSessionCredentials session
            ? Secret.of(session.sessionToken())
            : null;
    return new AwsCredentialsSpec.StaticKeys(
        resolved.accessKeyId(), Secret.of(resolved.secretAccessKey()), token);
  }
}
