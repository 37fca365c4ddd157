package io.cloudops.crypto.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The SSH wire encoding (RFC 4251): uint32 lengths before byte strings. */
final class SshWire {

  private final ByteBuffer in;

  SshWire(byte[] bytes) {
    this.in = ByteBuffer.wrap(bytes);
  }

  byte[] raw(int length) {
    check(length);
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  int uint32() {
    check(4);
    return in.getInt();
  }

  byte[] string() {
    int length = uint32();
    if (length < 0) {
      throw new SshSignatureException("a length field is out of range");
    }
    return raw(length);
  }

  String text() {
    return new String(string(), StandardCharsets.UTF_8);
  }

  boolean atEnd() {
    return !in.hasRemaining();
  }

  private void check(int length) {
    if (length > in.remaining()) {
      throw new SshSignatureException("the signature is truncated");
    }
  }

  /** Builds wire-encoded data. */
  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Writer raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Writer uint32(int value) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
      return this;
    }

    Writer string(byte[] bytes) {
      return uint32(bytes.length).raw(bytes);
    }

    Writer string(String text) {
      return string(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
