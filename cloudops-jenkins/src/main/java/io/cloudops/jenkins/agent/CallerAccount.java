package io.cloudops.jenkins.agent;

import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.scan.EstateScanner;
import io.cloudops.scan.ScanOptions;
import java.io.IOException;
import java.net.URI;
import jenkins.security.MasterToSlaveCallable;

/**
 * The account the step's keys act in, asked of AWS STS from the node (the engine's per-account lock
 * needs it), so that no AWS call leaves the controller.
 */
public final class CallerAccount extends MasterToSlaveCallable<String, RuntimeException> {
  private static final long serialVersionUID = 1L;

  private final AgentKeys keys;
  private final String endpoint;

  private CallerAccount(AgentKeys keys, String endpoint) {
    this.keys = keys;
    this.endpoint = endpoint;
  }

  /** The account of {@code credentials}, asked from {@code place}. */
  public static String on(WorkPlace place, AwsCredentialsSpec credentials, URI endpoint)
      throws IOException, InterruptedException {
    return place.act(
        new CallerAccount(
            AgentKeys.of(credentials), endpoint == null ? null : endpoint.toString()));
  }

  @Override
  public String call() {
    ScanOptions.Builder options = ScanOptions.builder().credentials(keys.spec());
    if (endpoint != null) {
      options.endpointOverride(URI.create(endpoint));
    }
    return new EstateScanner().validateCredentials(options.build()).accountId();
  }
}
