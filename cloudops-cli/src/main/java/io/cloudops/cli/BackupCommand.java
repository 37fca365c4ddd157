package io.cloudops.cli;

import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.backup.BackupInfo;
import io.cloudops.backup.BackupManager;
import io.cloudops.backup.BackupSession;
import io.cloudops.backup.BackupTarget;
import io.cloudops.backup.CreateResult;
import io.cloudops.backup.EmbeddedSnapshotSource;
import io.cloudops.backup.RestoreResult;
import io.cloudops.config.CloudOpsSettings;
import io.cloudops.store.backends.Stores;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cloudops backup}: back the store up to S3, list the backups, restore one by date. */
@Command(
    name = "backup",
    description = {
      "Back the store up to S3, list the backups, restore one by date.",
      "",
      "A backup is a zip of the store at one commit, uploaded with server-side encryption and a"
          + " SHA-256 checksum. The encryption key is never in it: keep the key (CLOUDOPS_KEY or"
          + " <data-dir>/key) safe, a restored backup is unreadable without it."
    },
    subcommands = {
      BackupCommand.CreateCommand.class,
      BackupCommand.ListCommand.class,
      BackupCommand.RestoreCommand.class
    })
final class BackupCommand extends BaseCommand {

  static final String BUCKET_ENV = "CLOUDOPS_BACKUP_BUCKET";
  static final String PREFIX_ENV = "CLOUDOPS_BACKUP_PREFIX";
  static final String KMS_KEY_ENV = "CLOUDOPS_BACKUP_KMS_KEY_ID";

  @Override
  protected int run(CliContext context) {
    spec.commandLine().usage(context.out());
    return ExitCodes.OK;
  }

  /** Where the backups are and how to reach S3; shared by the subcommands. */
  static final class Target {
    @Option(
        names = "--bucket",
        paramLabel = "B",
        description = "The S3 bucket (default: $" + BUCKET_ENV + ").")
    String bucket;

    @Option(
        names = "--prefix",
        paramLabel = "P",
        description =
            "Key prefix in the bucket (default: $"
                + PREFIX_ENV
                + ", else "
                + BackupTarget.DEFAULT_PREFIX
                + ").")
    String prefix;

    @Option(
        names = "--kms-key-id",
        paramLabel = "ID",
        description = "Request SSE-KMS with this key (default: $" + KMS_KEY_ENV + ", else AES256).")
    String kmsKeyId;

    @Option(
        names = "--endpoint-url",
        paramLabel = "URL",
        description = "Send S3 calls here (moto, MinIO, a proxy); default: $AWS_ENDPOINT_URL.")
    String endpointUrl;

    @Option(
        names = "--region",
        paramLabel = "REGION",
        description = "The bucket's region (default: $AWS_REGION, $AWS_DEFAULT_REGION, us-east-1).")
    String region;

    BackupTarget target(Map<String, String> env) {
      return new BackupTarget(
          firstSet(bucket, env.get(BUCKET_ENV)),
          firstSet(prefix, env.get(PREFIX_ENV)),
          firstSet(kmsKeyId, env.get(KMS_KEY_ENV)));
    }

    /** Runs the work with a manager on an S3 client that is closed afterwards. */
    <T> T withManager(CliContext context, Function<BackupManager, T> work) {
      CloudOpsSettings settings = context.settings();
      Map<String, String> env = context.env();
      BackupTarget target = target(env);
      URI endpoint = endpoint(settings);
      try (AwsClientFactory clients =
              AwsClientFactory.builder()
                  .credentials(CliAws.credentials(env))
                  .endpointOverride(endpoint)
                  .connectTimeout(settings.connectTimeout())
                  .socketTimeout(settings.requestTimeout())
                  .build();
          BackupSession session =
              BackupSession.open(
                  clients,
                  region != null ? region : CliAws.region(env),
                  target,
                  new EmbeddedSnapshotSource(
                      Stores.snapshots(settings.dataDir(), env, Stores.DEFAULT_LOCK_WAIT)),
                  Clock.systemUTC())) {
        return work.apply(session.manager());
      }
    }

