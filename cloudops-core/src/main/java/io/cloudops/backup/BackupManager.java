package io.cloudops.backup;

import io.cloudops.Directories;
import io.cloudops.InvalidInputException;
import io.cloudops.Setting;
import io.cloudops.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Backs a {@link SnapshotSource} up to S3 and restores it.
 *
 * <p>A backup is one zip object {@code <prefix>cloudops-backup-<yyyyMMdd'T'HHmmssSSS'Z'>.zip},
 * uploaded with server-side encryption (SSE-KMS when a key id is configured, else AES256) and user
 * metadata: creation time, schema version, source and the archive's SHA-256. A restore downloads
 * the newest backup of a date, verifies the checksum, unpacks it into a staging directory next to
 * the data, checks it opens, and only then swaps it in; any failure before the swap leaves the
 * current data untouched.
 */
public final class BackupManager {

  static final String META_CREATED = "cloudops-created";
  static final String META_SCHEMA = "cloudops-schema-version";
  static final String META_SHA256 = "cloudops-sha256";
  static final String META_SOURCE = "cloudops-source";

  /** A small JSON file in every archive: what it is, when and from what it was made. */
  static final String MANIFEST = "cloudops-backup.json";

  private static final String NAME_PREFIX = "cloudops-backup-";
  private static final String NAME_SUFFIX = ".zip";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final S3Client s3;
  private final BackupTarget target;
  private final SnapshotSource source;
  private final Clock clock;

  /**
   * @param s3 the caller's client (path-style with an endpoint override); not closed here
   */
  public BackupManager(S3Client s3, BackupTarget target, SnapshotSource source, Clock clock) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.target = Objects.requireNonNull(target, "target");
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public BackupTarget target() {
    return target;
  }

  /**
   * Takes a snapshot and uploads it; then, when {@code keep > 0}, deletes all but the newest {@code
   * keep} backups.
   */
  public CreateResult create(int keep) {
    Instant now = clock.instant();
    String key = target.prefix() + NAME_PREFIX + STAMP.format(now) + NAME_SUFFIX;
    Path work = createTempDir("cloudops-backup-");
    try {
      Path snapshot = Files.createDirectory(work.resolve("snapshot"));
      String schema = source.snapshot(snapshot);
      Files.writeString(
          snapshot.resolve(MANIFEST),
          Json.writePretty(
              Map.of(
                  "created_at",
                  now.toString(),
                  "schema_version",
                  schema,
                  "source",
                  source.kind(),
                  "format",
                  1)));
      Path archive = work.resolve("backup.zip");
      String sha256 = BackupArchive.pack(snapshot, archive);
      PutObjectRequest.Builder put =
          PutObjectRequest.builder()
              .bucket(target.bucket())
              .key(key)
              .contentType("application/zip")
              .metadata(
                  Map.of(
                      META_CREATED,
                      now.toString(),
                      META_SCHEMA,
                      schema,
                      META_SHA256,
                      sha256,
                      META_SOURCE,
                      source.kind()));
      if (target.kmsKeyId() != null) {
        put.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(target.kmsKeyId());
      } else {
        put.serverSideEncryption(ServerSideEncryption.AES256);
      }
      long size = Files.size(archive);
      String sse =
          s3Call(() -> s3.putObject(put.build(), RequestBody.fromFile(archive)))
              .serverSideEncryptionAsString();
      BackupInfo created = new BackupInfo(key, now, size, schema, sha256, source.kind(), sse);
      List<BackupInfo> deleted = keep > 0 ? prune(keep) : List.of();
      return new CreateResult(created, deleted);
    } catch (IOException e) {
      throw new BackupException("Cannot prepare the backup: " + e, e);
    } finally {
      Directories.deleteQuietly(work);
    }
  }

  /** Every backup under the prefix, newest first. */
  public List<BackupInfo> list() {
    List<BackupInfo> backups = new ArrayList<>();
    s3Call(
        () -> {
          for (S3Object object :
              s3.listObjectsV2Paginator(r -> r.bucket(target.bucket()).prefix(target.prefix()))
                  .contents()) {
            parseStamp(object.key())
                .ifPresent(created -> backups.add(describe(object.key(), created, object.size())));
          }
          return null;
        });
    backups.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
    return backups;
  }

  /** The distinct dates that have a backup, newest first. */
  public List<LocalDate> dates() {
    TreeSet<LocalDate> dates = new TreeSet<>(Comparator.reverseOrder());
    list().forEach(b -> dates.add(b.date()));
    return List.copyOf(dates);
  }

  /**
   * Deletes all but the newest {@code keep} backups.
   *
   * @return the deleted ones, newest first
   */
  public List<BackupInfo> prune(int keep) {
    if (keep < 1) {
      throw new InvalidInputException(
          "The number of backups to keep must be at least 1, not " + keep, Setting.BACKUPS_TO_KEEP);
    }
    List<BackupInfo> all = list();
    List<BackupInfo> deleted = all.size() > keep ? all.subList(keep, all.size()) : List.of();
    for (BackupInfo old : deleted) {
      s3Call(() -> s3.deleteObject(r -> r.bucket(target.bucket()).key(old.key())));
    }
    return List.copyOf(deleted);
  }

