package io.cloudops.datadir;

import io.cloudops.InvalidInputException;
import io.cloudops.Setting;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.backends.Stores;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.lucene.LuceneStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Re-encrypts everything a data dir seals (the estate and conversation indexes, the execution
 * history) under a new key: the one operation every front end calls. Crash-safe in this order: the
 * new key is written to {@code <data-dir>/key.next} (0600); every record is re-sealed under it (one
 * commit per index, the history file replaced atomically); then {@code key.next} atomically
 * replaces {@code key}. Until that last step both keys are in the ring, so a crash at any point
 * leaves a data dir that opens, and running the rotation again finishes it. When the key comes from
 * the environment ({@code CLOUDOPS_KEY}), the caller supplies the new key and must set the key to
 * it afterwards.
 */
public final class KeyRotation {

  /** A new key waiting to replace {@code <data-dir>/key}. */
  public static final String NEXT_KEY_FILE = KeyFiles.NEXT_KEY_FILE;

  /** What a rotation did. */
  public record Result(int records, String oldKeyId, String newKeyId, boolean keyFileReplaced) {}

  private KeyRotation() {}

  /**
   * Rotates to a new key.
   *
   * @param newKey 32 bytes; null to generate one (only when the key lives in the key file)
   */
  public static Result rotate(Path dataDir, Map<String, String> env, byte[] newKey) {
    boolean fromEnv = isSet(env.get(KeyFiles.KEY_VARIABLE));
    if (fromEnv && newKey == null) {
      throw new InvalidInputException(
          "The encryption key is set directly, not kept in the data dir's key file: give the new"
              + " key (base64 of 32 bytes) to rotate to, then set the encryption key to it",
          Setting.ENCRYPTION_KEY);
    }
    try (Embedder embedder = Stores.defaultEmbedder()) {
      return rotate(dataDir, env, newKey, fromEnv, embedder);
    }
  }

  private static Result rotate(
      Path dataDir, Map<String, String> env, byte[] newKey, boolean fromEnv, Embedder embedder) {
    KeyRing old = KeyFiles.load(dataDir, env);
    Path next = dataDir.resolve(NEXT_KEY_FILE);
    boolean unfinished = !fromEnv && Files.exists(next);
    if (unfinished && newKey != null) {
      throw new InvalidInputException(
          "A key rotation is unfinished ("
              + next
              + " exists); rotate again without a new key to finish it first");
    }
    byte[] fresh;
    if (fromEnv) {
      fresh = newKey.clone();
    } else if (unfinished) {
      fresh = KeyFiles.readOrCreate(next); // finish the interrupted rotation
    } else {
      fresh = newKey == null ? KeyFiles.newKey() : newKey.clone();
    }
    KeyRing ring = KeyRing.of(fresh, List.of(old.current().material()));
    // Opening read-only first verifies the key (a record may already be under the new key when a
    // rotation was interrupted) before anything is written.
    LuceneStores.open(dataDir, ring, embedder, StoreAccess.READ_ONLY, Duration.ZERO).close();
    if (!fromEnv && !unfinished) {
      writeKeyFile(next, fresh);
    }
    int records;
    try (LuceneStores stores =
        LuceneStores.open(
            dataDir, ring, embedder, StoreAccess.READ_WRITE, Stores.DEFAULT_LOCK_WAIT)) {
      records = stores.resealAll();
    }
    records += ExecutionHistory.reseal(dataDir, ring);
    boolean replaced = false;
    if (!fromEnv) {
      try {
        Files.move(
            next,
            dataDir.resolve(KeyFiles.KEY_FILE),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        replaced = true;
      } catch (IOException e) {
        throw new CryptoException(
            "Records were re-encrypted, but "
                + next
                + " could not replace the key file: "
                + e
                + "; move it to "
                + dataDir.resolve(KeyFiles.KEY_FILE)
                + " by hand",
            e);
      }
    }
    return new Result(records, old.currentIdHex(), ring.currentIdHex(), replaced);
  }

  private static void writeKeyFile(Path file, byte[] key) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file,
          Base64.getEncoder().encodeToString(key) + "\n",
          StandardCharsets.US_ASCII,
          StandardOpenOption.SYNC,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new CryptoException("Cannot write the new key file " + file + ": " + e, e);
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
