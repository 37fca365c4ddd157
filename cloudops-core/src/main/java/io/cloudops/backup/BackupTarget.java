package io.cloudops.backup;

import io.cloudops.InvalidInputException;
import java.util.Optional;

/**
 * Where backups go: a bucket, a key prefix, and the server-side encryption to request (SSE-KMS with
 * that key when a KMS key id is given, else SSE-S3 AES256).
 *
 * @param prefix ends with {@code /} unless empty
 */
public record BackupTarget(String bucket, String prefix, Optional<String> kmsKeyId) {

  /** The prefix used when none is configured. */
  public static final String DEFAULT_PREFIX = "cloudops/backups/";

  public BackupTarget {
    if (bucket == null || bucket.isBlank()) {
      throw new InvalidInputException(
          "No backup bucket: pass --bucket or set CLOUDOPS_BACKUP_BUCKET");
    }
    bucket = bucket.trim();
    prefix = normalise(prefix);
    kmsKeyId = kmsKeyId.filter(k -> !k.isBlank());
  }

  /** A target with SSE-S3 (AES256). */
  public static BackupTarget of(String bucket, String prefix) {
    return new BackupTarget(bucket, prefix, Optional.empty());
  }

  private static String normalise(String prefix) {
    if (prefix == null) {
      return DEFAULT_PREFIX;
    }
    String p = prefix.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.isEmpty() || p.endsWith("/") ? p : p + "/";
  }
}
