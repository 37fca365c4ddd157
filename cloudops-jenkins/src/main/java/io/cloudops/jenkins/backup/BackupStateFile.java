package io.cloudops.jenkins.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.jenkins.backup.BackupState.LastRun;
import io.cloudops.jenkins.backup.BackupState.Outcome;
import io.cloudops.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@link BackupState} as a small JSON file under JENKINS_HOME, versioned ({@code "format": 1})
 * and replaced atomically: written to a temporary file, forced to disk, then renamed over the old
 * one, so a crash leaves either the old or the new state. It holds times, the backup's object key
 * and failure messages; never a secret.
 *
 * <pre>
 * {"format": 1, "since": "2026-11-20T10:00:00Z",
 *  "last_run": {"started_at": "...", "finished_at": "...",
 *               "outcome": "created", "backup_key": "cloudops/backups/cloudops-backup-...zip"}}
 * </pre>
 *
 * A failed run has {@code "outcome": "failed"} and a {@code "message"} instead of the key.
 */
public final class BackupStateFile {

  /** The file's name in JENKINS_HOME. */
  public static final String NAME = "cloudops-backup-state.json";

  static final int FORMAT = 1;

  private final Path file;

  public BackupStateFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  /**
   * The stored state; empty when there is no file yet.
   *
   * @throws IOException when the file cannot be read or is not a state this version understands
   *     (the message names the file)
   */
  public Optional<BackupState> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      JsonNode root = Json.mapper().readTree(text);
      int format = root.path("format").asInt(-1);
      if (format != FORMAT) {
        throw new IOException(
            file + " has format " + root.path("format") + ", this plugin reads format " + FORMAT);
      }
      Optional<LastRun> lastRun = Optional.empty();
      JsonNode run = root.path("last_run");
      if (!run.isMissingNode() && !run.isNull()) {
        lastRun =
            Optional.of(
                new LastRun(instant(run, "started_at"), instant(run, "finished_at"), outcome(run)));
      }
      return Optional.of(new BackupState(instant(root, "since"), lastRun));
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + " is not a readable backup state: " + e.getMessage(), e);
    }
  }

  /** Replaces the stored state. */
  public void write(BackupState state) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("format", FORMAT);
    root.put("since", state.since().toString());
    state
        .lastRun()
        .ifPresent(
            run -> {
              ObjectNode node = root.putObject("last_run");
              node.put("started_at", run.startedAt().toString());
              node.put("finished_at", run.finishedAt().toString());
              if (run.outcome() instanceof Outcome.Created created) {
                node.put("outcome", "created");
                node.put("backup_key", created.backupKey());
              } else if (run.outcome() instanceof Outcome.Failed failed) {
                node.put("outcome", "failed");
                node.put("message", failed.message());
              }
            });
    byte[] bytes =
        (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = dir.resolve(file.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            partial,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(dir);
  }

  /** Makes the rename durable where the platform allows opening a directory (Linux does). */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported here (e.g. Windows); the rename itself is atomic
    }
  }

  private static Outcome outcome(JsonNode run) {
    String outcome = run.path("outcome").asText("");
    return switch (outcome) {
      case "created" -> new Outcome.Created(text(run, "backup_key"));
      case "failed" -> new Outcome.Failed(text(run, "message"));
      default -> throw new IllegalArgumentException("unknown outcome '" + outcome + "'");
    };
  }

  private static Instant instant(JsonNode node, String field) {
    try {
      return Instant.parse(text(node, field));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not an ISO instant", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value.asText();
  }
}
