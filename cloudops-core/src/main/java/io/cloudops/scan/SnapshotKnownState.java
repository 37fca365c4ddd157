package io.cloudops.scan;

import io.cloudops.InvalidInputException;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Known state held in memory as key and content hash per slice (not whole resources): from a
 * previous scan's resources or its JSON-lines output.
 */
public final class SnapshotKnownState implements KnownState {

  private final Map<SliceKey, Map<String, String>> hashes = new HashMap<>();

  private SnapshotKnownState() {}

  /** The state of these resources. */
  public static SnapshotKnownState of(Iterable<AwsResource> resources) {
    SnapshotKnownState state = new SnapshotKnownState();
    resources.forEach(state::add);
    return state;
  }

  /**
   * The state recorded in a JSON-lines file written by {@link JsonLinesSink}; empty when the file
   * does not exist.
   */
  public static SnapshotKnownState readJsonLines(Path file) {
    SnapshotKnownState state = new SnapshotKnownState();
    if (!Files.exists(file)) {
      return state;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          state.add(Json.read(line, AwsResource.class, file + " line " + number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read previous scan " + file, e);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.getMessage() + "; write the scan to another file or delete this one", e);
    }
    return state;
  }

  private void add(AwsResource resource) {
    hashes
        .computeIfAbsent(ScannerRegistry.sliceOf(resource), k -> new HashMap<>())
        .put(resource.key(), resource.contentHash());
  }

  @Override
  public Map<String, String> hashes(SliceKey slice) {
    return hashes.getOrDefault(slice, Map.of());
  }

  /** How many resources are known. */
  public int size() {
    return hashes.values().stream().mapToInt(Map::size).sum();
  }
}
