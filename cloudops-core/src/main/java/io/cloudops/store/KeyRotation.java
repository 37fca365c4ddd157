package io.cloudops.store;

import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.crypto.KeyRing;
import io.cloudops.store.embed.Embedder;
import io.cloudops.store.lucene.LuceneStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Re-encrypts the store under a new key. Crash-safe in this order: the new key is written to {@code
 * <data-dir>/key.next} (0600); every record is re-sealed under it in one commit per index; then
 * {@code key.next} atomically replaces {@code key}. Until that last step both keys are in the ring,
 * so a crash at any point leaves a store that opens, and running the rotation again finishes it.
 * When the key comes from {@code CLOUDOPS_KEY}, the caller supplies the new key and must set {@code
 * CLOUDOPS_KEY} to it afterwards.
 */
public final class KeyRotation {

  /** A new key waiting to replace {@code <data-dir>/key}. */
  public static final String NEXT_KEY_FILE = KeyFiles.NEXT_KEY_FILE;

  /**
   * Other encrypted data of the data dir (the execution history) that must be re-sealed under the
   * new key in the same rotation, before the key file is replaced.
   */
  @FunctionalInterface
  public interface Resealer {
    /** Re-encrypts everything under {@code ring.current()}; returns how many records. */
    int reseal(KeyRing ring);
  }

  /** What a rotation did. */
  public record Result(int records, String oldKeyId, String newKeyId, boolean keyFileReplaced) {}

  private KeyRotation() {}

  /**
   * The ring for a data dir: the current key ({@code CLOUDOPS_KEY} or {@code key}) plus, during an
   * unfinished rotation, {@code key.next}.
   */
  public static KeyRing keyRing(Path dataDir, Map<String, String> env) {
    return KeyFiles.loadRing(dataDir, env);
  }

  /**
   * Rotates to a new key.
   *
   * @param newKey 32 bytes; null to generate one (only when the key lives in the key file)
   */
  public static Result rotate(Path dataDir, Map<String, String> env, byte[] newKey) {
    return rotate(dataDir, env, newKey, List.of());
  }

  /**
   * Rotates to a new key, re-sealing the store and the given other data before the key file is
   * replaced.
   */
  public static Result rotate(
      Path dataDir, Map<String, String> env, byte[] newKey, List<Resealer> others) {
    boolean fromEnv = isSet(env.get(KeyFiles.KEY_VARIABLE));
    if (fromEnv && newKey == null) {
      throw new io.cloudops.InvalidInputException(
          "The key comes from CLOUDOPS_KEY: pass the new key (a file with base64 of 32 bytes),"
              + " then set CLOUDOPS_KEY to it");
    }
    try (Embedder embedder = Stores.defaultEmbedder()) {
      return rotate(dataDir, env, newKey, fromEnv, embedder, others);
    }
  }

  private static Result rotate(
      Path dataDir,
      Map<String, String> env,
      byte[] newKey,
      boolean fromEnv,
      Embedder embedder,
      List<Resealer> others) {
    KeyRing old = KeyFiles.load(dataDir, env);
    Path next = dataDir.resolve(NEXT_KEY_FILE);
    boolean unfinished = !fromEnv && Files.exists(next);
    if (unfinished && newKey != null) {
      throw new io.cloudops.InvalidInputException(
          "A key rotation is unfinished ("
              + next
              + " exists); run rotate-key without --new-key-file to finish it first");
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
    for (Resealer other : others) {
      records += other.reseal(ring);
    }
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
          java.nio.file.StandardOpenOption.SYNC,
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new CryptoException("Cannot write the new key file " + file + ": " + e, e);
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
