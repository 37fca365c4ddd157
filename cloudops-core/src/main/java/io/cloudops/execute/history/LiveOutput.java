package io.cloudops.execute.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cloudops.CloudOpsException;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The output lines of running executions as the engine emits them (already masked, as the history's
 * step output is), one file per execution under {@code history/live/}, each line encrypted with the
 * history's key. A console follows them while a step runs; the file is removed when the execution
 * ends, its step results then being in the history.
 */
public final class LiveOutput {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private final Path dir;
  private final RecordCipher cipher;

  LiveOutput(Path dir, RecordCipher cipher) {
    this.dir = dir;
    this.cipher = cipher;
  }

  /** One output line of a step. */
  public record Line(@JsonProperty("step_id") String stepId, @JsonProperty("text") String text) {}

  /** Appends a (masked) line of a step's output. */
  public void append(String executionId, String stepId, String line) {
    Line sealed = new Line(stepId, cipher.encryptText(line, executionId + "/" + stepId));
    try {
      Files.createDirectories(dir);
      Files.writeString(
          file(executionId),
          Json.write(sealed) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot append to the live output of " + executionId + ": " + e.getMessage(), e);
    }
  }

  /** The lines from the {@code from}-th on (0-based), decrypted; none once the run has ended. */
  public List<Line> read(String executionId, int from) {
    Path file = file(executionId);
    List<Line> lines = new ArrayList<>();
    List<String> stored;
    try {
      if (!Files.exists(file)) {
        return lines;
      }
      stored = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return lines; // removed while reading: the run ended
    }
    for (int i = from; i < stored.size(); i++) {
      String text = stored.get(i);
      if (!text.endsWith("}")) {
        break; // a line still being written
      }
      Line sealed = Json.read(text, Line.class, "live output line");
      lines.add(
          new Line(
              sealed.stepId(),
              cipher.decryptText(sealed.text(), executionId + "/" + sealed.stepId())));
    }
    return lines;
  }

  /** Forgets a run's lines (it ended). */
  void delete(String executionId) {
    try {
      Files.deleteIfExists(file(executionId));
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot remove the live output of " + executionId + ": " + e.getMessage(), e);
    }
  }

  private Path file(String executionId) {
    if (!ID.matcher(executionId).matches()) {
      throw new IllegalArgumentException("not an execution id: " + executionId);
    }
    return dir.resolve(executionId + ".jsonl");
  }
}
