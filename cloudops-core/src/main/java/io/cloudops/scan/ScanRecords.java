package io.cloudops.scan;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cloudops.CloudOpsException;
import io.cloudops.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last scan of every account and region, in the data dir ({@value #FILE_NAME}): each scan
 * replaces the records of the accounts and regions it touched and keeps the others. Written whole
 * through a temporary file, so a reader never sees half of it.
 */
public final class ScanRecords {

  public static final String FILE_NAME = "scans-v1.json";

  private final Path file;

  private ScanRecords(Path file) {
    this.file = file;
  }

  /** The records of a data dir. */
  public static ScanRecords in(Path dataDir) {
    return new ScanRecords(dataDir.resolve(FILE_NAME));
  }

  /** The file's document: versioned, so a later format can migrate this one. */
  record Document(
      @JsonProperty("version") int version, @JsonProperty("records") List<ScanRecord> records) {}

  /** Every record, by account and region; empty before the first scan. */
  public synchronized List<ScanRecord> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      Document document =
          Json.read(
              Files.readString(file, StandardCharsets.UTF_8), Document.class, file.toString());
      if (document.version() != 1) {
        throw new CloudOpsException(
            file + " has version " + document.version() + "; this CloudOps reads version 1");
      }
      return document.records() == null ? List.of() : document.records();
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot read the scan records " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the records of the same account and region, keeps the others. */
  public synchronized void merge(List<ScanRecord> latest) {
    Map<String, ScanRecord> bySlice = new TreeMap<>();
    read().forEach(r -> bySlice.put(r.slice(), r));
    latest.forEach(r -> bySlice.put(r.slice(), r));
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
      Files.writeString(
          temporary,
          Json.writePretty(new Document(1, new ArrayList<>(bySlice.values()))) + "\n",
          StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot write the scan records " + file + ": " + e.getMessage(), e);
    }
  }
}
