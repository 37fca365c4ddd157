package io.cloudops.scan;

import io.cloudops.Closeables;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.scan.spi.ServiceClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** The {@link ServiceClients} of a scan, one per (account, region), all closed at its end. */
final class ClientPool implements AutoCloseable {

  private final AwsClientFactory factory;
  private final double callsPerSecond;
  private final AtomicLong calls;
  private final Map<String, ServiceClients> clients = new ConcurrentHashMap<>();

  ClientPool(AwsClientFactory factory, double callsPerSecond, AtomicLong calls) {
    this.factory = factory;
    this.callsPerSecond = callsPerSecond;
    this.calls = calls;
  }

  /** The clients of an account (by label or id) in a region, built on first use. */
  ServiceClients clients(String account, AwsCredentialsProvider credentials, String region) {
    return clients.computeIfAbsent(
        account + "/" + region,
        k -> new ServiceClients(factory, credentials, region, callsPerSecond, calls));
  }

  @Override
  public void close() {
    List<ServiceClients> all = new ArrayList<>(clients.values());
    clients.clear();
    Closeables.closeAll(all);
  }
}
