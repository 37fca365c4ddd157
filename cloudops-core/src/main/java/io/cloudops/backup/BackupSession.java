package io.cloudops.backup;

import io.cloudops.aws.AwsClientFactory;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A {@link BackupManager} on an S3 client of its own, built from the caller's {@link
 * AwsClientFactory} (credentials, endpoint override with path-style S3, timeouts, retries) the way
 * {@code cloudops backup} builds it. For front ends that build no AWS service clients themselves
 * (the Jenkins plugin). Closing the session closes that S3 client; the factory stays the caller's.
 */
public final class BackupSession implements AutoCloseable {

  private final S3Client s3;
  private final BackupManager manager;

  private BackupSession(S3Client s3, BackupManager manager) {
    this.s3 = s3;
    this.manager = manager;
  }

  /**
   * @param region the bucket's region, e.g. {@code us-east-1}
   */
  public static BackupSession open(
      AwsClientFactory clients,
      String region,
      BackupTarget target,
      SnapshotSource source,
      Clock clock) {
    Objects.requireNonNull(clients, "clients");
    Objects.requireNonNull(region, "region");
    S3Client s3 = clients.client(S3Client.builder(), region);
    try {
      return new BackupSession(s3, new BackupManager(s3, target, source, clock));
    } catch (RuntimeException e) {
      s3.close();
      throw e;
    }
  }

  public BackupManager manager() {
    return manager;
  }

  @Override
  public void close() {
    s3.close();
  }
}
