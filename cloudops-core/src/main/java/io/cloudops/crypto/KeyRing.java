package io.cloudops.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The AES-256 keys in use: the current one encrypts; it and any retired ones decrypt. Each key is
 * identified by the first four bytes of its SHA-256, which reveal nothing useful about it.
 */
public final class KeyRing {

  static final int KEY_BYTES = 32;
  static final int KEY_ID_BYTES = 4;

  /** One key with its id. */
  public record Key(byte[] id, byte[] material) {
    public Key {
      id = id.clone();
      material = material.clone();
    }

    @Override
    public byte[] id() {
      return id.clone();
    }

    @Override
    public byte[] material() {
      return material.clone();
    }

    @Override
    public String toString() {
      return "Key[" + HexFormat.of().formatHex(id) + "]";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(k.id, id) && Arrays.equals(k.material, material);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(id);
    }
  }

  private final Key current;
  private final List<Key> retired;

  private KeyRing(Key current, List<Key> retired) {
    this.current = current;
    this.retired = List.copyOf(retired);
  }

  /** A ring with one key. */
  public static KeyRing of(byte[] material) {
    return new KeyRing(key(material), List.of());
  }

  /** A ring that encrypts with {@code current} and still decrypts with the older keys. */
  public static KeyRing of(byte[] current, List<byte[]> older) {
    List<Key> keys = new ArrayList<>();
    older.forEach(m -> keys.add(key(m)));
    return new KeyRing(key(current), keys);
  }

  public Key current() {
    return current;
  }

  /** The key with this id, current or retired. */
  public Optional<Key> find(byte[] id) {
    if (Arrays.equals(current.id(), id)) {
      return Optional.of(current);
    }
    return retired.stream().filter(k -> Arrays.equals(k.id(), id)).findFirst();
  }

  /** The id of a key, as hex, for messages. */
  public String currentIdHex() {
    return HexFormat.of().formatHex(current.id());
  }

  static Key key(byte[] material) {
    if (material.length != KEY_BYTES) {
      throw new CryptoException(
          "An encryption key must be 32 bytes (AES-256), this one has " + material.length);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(material);
      return new Key(Arrays.copyOf(digest, KEY_ID_BYTES), material);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
