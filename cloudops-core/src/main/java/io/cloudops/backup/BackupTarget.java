package io.cloudops.backup;

import io.cloudops.InvalidInputException;
import io.cloudops.Setting;

/**
 * Where backups go: a bucket, a key prefix, and the server-side encryption to request (SSE-KMS with
 * that key when a KMS key id is given, else SSE-S3 AES256).
 *
 * @param prefix ends with {@code /} unless empty; {@code null} gives {@link #DEFAULT_PREFIX}
 * @param kmsKeyId the KMS key for SSE-KMS, or {@code null} for SSE-S3 (AES256)
 */
public record BackupTarget(String bucket, String prefix, String kmsKeyId) {

  /** The prefix used when none is configured. */
  public static final String DEFAULT_PREFIX = "cloudops/backups/";

  public BackupTarget {
    if (bucket == null || bucket.isBlank()) {
      throw new InvalidInputException(
          "No backup bucket is set: set the S3 bucket that holds the backups",
          Setting.BACKUP_BUCKET);
    }
    bucket = bucket.trim();
    prefix = normalise(prefix);
    kmsKeyId = kmsKeyId == null || kmsKeyId.isBlank() ? null : kmsKeyId.trim();
  }

  /** A target with SSE-S3 (AES256). */
  public static BackupTarget of(String bucket, String prefix) {
    return new BackupTarget(bucket, prefix, null);
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
