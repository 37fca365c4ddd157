package io.cloudops.execute.approval.signed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.crypto.ssh.SshKeygen;
import io.cloudops.crypto.ssh.SshSignature;
import io.cloudops.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A statement with its SSH signature, as kept in an approval or request file (JSON). The file keeps
 * the signed text and the armored signature exactly, so that {@code ssh-keygen -Y verify} checks it
 * by hand: {@code jq -j .message FILE | ssh-keygen -Y verify -f allowed_signers -I PRINCIPAL -n
 * cloudops-approval -s <(jq -r .signature FILE)}. The other fields repeat the statement for people
 * and are never trusted.
 *
 * @param message the signed text ({@link Statement#message()})
 * @param signature the armored SSH signature of {@code message}
 */
public record SignedStatement(String message, String signature) {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "cloudops-signed-statement/1";

  public SignedStatement {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
  }

  /** Signs a statement with {@code ssh-keygen -Y sign} in the namespace of its kind. */
  public static SignedStatement sign(Statement statement, Path key, SshKeygen keygen) {
    SshSignature signature =
        keygen.sign(key, statement.kind().namespace(), statement.messageBytes());
    return new SignedStatement(statement.message(), signature.armored());
  }

  /** The file's JSON. */
  public String toJson() {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("format", FORMAT);
    try {
      Statement statement = Statement.parse(message);
      json.put("kind", statement.kind().label());
      json.put("principal", statement.principal());
      json.put("plan_digest", statement.planDigest());
      json.put("time", statement.time().toString());
    } catch (IllegalArgumentException notCanonical) {
      // written as given; the verifier says what is wrong
    }
    json.put("message", message);
    json.put("signature", signature);
    return Json.writePretty(json) + "\n";
  }

  /**
   * Reads an approval or request file.
   *
   * @throws InvalidInputException when the file is missing or not such a file
   */
  public static SignedStatement read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("signed statement " + file + " does not exist", e);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new InvalidInputException(
          file + " is not a signed approval or request (not JSON); make one with cloudops", e);
    }
    if (root == null
        || !FORMAT.equals(root.path("format").asText())
        || !root.path("message").isTextual()
        || !root.path("signature").isTextual()) {
      throw new InvalidInputException(
          file
              + " is not a signed approval or request: expected format \""
              + FORMAT
              + "\" with message and signature");
    }
    return new SignedStatement(root.get("message").asText(), root.get("signature").asText());
  }
}
