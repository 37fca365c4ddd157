package io.cloudops.crypto;

import io.cloudops.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the key comes from: {@code CLOUDOPS_KEY} (base64 of 32 bytes) if set, else {@code
 * <data-dir>/key}, created with mode 0600 on first use. A key file that others may read (group or
 * other permission bits set) is refused.
 */
public final class KeyFiles {

  /** The environment variable that carries the key (base64). */
  public static final String KEY_VARIABLE = "CLOUDOPS_KEY";

  /** The key file's name under the data dir. */
  public static final String KEY_FILE = "key";

  /** A new key waiting to replace {@link #KEY_FILE} while a rotation is unfinished. */
  public static final String NEXT_KEY_FILE = "key.next";

  private KeyFiles() {}

  /** The key ring for a data dir and environment, creating the key file on first use. */
  public static KeyRing load(Path dataDir, Map<String, String> env) {
    return load(dataDir, fromEnvironment(env));
  }

  /** The key ring for a data dir: {@code key} when given, else the key file (created first). */
  public static KeyRing load(Path dataDir, Optional<Secret> key) {
    if (key.isPresent()) {
      return KeyRing.of(decode(key.get().reveal(), KEY_VARIABLE));
    }
    return KeyRing.of(readOrCreate(dataDir.resolve(KEY_FILE)));
  }

  /** The key {@code CLOUDOPS_KEY} carries, when it is set. */
  public static Optional<Secret> fromEnvironment(Map<String, String> env) {
    String value = env.get(KEY_VARIABLE);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Secret.of(value));
  }

  /**
   * The ring every reader of a data dir uses: the current key ({@code CLOUDOPS_KEY} or the key
   * file) plus, while a rotation is unfinished, {@code key.next}, so that records already re-sealed
   * under the new key stay readable.
   */
  public static KeyRing loadRing(Path dataDir, Map<String, String> env) {
    return loadRing(dataDir, fromEnvironment(env));
  }

  /** {@link #loadRing(Path, Map)} with the key as a value ({@code key}, else the key file). */
  public static KeyRing loadRing(Path dataDir, Optional<Secret> key) {
    KeyRing current = load(dataDir, key);
    Path next = dataDir.resolve(NEXT_KEY_FILE);
    if (!Files.exists(next)) {
      return current;
    }
    return KeyRing.of(current.current().material(), List.of(readOrCreate(next)));
  }

  /**
   * The key ring for readers that must not create anything: empty when neither {@code CLOUDOPS_KEY}
   * nor the key file exists.
   */
  public static Optional<KeyRing> loadRingIfPresent(Path dataDir, Map<String, String> env) {
    return loadRingIfPresent(dataDir, fromEnvironment(env));
  }

  /** {@link #loadRingIfPresent(Path, Map)} with the key as a value. */
  public static Optional<KeyRing> loadRingIfPresent(Path dataDir, Optional<Secret> key) {
    if (key.isEmpty() && !Files.exists(dataDir.resolve(KEY_FILE))) {
      return Optional.empty();
    }
    return Optional.of(loadRing(dataDir, key));
  }

  /** Reads a base64 key file, or creates one with a fresh random key and mode 0600. */
  public static byte[] readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      Files.createDirectories(file.getParent());
      byte[] key = newKey();
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException raced) {
        return read(file);
      }
      Files.writeString(
          file,
          Base64.getEncoder().encodeToString(key) + "\n",
          StandardCharsets.US_ASCII,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.SYNC);
      return key;
    } catch (IOException e) {
      throw new CryptoException("Cannot read or create the key file " + file + ": " + e, e);
    }
  }

  private static byte[] read(Path file) throws IOException {
    requirePrivate(file);
    return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
  }

  /**
   * Refuses a key file that its group or others may read or write.
   *
   * @throws CryptoException naming the mode and the fix
   */
  static void requirePrivate(Path file) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException notPosix) {
      return;
    }
    boolean shared =
        permissions.stream()
            .anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
    if (shared) {
      throw new CryptoException(
          "The key file "
              + file
              + " is readable by others (mode "
              + PosixFilePermissions.toString(permissions)
              + "); make it private: chmod 600 "
              + file);
    }
  }

  /** 32 random bytes. */
  public static byte[] newKey() {
    byte[] key = new byte[KeyRing.KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  static byte[] decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new CryptoException(
          "The key in " + source + " is not base64; expected base64 of 32 random bytes", e);
    }
    if (key.length != KeyRing.KEY_BYTES) {
      throw new CryptoException(
          "The key in "
              + source
              + " has "
              + key.length
              + " bytes; expected 32 (generate one with: head -c 32 /dev/urandom | base64)");
    }
    return key;
  }
}
