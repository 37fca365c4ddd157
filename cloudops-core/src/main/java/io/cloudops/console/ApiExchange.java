package io.cloudops.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.CloudOpsException;
import io.cloudops.InvalidInputException;
import io.cloudops.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What every host does around {@link ConsoleApi#handle}: reads the request body, turns a failure
 * into its status and {@code {"error": ...}} answer, and sets the same security headers.
 */
public final class ApiExchange {

  /** The largest request body, in bytes; a larger one is a 413. */
  public static final int MAX_BODY = 64 * 1024;

  /** The headers of every answer (docs/console.md, Security). */
  public static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "X-Frame-Options",
          "DENY",
          "Referrer-Policy",
          "no-referrer");

  private ApiExchange() {}

  /** The request's JSON object body; an empty body is an empty object. */
  public static JsonNode body(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new ApiException(413, "the request body is larger than " + MAX_BODY + " bytes");
    }
    if (bytes.length == 0) {
      return Json.mapper().createObjectNode();
    }
    JsonNode body =
        Json.read(new String(bytes, StandardCharsets.UTF_8), JsonNode.class, "request body");
    if (!body.isObject()) {
      throw new InvalidInputException("the request body must be a JSON object");
    }
    return body;
  }

  /** The HTTP status of a failure: the API's own, 400 for bad input, else 500. */
  public static int status(RuntimeException failure) {
    return failure instanceof ApiException api
        ? api.status()
        : failure instanceof InvalidInputException ? 400 : 500;
  }

  /** {@code {"error": "<one line>"}}; only CloudOps messages are shown, never a stack or class. */
  public static ObjectNode error(RuntimeException failure) {
    String message =
        failure instanceof CloudOpsException
            ? failure.getMessage()
            : "internal error (" + failure.getClass().getSimpleName() + ")";
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("error", message);
    return json;
  }
}
