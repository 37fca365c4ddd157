package io.cloudops.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one check of the http(s) URLs a user configures (planning server, Qdrant, AWS endpoint), and
 * the examples every message about them shows.
 */
public final class HttpUrls {

  /** Qdrant's gRPC port, which the client uses (6333 is its REST port). */
  public static final int QDRANT_GRPC_PORT = 6334;

  /** An example Qdrant URL for messages and help. */
  public static final String QDRANT_EXAMPLE = "http://qdrant.internal:" + QDRANT_GRPC_PORT;

  /** An example planning server URL. */
  public static final String SERVER_EXAMPLE = "https://ops.example.com/cloudops";

  /** An example AWS endpoint (an emulator on this machine). */
  public static final String AWS_ENDPOINT_EXAMPLE = "http://localhost:5000";

  private HttpUrls() {}

  /**
   * Why {@code text} is not an absolute http(s) URL with a host, in a few words; empty when it is.
   */
  public static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("no URL given");
    }
    try {
      return problem(new URI(text.strip()));
    } catch (URISyntaxException e) {
      return Optional.of("not a URL (" + e.getReason() + ")");
    }
  }

  /** Why the URL is not an absolute http(s) URL with a host; empty when it is. */
  public static Optional<String> problem(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("not an http:// or https:// URL");
    }
    if (url.getHost() == null) {
      return Optional.of("no host name");
    }
    return Optional.empty();
  }

  /**
   * A one-line message for a URL that failed {@link #problem}: what, the value, why, an example.
   */
  public static String message(String what, Object value, String problem, String example) {
    return what + " '" + value + "' is not usable (" + problem + "); use e.g. " + example;
  }
}