  /**
   * Restores the newest backup of a date.
   *
   * @throws InvalidInputException when there is no backup of that date (the message lists the dates
   *     there are)
   * @throws BackupException when the download's checksum is wrong, it cannot be used here, or the
   *     store is in use; the current data is then unchanged
   */
  public RestoreResult restore(LocalDate date) {
    List<BackupInfo> all = list();
    BackupInfo backup =
        all.stream()
            .filter(b -> b.date().equals(date))
            .findFirst()
            .orElseThrow(() -> noBackupOn(date, all));
    Path staging = createStaging();
    try {
      Path archive = staging.resolve("backup.zip");
      s3Call(
          () ->
              s3.getObject(
                  r -> r.bucket(target.bucket()).key(backup.key()),
                  ResponseTransformer.toFile(archive)));
      String expected = backup.sha256();
      if (expected == null || expected.isBlank()) {
        throw new BackupException(
            "The backup "
                + backup.key()
                + " has no "
                + META_SHA256
                + " metadata, so it cannot be verified; nothing was changed");
      }
      String actual = BackupArchive.sha256(archive);
      if (!actual.equalsIgnoreCase(expected)) {
        throw new BackupException(
            "The backup "
                + backup.key()
                + " is corrupt: its SHA-256 is "
                + actual
                + " but it was uploaded as "
                + expected
                + "; nothing was changed. Restore another date (cloudops backup list)");
      }
      Path unpacked = Files.createDirectory(staging.resolve("data"));
      BackupArchive.unpack(archive, unpacked);
      if (!Files.isRegularFile(unpacked.resolve(MANIFEST))) {
        throw new BackupException(
            "The object "
                + backup.key()
                + " has no "
                + MANIFEST
                + "; it is not a CloudOps backup."
                + " Nothing was changed");
      }
      RestoredData data = source.verify(unpacked);
      source.replaceWith(unpacked);
      return new RestoreResult(backup, data);
    } catch (IOException e) {
      throw new BackupException("Cannot stage the restore: " + e + "; nothing was changed", e);
    } finally {
      Directories.deleteQuietly(staging);
    }
  }

  private InvalidInputException noBackupOn(LocalDate date, List<BackupInfo> all) {
    TreeSet<LocalDate> dates = new TreeSet<>(Comparator.reverseOrder());
    all.forEach(b -> dates.add(b.date()));
    return new InvalidInputException(
        "No backup of "
            + date
            + " in s3://"
            + target.bucket()
            + "/"
            + target.prefix()
            + (dates.isEmpty() ? "; there are no backups yet" : "; backups exist for " + dates));
  }

  private BackupInfo describe(String key, Instant stamp, Long size) {
    HeadObjectResponse head = s3Call(() -> s3.headObject(r -> r.bucket(target.bucket()).key(key)));
    Map<String, String> meta = head.metadata();
    Instant created = stamp;
    try {
      if (meta.containsKey(META_CREATED)) {
        created = Instant.parse(meta.get(META_CREATED));
      }
    } catch (DateTimeParseException e) {
      created = stamp;
    }
    return new BackupInfo(
        key,
        created,
        size == null ? head.contentLength() : size,
        meta.getOrDefault(META_SCHEMA, "unknown"),
        meta.get(META_SHA256),
        meta.getOrDefault(META_SOURCE, "unknown"),
        head.serverSideEncryptionAsString());
  }

  /** The creation time in a backup's object name, or empty for another object. */
  private Optional<Instant> parseStamp(String key) {
    String name = key.substring(target.prefix().length());
    if (!name.startsWith(NAME_PREFIX) || !name.endsWith(NAME_SUFFIX)) {
      return Optional.empty();
    }
    String stamp = name.substring(NAME_PREFIX.length(), name.length() - NAME_SUFFIX.length());
    try {
      return Optional.of(Instant.from(STAMP.parse(stamp)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Path createStaging() {
    try {
      Files.createDirectories(source.stagingParent());
      return Files.createTempDirectory(source.stagingParent(), ".restore-");
    } catch (IOException e) {
      throw new BackupException(
          "Cannot create a staging directory in " + source.stagingParent() + ": " + e, e);
    }
  }

  private static Path createTempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new BackupException("Cannot create a temporary directory: " + e, e);
    }
  }

  private <T> T s3Call(S3Call<T> call) {
    try {
      return call.run();
    } catch (SdkException e) {
      throw new BackupException(
          "S3 call on s3://"
              + target.bucket()
              + "/"
              + target.prefix()
              + " failed: "
              + e.getMessage()
              + "; check the bucket, region and credentials",
          e);
    }
  }

  @FunctionalInterface
  private interface S3Call<T> {
    T run();
  }
}
