package io.cloudops.cli;

import io.cloudops.InvalidInputException;
import io.cloudops.datadir.KeyRotation;
import io.cloudops.model.AwsResource;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudops estate}: list, count and show stored resources; rotate the store's key. */
@Command(
    name = "estate",
    description = "List, count and show stored resources; rotate the encryption key.",
    subcommands = {
      EstateCommand.ListCommand.class,
      EstateCommand.CountCommand.class,
      EstateCommand.GetCommand.class,
      EstateCommand.RotateKeyCommand.class
    })
final class EstateCommand extends BaseCommand {

  @Override
  protected int run(CliContext context) {
    spec.commandLine().usage(context.out());
    return ExitCodes.OK;
  }

  /** {@code estate list}. */
  @Command(name = "list", description = "List stored resources, ordered by key.")
  static final class ListCommand extends BaseCommand {
    @Mixin FilterOptions filter = new FilterOptions();

    @Override
    protected int run(CliContext context) {
      List<AwsResource> resources;
      try (StoreHandle stores =
          Stores.open(context.settings(), context.env(), StoreAccess.READ_ONLY)) {
        resources = stores.estate().list(filter.toFilter());
      }
      if (context.json()) {
        context.printJson(Map.of("resources", resources));
        return ExitCodes.OK;
      }
      for (AwsResource r : resources) {
        context
            .out()
            .printf(
                "%-40s %-22s %-14s %-12s %-12s %s%n",
                r.name() == null ? r.id() : r.name(),
                r.resourceType(),
                r.region(),
                r.accountId(),
                r.state() == null ? "-" : r.state(),
                r.key());
      }
      context.out().flush();
      context.progress(resources.size() + " resources");
      return ExitCodes.OK;
    }
  }

  /** {@code estate count}. */
  @Command(name = "count", description = "Print how many resources are stored.")
  static final class CountCommand extends BaseCommand {
    @Mixin FilterOptions filter = new FilterOptions();

    @Override
    protected int run(CliContext context) {
      long count;
      try (StoreHandle stores =
          Stores.open(context.settings(), context.env(), StoreAccess.READ_ONLY)) {
        count = stores.estate().count(filter.toFilter());
      }
      if (context.json()) {
        context.printJson(Map.of("count", count));
      } else {
        context.out().println(count);
        context.out().flush();
      }
      return ExitCodes.OK;
    }
  }

  /** {@code estate get ID}. */
  @Command(name = "get", description = "Show one resource by key, ARN or id (as JSON).")
  static final class GetCommand extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "The resource's key, ARN or id.")
    String id;

    @Override
    protected int run(CliContext context) {
      Optional<AwsResource> resource;
      try (StoreHandle stores =
          Stores.open(context.settings(), context.env(), StoreAccess.READ_ONLY)) {
        resource = stores.estate().get(id);
      }
      if (resource.isEmpty()) {
        throw new CliExit(
            ExitCodes.FAILURE,
            "No stored resource has the key, ARN or id '" + id + "'; try: cloudops search " + id);
      }
      context.printJson(resource.get());
      return ExitCodes.OK;
    }
  }

  /** {@code estate rotate-key}. */
  @Command(
      name = "rotate-key",
      description = {
        "Re-encrypt the estate and conversations under a new key.",
        "With the key in <data-dir>/key, a new key is generated and replaces it.",
        "With CLOUDOPS_KEY, pass --new-key-file, then set CLOUDOPS_KEY to that key."
      })
  static final class RotateKeyCommand extends BaseCommand {
    @Option(
        names = "--new-key-file",
        paramLabel = "FILE",
        description = "A file holding the new key (base64 of 32 random bytes).")
    Path newKeyFile;

    @Override
    protected int run(CliContext context) {
      byte[] newKey = newKeyFile == null ? null : readKey(newKeyFile);
      Path dataDir = context.settings().dataDir();
      KeyRotation.Result result =
          KeyRotation.rotate(context.settings().dataDir(), context.env(), newKey);
      if (context.json()) {
        context.printJson(
            Map.of(
                "records", result.records(),
                "old_key_id", result.oldKeyId(),
                "new_key_id", result.newKeyId(),
                "key_file_replaced", result.keyFileReplaced()));
      } else {
        context
            .out()
            .printf(
                "Re-encrypted %d records: key %s -> %s%n",
                result.records(), result.oldKeyId(), result.newKeyId());
        context.out().flush();
        if (!result.keyFileReplaced()) {
          context.progress("Now set CLOUDOPS_KEY to the key in " + newKeyFile + ".");
        }
      }
      return ExitCodes.OK;
    }

    private static byte[] readKey(Path file) {
      try {
        byte[] key =
            Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (key.length != 32) {
          throw new InvalidInputException(
              "--new-key-file " + file + " holds " + key.length + " bytes; expected 32");
        }
        return key;
      } catch (IOException | IllegalArgumentException e) {
        throw new InvalidInputException(
            "--new-key-file " + file + " is not a readable base64 key: " + e.getMessage(), e);
      }
    }
  }
}
