package io.cloudops.jenkins.credentials;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.jenkins.JenkinsFacade;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
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
   * @param bound the variables bindings put in the step's environment ({@link #bound})
   * @param environment the step's EnvVars, may be null outside a build environment
   */
  public ResolvedAws resolve(
      String credentialsId,
      Run<?, ?> run,
      Map<String, String> bound,
      EnvVars environment,
      boolean allowControllerDefault)
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
    return new AwsCredentialsResolver(allowControllerDefault).resolve(explicit, bound, env);
  }

  /**
   * What bindings ({@code withCredentials}, {@code withAWS}, {@code withEnv}) put in a step's
   * environment: the context's expander applied to an empty environment. The node's own
   * environment, which Jenkins merges into the step's {@code EnvVars} before the expander
   * (workflow-support DefaultStepContext.java:98-103, EnvironmentExpander.getEffectiveEnvironment),
   * is not in it.
   */
  public static Map<String, String> bound(StepContext context)
      throws IOException, InterruptedException {
    EnvironmentExpander expander = context.get(EnvironmentExpander.class);
    EnvVars bound = new EnvVars();
    if (expander != null) {
      expander.expand(bound);
    }
    return bound;
  }

  /** The keys of AWS credentials (a session token too when they have one). */
  public static AwsCredentialsSpec.StaticKeys keys(
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
