package io.cloudops.store.qdrant;

import io.qdrant.client.PointIdFactory;
import io.qdrant.client.grpc.Common.PointId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic point ids: a name-based UUID (version 5 layout) from the first 16 bytes of the
 * SHA-256 of a record key, so every writer maps the same key to the same point.
 */
final class PointIds {

  private PointIds() {}

  static UUID uuid(String key) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  static PointId of(String key) {
    return PointIdFactory.id(uuid(key));
  }
}
