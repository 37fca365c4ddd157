package io.cloudops.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Keys and signatures made by the real {@code ssh-keygen} (Debian's openssh-client). */
public final class SshKeys {

  private SshKeys() {}

  /**
   * Makes a key without a passphrase with {@code ssh-keygen -t TYPE [-b BITS]}.
   *
   * @return the private key file; the public key is beside it with {@code .pub}
   */
  public static Path generate(Path dir, String name, String type, int bits) {
    Path key = dir.resolve(name);
    List<String> command =
        new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", name));
    if (bits > 0) {
      command.addAll(List.of("-b", String.valueOf(bits)));
    }
    command.addAll(List.of("-f", key.toString()));
    run(command, null);
    return key;
  }

  /** The {@code type base64} of a key's {@code .pub} file. */
  public static String publicKey(Path key) {
    try {
      String[] fields =
          Files.readString(Path.of(key + ".pub"), StandardCharsets.US_ASCII).trim().split(" ");
      return fields[0] + " " + fields[1];
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs with {@code ssh-keygen -Y sign}; returns the armored signature. */
  public static String sign(Path key, String namespace, byte[] message) {
    return run(List.of("ssh-keygen", "-Y", "sign", "-f", key.toString(), "-n", namespace), message);
  }

  /** Runs {@code ssh-keygen -Y verify}; returns its exit code. */
  public static int verify(
      Path allowedSigners, String principal, String namespace, String signature, byte[] message)
      throws IOException {
    Path sig = Files.createTempFile("cloudops-test-", ".sig");
    try {
      Files.writeString(sig, signature, StandardCharsets.US_ASCII);
      Process process =
          new ProcessBuilder(
                  "ssh-keygen",
                  "-Y",
                  "verify",
                  "-f",
                  allowedSigners.toString(),
                  "-I",
                  principal,
                  "-n",
                  namespace,
                  "-s",
                  sig.toString())
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().write(message);
      process.getOutputStream().close();
      process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("ssh-keygen -Y verify did not finish");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      Files.deleteIfExists(sig);
    }
  }

  private static String run(List<String> command, byte[] input) {
    try {
      Process process = new ProcessBuilder(command).start();
      try (var in = process.getOutputStream()) {
        if (input != null) {
          in.write(input);
        }
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(command + " failed: " + err);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(command + " could not run: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
