package io.cloudops.store.lucene;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** The golden data dirs under {@code store-fixtures/schema-vN} (see their READMEs), for tests. */
final class StoreFixtures {

  private StoreFixtures() {}

  /** Copies a fixture's data dir (key, store, expected JSON) into {@code dataDir}. */
  static void copy(String fixture, Path dataDir) throws IOException {
    Path from;
    try {
      from =
          Path.of(
                  StoreFixtures.class
                      .getResource("/store-fixtures/" + fixture + "/README.md")
                      .toURI())
              .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = dataDir.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    // a key file must be private (KeyFiles refuses one others may read); resources are 0644
    Path key = dataDir.resolve(KeyFiles.KEY_FILE);
    if (Files.exists(key)) {
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** What the release that wrote the fixture read back from its estate. */
  static List<AwsResource> expectedEstate(Path dataDir) throws IOException {
    return Json.mapper()
        .readValue(
            dataDir.resolve("expected-estate.json").toFile(),
            new TypeReference<List<AwsResource>>() {});
  }

  /** The commit user data of an index ({@code estate} or {@code chat}). */
  static Map<String, String> userData(Path dataDir, String index) {
    try (var directory = FSDirectory.open(dataDir.resolve("store").resolve(index))) {
      return SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The indexed vector of every live document, by a stored field of it (e.g. the key). */
  static Map<String, float[]> vectors(Path dataDir, String index, String idField)
      throws IOException {
    Map<String, float[]> vectors = new HashMap<>();
    try (var directory = FSDirectory.open(dataDir.resolve("store").resolve(index));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      DocValuesReader values = new DocValuesReader(searcher);
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int local = 0; local < leaf.reader().maxDoc(); local++) {
          if (live == null || live.get(local)) {
            int doc = leaf.docBase + local;
            vectors.put(
                searcher.storedFields().document(doc).get(idField),
                values.vector(EstateFields.VECTOR, doc));
          }
        }
      }
    }
    return vectors;
  }
}
