package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.datadir.KeyRotation;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.lucene.LuceneStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store against real processes and real files: a writer killed with SIGKILL, two
 * processes on one data dir, what lands on disk, wrong keys, damaged and unknown indexes, key
 * rotation.
 */
class EmbeddedStoreIT {

  @TempDir Path dataDir;

  private Process child(String mode) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            StoreWriterMain.class.getName(),
            mode,
            dataDir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Reads the child's output until a line starts with the prefix; returns that line. */
  private static String awaitLine(BufferedReader out, String prefix, int minCommitted)
      throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix)
          && (minCommitted == 0 || Integer.parseInt(line.split(" ")[1]) >= minCommitted)) {
        return line;
      }
    }
    throw new AssertionError("child exited before printing " + prefix);
  }

  @Test
  void writerKilledDuringBulkUpsert_leavesCommittedDataIntact_andIndexConsistent()
      throws Exception {
    Process writer = child("bulk");
    int committed;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      committed = Integer.parseInt(awaitLine(out, "committed", 150).split(" ")[1]);
      writer.destroyForcibly(); // SIGKILL, mid-way through a later batch
      writer.waitFor();
    }

    try (Directory directory = FSDirectory.open(dataDir.resolve("store/estate"));
        CheckIndex check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      long count = stores.estate().count();
      assertThat(count).isGreaterThanOrEqualTo(committed);
      assertThat(count % StoreWriterMain.BATCH).as("only whole batches are committed").isZero();
      for (AwsResource resource : StoreWriterMain.batch(0)) {
        assertThat(stores.estate().get(resource.key())).contains(resource);
      }
      assertThat(stores.estate().search("data-volume-7", ResourceFilter.any(), 1))
          .extracting(h -> h.resource().name())
          .containsExactly("data-volume-7");
      stores.estate().bulkUpsert(StoreWriterMain.batch(1000));
      assertThat(stores.estate().count()).isEqualTo(count + StoreWriterMain.BATCH);
    }
  }

  @Test
  void secondWriter_isToldWhichPidHoldsTheStore_whileReadersStillRead() throws Exception {
    try (StoreHandle first = EmbeddedStores.open(dataDir)) {
      first.estate().bulkUpsert(StoreWriterMain.batch(0));
    }
    Process holder = child("hold");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      awaitLine(out, "ready", 0);

      assertThatThrownBy(() -> EmbeddedStores.open(dataDir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("Store in use by PID " + holder.pid());
      try (StoreHandle reader = EmbeddedStores.open(dataDir, StoreAccess.READ_ONLY)) {
        assertThat(reader.estate().count()).isEqualTo(StoreWriterMain.BATCH);
        assertThatThrownBy(() -> reader.estate().delete("x"))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("read-only");
      }
    } finally {
      holder.destroyForcibly();
      holder.waitFor();
    }
    try (StoreHandle after = EmbeddedStores.open(dataDir)) {
      assertThat(after.estate().count()).isEqualTo(StoreWriterMain.BATCH);
    }
  }

  @Test
  void plaintextOfChatMessagesAndProperties_neverReachesDisk() throws Exception {
    String secret = "launch-codes-" + UUID.randomUUID();
    String propertySecret = "db-password-hint-" + UUID.randomUUID();
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      stores.chat().append("ctx-secret", Message.user("remember " + secret, Instant.now()));
      stores
          .estate()
          .upsert(
              AwsResource.builder()
                  .id("billing-prod-db")
                  .name("billing-prod-db")
                  .resourceType("rds:db-instance")
                  .service("rds")
                  .accountId("111111111111")
                  .region("eu-west-1")
                  .property("note", propertySecret)
                  .build());
      assertThat(stores.chat().history("ctx-secret", 1).get(0).content()).contains(secret);
    }

    byte[][] needles = {
      secret.getBytes(StandardCharsets.UTF_8), propertySecret.getBytes(StandardCharsets.UTF_8)
    };
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    boolean nameFound = false;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (byte[] needle : needles) {
        assertThat(indexOf(bytes, needle)).as("plaintext in %s", file).isEqualTo(-1);
      }
      nameFound |= indexOf(bytes, "billing-prod-db".getBytes(StandardCharsets.UTF_8)) >= 0;
    }
    assertThat(nameFound).as("the grep sees clear fields, so it would see a leak").isTrue();
  }

  @Test
  void wrongKey_failsClearly_andTouchesNothing() throws Exception {
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      stores.estate().bulkUpsert(StoreWriterMain.batch(0));
      stores.chat().append("c", Message.user("hello", Instant.now()));
    }
    Map<String, String> before = snapshot(dataDir);
    String otherKey = Base64.getEncoder().encodeToString(KeyFiles.newKey());

    assertThatThrownBy(
            () ->
                LuceneStores.open(
                    dataDir,
                    KeyFiles.load(dataDir, Map.of(KeyFiles.KEY_VARIABLE, otherKey)),
                    SharedModel.embedder(),
                    StoreAccess.READ_WRITE,
                    Duration.ofSeconds(1)))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("does not open the store")
        .hasMessageContaining("set the encryption key");
    assertThat(snapshot(dataDir)).isEqualTo(before);
  }

  @Test
  void damagedIndexFile_givesAClearError() throws Exception {
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      stores.estate().bulkUpsert(StoreWriterMain.batch(0));
    }
    Path segments;
    try (Stream<Path> list = Files.list(dataDir.resolve("store/estate"))) {
      segments =
          list.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().get();
    }
    byte[] bytes = Files.readAllBytes(segments);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
      bytes[i] = (byte) ~bytes[i];
    }
    Files.write(segments, bytes);

    assertThatThrownBy(() -> EmbeddedStores.open(dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is damaged")
        .hasMessageContaining("restore it from a backup");
  }

  @Test
  void unknownSchemaVersion_isRefusedWithAClearMessage() throws Exception {
    Path estate = dataDir.resolve("store/estate");
    Files.createDirectories(estate);
    try (Directory directory = FSDirectory.open(estate);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("cloudops.schema_version", "99").entrySet());
      writer.commit();
    }

    assertThatThrownBy(() -> EmbeddedStores.open(dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("upgrade CloudOps");
  }

  @Test
  void keyRotation_reencryptsEverything_underTheNewKeyOnly() throws Exception {
    List<AwsResource> resources = StoreWriterMain.batch(0);
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      stores.estate().bulkUpsert(resources);
      stores.chat().append("c", Message.user("rotate me", Instant.parse("2026-01-01T00:00:00Z")));
    }
    String oldKey = Files.readString(dataDir.resolve(KeyFiles.KEY_FILE)).strip();

    KeyRotation.Result result = KeyRotation.rotate(dataDir, Map.of(), null);

    assertThat(result.records()).isEqualTo(resources.size() + 1);
    assertThat(result.keyFileReplaced()).isTrue();
    assertThat(result.newKeyId()).isNotEqualTo(result.oldKeyId());
    assertThat(dataDir.resolve(KeyRotation.NEXT_KEY_FILE)).doesNotExist();
    assertThat(Files.readString(dataDir.resolve(KeyFiles.KEY_FILE)).strip()).isNotEqualTo(oldKey);
    try (StoreHandle stores = EmbeddedStores.open(dataDir)) {
      assertThat(stores.estate().get(resources.get(3).key())).contains(resources.get(3));
      assertThat(stores.chat().history("c", 5).get(0).content()).isEqualTo("rotate me");
    }
    assertThatThrownBy(
            () ->
                LuceneStores.open(
                    dataDir,
                    KeyFiles.load(dataDir, Map.of(KeyFiles.KEY_VARIABLE, oldKey)),
                    SharedModel.embedder(),
                    StoreAccess.READ_ONLY,
                    Duration.ZERO))
        .isInstanceOf(CryptoException.class);
  }

  @Test
  void keyRotation_withTheKeyInTheEnvironment_needsTheNewKey_andAWrongKeyTouchesNothing()
      throws Exception {
    byte[] oldKey = KeyFiles.newKey();
    byte[] newKey = KeyFiles.newKey();
    Map<String, String> oldEnv =
        Map.of(KeyFiles.KEY_VARIABLE, Base64.getEncoder().encodeToString(oldKey));
    try (LuceneStores stores =
        LuceneStores.open(
            dataDir,
            KeyFiles.load(dataDir, oldEnv),
            SharedModel.embedder(),
            StoreAccess.READ_WRITE,
            Duration.ofSeconds(1))) {
      stores.estate().bulkUpsert(StoreWriterMain.batch(0));
    }
    Map<String, String> before = snapshot(dataDir);
    Map<String, String> wrongEnv =
        Map.of(KeyFiles.KEY_VARIABLE, Base64.getEncoder().encodeToString(KeyFiles.newKey()));

    assertThatThrownBy(() -> KeyRotation.rotate(dataDir, oldEnv, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("set the encryption key");
    assertThatThrownBy(() -> KeyRotation.rotate(dataDir, wrongEnv, newKey))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("does not open the store");
    assertThat(snapshot(dataDir)).isEqualTo(before);

    KeyRotation.Result result = KeyRotation.rotate(dataDir, oldEnv, newKey);

    assertThat(result.records()).isEqualTo(StoreWriterMain.BATCH);
    assertThat(result.keyFileReplaced()).isFalse();
    Map<String, String> newEnv =
        Map.of(KeyFiles.KEY_VARIABLE, Base64.getEncoder().encodeToString(newKey));
    try (LuceneStores stores =
        LuceneStores.open(
            dataDir,
            KeyFiles.load(dataDir, newEnv),
            SharedModel.embedder(),
            StoreAccess.READ_ONLY,
            Duration.ZERO)) {
      AwsResource first = StoreWriterMain.batch(0).get(0);
      assertThat(stores.estate().get(first.key())).contains(first);
    }
    assertThatThrownBy(
            () ->
                LuceneStores.open(
                    dataDir,
                    KeyFiles.load(dataDir, oldEnv),
                    SharedModel.embedder(),
                    StoreAccess.READ_ONLY,
                    Duration.ZERO))
        .isInstanceOf(CryptoException.class);
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString(),
            Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return files;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
