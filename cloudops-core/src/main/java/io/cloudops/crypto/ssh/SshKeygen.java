package io.cloudops.crypto.ssh;

import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Signs with OpenSSH's {@code ssh-keygen -Y sign}, so that every key OpenSSH can use signs: key
 * files, keys held by {@code ssh-agent} (give the {@code .pub} file), hardware keys. The message
 * goes to its standard input; no shell is involved.
 */
public final class SshKeygen {

  private static final long TIMEOUT_SECONDS = 120;

  /** What ssh-keygen gets of the environment: enough to reach ssh-agent or a security key. */
  private static final List<String> PASSED =
      List.of(
          "PATH",
          "HOME",
          "USER",
          "LANG",
          "SSH_AUTH_SOCK",
          "SSH_ASKPASS",
          "SSH_ASKPASS_REQUIRE",
          "DISPLAY",
          "SSH_SK_PROVIDER");

  private final String program;
  private final Map<String, String> environment;

  /** {@code ssh-keygen} from the PATH, with this process's agent ({@code SSH_AUTH_SOCK}). */
  public SshKeygen() {
    this(System.getenv());
  }

  /**
   * @param env the environment to take {@code SSH_AUTH_SOCK}, {@code HOME} and {@code PATH} from;
   *     nothing else of it reaches ssh-keygen
   */
  public SshKeygen(Map<String, String> env) {
    this("ssh-keygen", env);
  }

  public SshKeygen(String program, Map<String, String> env) {
    this.program = program;
    Map<String, String> passed = new LinkedHashMap<>();
    for (String name : PASSED) {
      String value = env.get(name);
      if (value != null) {
        passed.put(name, value);
      }
    }
    this.environment = Map.copyOf(passed);
  }

  /**
   * Signs {@code message} with {@code key} in {@code namespace}.
   *
   * @param key a private key file, or the public key file of a key held by ssh-agent
   * @throws InvalidInputException when the key file is missing
   * @throws CloudOpsException when ssh-keygen fails (its message is included)
   */
  public SshSignature sign(Path key, String namespace, byte[] message) {
    if (!Files.isRegularFile(key)) {
      throw new InvalidInputException(
          "SSH key "
              + key
              + " does not exist; give a private key or, for ssh-agent, its .pub file");
    }
    List<String> command =
        List.of(program, "-Y", "sign", "-f", key.toString(), "-n", namespace, "-q");
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().clear();
      builder.environment().putAll(environment);
      process = builder.start();
    } catch (IOException e) {
      throw new CloudOpsException(
          "cannot run " + program + " to sign: " + e.getMessage() + "; install openssh-client", e);
    }
    CompletableFuture<byte[]> out = read(process.getInputStream());
    CompletableFuture<byte[]> err = read(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(message);
    } catch (IOException e) {
      // ssh-keygen stopped reading; its exit status and message tell why
    }
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new CloudOpsException(
            program + " -Y sign did not finish in " + TIMEOUT_SECONDS + " s (waiting for a PIN?)");
      }
      String error = new String(err.join(), StandardCharsets.UTF_8).strip();
      if (process.exitValue() != 0) {
        throw new CloudOpsException(
            program
                + " could not sign with "
                + key
                + ": "
                + (error.isEmpty() ? "exit " + process.exitValue() : error.replace('\n', ' '))
                + " (a key with a passphrase needs ssh-agent: ssh-add the key, then give its .pub)");
      }
      return SshSignature.parse(new String(out.join(), StandardCharsets.US_ASCII));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new CloudOpsException("interrupted while signing with " + key, e);
    }
  }

  private static CompletableFuture<byte[]> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return stream.readAllBytes();
          } catch (IOException e) {
            return new byte[0];
          }
        });
  }
}