    private URI endpoint(CloudOpsSettings settings) {
      if (endpointUrl == null || endpointUrl.isBlank()) {
        return settings.awsEndpointUrl().orElse(null);
      }
      return CliUrls.endpoint(endpointUrl);
    }

    private static String firstSet(String option, String env) {
      return option != null && !option.isBlank() ? option : env;
    }
  }

  static Map<String, Object> json(BackupInfo b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", b.date().toString());
    m.put("created_at", b.createdAt().toString());
    m.put("key", b.key());
    m.put("size", b.size());
    m.put("schema_version", b.schemaVersion());
    m.put("sha256", b.sha256());
    m.put("source", b.source());
    m.put("server_side_encryption", b.serverSideEncryption());
    return m;
  }

  static String line(BackupInfo b) {
    return String.format(
        "%s  %s  %10d bytes  schema %s  %s",
        b.date(), b.createdAt(), b.size(), b.schemaVersion(), b.key());
  }

  /** {@code backup create}. */
  @Command(name = "create", description = "Back the store up now.")
  static final class CreateCommand extends BaseCommand {
    @Mixin Target target;

    @Option(
        names = "--keep",
        paramLabel = "N",
        description = "Then delete all but the newest N backups (default: keep all).")
    Integer keep;

    @Override
    protected int run(CliContext context) {
      if (keep != null && keep < 1) {
        throw new InvalidInputException("--keep must be at least 1, not " + keep);
      }
      CreateResult result = target.withManager(context, m -> m.create(keep == null ? 0 : keep));
      if (context.json()) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("backup", json(result.created()));
        out.put("deleted", result.deleted().stream().map(BackupCommand::json).toList());
        context.printJson(out);
        return ExitCodes.OK;
      }
      context.out().println("created " + line(result.created()));
      for (BackupInfo old : result.deleted()) {
        context.out().println("deleted " + line(old));
      }
      context.out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code backup list}. */
  @Command(name = "list", description = "List the backups, newest first.")
  static final class ListCommand extends BaseCommand {
    @Mixin Target target;

    @Override
    protected int run(CliContext context) {
      List<BackupInfo> backups = target.withManager(context, BackupManager::list);
      if (context.json()) {
        context.printJson(Map.of("backups", backups.stream().map(BackupCommand::json).toList()));
        return ExitCodes.OK;
      }
      if (backups.isEmpty()) {
        context.progress("No backups yet; create one with 'cloudops backup create'");
      }
      backups.forEach(b -> context.out().println(line(b)));
      context.out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code backup restore}. */
  @Command(
      name = "restore",
      description = {
        "Replace the store with the newest backup of a date.",
        "",
        "The download's checksum is verified and the backup is unpacked and opened next to the"
            + " store before anything is replaced; refused while another process writes to the"
            + " store. Without --date, lists the dates there are and exits 2."
      })
  static final class RestoreCommand extends BaseCommand {
    @Mixin Target target;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The (UTC) date of the backup; the newest of that date is used.")
    String date;

    @Override
    protected int run(CliContext context) {
      if (date == null) {
        List<LocalDate> dates = target.withManager(context, BackupManager::dates);
        if (context.json()) {
          context.printJson(Map.of("dates", dates.stream().map(LocalDate::toString).toList()));
        } else {
          dates.forEach(d -> context.out().println(d));
          context.out().flush();
        }
        throw new CliExit(
            ExitCodes.USAGE,
            dates.isEmpty()
                ? "No backups to restore yet; create one with 'cloudops backup create'"
                : "Pass --date YYYY-MM-DD with one of the dates above to restore that backup");
      }
      LocalDate day;
      try {
        day = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("--date '" + date + "' is not a date; use YYYY-MM-DD");
      }
      RestoreResult result = target.withManager(context, m -> m.restore(day));
      if (context.json()) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("backup", json(result.backup()));
        out.put("resources", result.data().resources());
        out.put("conversations", result.data().conversations());
        context.printJson(out);
        return ExitCodes.OK;
      }
      context
          .out()
          .printf(
              "restored %s: %d resources, %d conversations%n",
              result.backup().key(), result.data().resources(), result.data().conversations());
      context.out().flush();
      return ExitCodes.OK;
    }
  }
}
