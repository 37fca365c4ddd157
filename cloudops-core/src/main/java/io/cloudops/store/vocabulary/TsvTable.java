package io.cloudops.store.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A tab-separated data file of this package: {@code #} lines are its header, one row a line. */
final class TsvTable {

  private TsvTable() {}

  /**
   * The rows of a bundled table.
   *
   * @param columns how many fields every row has
   * @throws IllegalStateException when the file is missing or a row is malformed (a build defect)
   */
  static List<String[]> read(String resource, int columns) {
    try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The vocabulary table " + resource + " is missing");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != columns || Arrays.stream(fields).anyMatch(String::isBlank)) {
          throw new IllegalStateException(
              "Malformed line in " + resource + " (" + columns + " fields expected): " + line);
        }
        rows.add(fields);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the vocabulary table " + resource, e);
    }
  }

  /** A comma-separated field as its trimmed items. */
  static List<String> list(String field) {
    return Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
