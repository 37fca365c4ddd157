package io.cloudops.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.cloudops.Secret;
import io.cloudops.config.StoreKind;
import java.net.URI;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** Turns the global configuration into what the core needs, resolving credential ids. */
public final class Settings {

  private final JenkinsFacade jenkins;

  public Settings(JenkinsFacade jenkins) {
    this.jenkins = jenkins;
  }

  /** The store settings; the data dir is JENKINS_HOME/cloudops. */
  public StoreSettings store(CloudOpsGlobalConfiguration config, Run<?, ?> run)
      throws AbortException {
    Optional<URI> qdrantUrl = Optional.empty();
    if (config.getStoreKind() == StoreKind.QDRANT) {
      String problem = CloudOpsGlobalConfiguration.httpUrlProblem(config.getQdrantUrl());
      if (problem != null) {
        throw new AbortException(
            "CloudOps: the Qdrant store URL is not usable ("
                + problem
                + "); fix it in Manage"
                + " Jenkins, System, CloudOps");
      }
      qdrantUrl = Optional.of(URI.create(config.getQdrantUrl().strip()));
    }
    Optional<Secret> apiKey =
        config.getQdrantCredentialsId() == null
            ? Optional.empty()
            : Optional.of(secretText(config.getQdrantCredentialsId(), "Qdrant API key", run));
    Optional<Secret> encryptionKey =
        Optional.ofNullable(config.getEncryptionKey())
            .map(s -> Secret.of(s.getPlainText()))
            .filter(s -> !s.isEmpty());
    return new StoreSettings(
        config.getStoreKind(),
        jenkins.rootDir().resolve("cloudops"),
        qdrantUrl,
        apiKey,
        encryptionKey);
  }

  /** The value of a secret-text credential visible to the build. */
  public Secret secretText(String credentialsId, String what, Run<?, ?> run) throws AbortException {
    StringCredentials credentials =
        jenkins
            .credentials(credentialsId, StringCredentials.class, run)
            .orElseThrow(
                () ->
                    new AbortException(
                        "CloudOps: the "
                            + what
                            + " credentials '"
                            + credentialsId
                            + "' were not found or are not 'Secret text'; check Manage Jenkins,"
                            + " Credentials"));
    return Secret.of(credentials.getSecret().getPlainText());
  }
}
