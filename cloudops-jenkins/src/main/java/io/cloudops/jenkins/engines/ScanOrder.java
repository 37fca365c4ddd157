package io.cloudops.jenkins.engines;

import io.cloudops.jenkins.agent.AgentKeys;
import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.ScanRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A scan request as it travels to the node, as JSON: everything but the keys, which travel as
 * {@link AgentKeys}.
 */
record ScanOrder(
    List<String> regions,
    List<String> services,
    boolean incremental,
    String roleArn,
    String externalId,
    List<String> accounts,
    String region,
    String endpoint,
    String source) {

  static ScanOrder of(ScanRequest request) {
    ResolvedAws aws = request.aws();
    return new ScanOrder(
        request.regions(),
        request.services(),
        request.incremental(),
        request.roleArn().orElse(null),
        request.externalId().orElse(null),
        request.accounts(),
        aws.region().orElse(null),
        aws.endpoint().map(URI::toString).orElse(null),
        aws.source());
  }

  /** The request again, on the node, with the keys that travelled beside it. */
  ScanRequest request(AgentKeys keys) {
    return new ScanRequest(
        new ResolvedAws(
            keys.spec(),
            Optional.ofNullable(region),
            Optional.ofNullable(endpoint).map(URI::create),
            source),
        regions,
        services,
        incremental,
        Optional.ofNullable(roleArn),
        Optional.ofNullable(externalId),
        accounts);
  }
}
