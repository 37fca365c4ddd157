package io.cloudops.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One backup in the bucket.
 *
 * @param key the object key
 * @param createdAt when the snapshot was taken
 * @param size the archive's size in bytes
 * @param schemaVersion the store's schema version in the snapshot
 * @param sha256 the archive's SHA-256, hex
 * @param source the backend it came from (e.g. {@code embedded})
 * @param serverSideEncryption what S3 reports (e.g. {@code AES256}, {@code aws:kms})
 */
public record BackupInfo(
    String key,
    Instant createdAt,
    long size,
    String schemaVersion,
    String sha256,
    String source,
    String serverSideEncryption) {

  /** The UTC date of the backup, by which it is restored. */
  public LocalDate date() {
    return LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
  }
}
