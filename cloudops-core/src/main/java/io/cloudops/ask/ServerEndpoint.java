package io.cloudops.ask;

import io.cloudops.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The planning server's address. A path prefix in the base URL is kept: {@code
 * https://ops.example.com/cloudops} asks at {@code https://ops.example.com/cloudops/v1/ask}, never
 * at the host root.
 */
public final class ServerEndpoint {

  static final String ASK_PATH = "v1/ask";

  private final URI base;

  private ServerEndpoint(URI base) {
    this.base = base;
  }

  /**
   * @throws InvalidInputException when the URL is not an absolute http(s) URL
   */
  public static ServerEndpoint of(URI base) {
    String scheme = base.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || base.getHost() == null) {
      throw new InvalidInputException(
          "server URL '"
              + base
              + "' is not an absolute http(s) URL; use e.g. https://ops.example.com/cloudops");
    }
    return new ServerEndpoint(base);
  }

  /**
   * Whether a bearer token may be sent here: always over https, over plain http only to this
   * machine (a local proxy or test server), never in the clear across a network.
   */
  public boolean carriesTokensSafely() {
    if ("https".equalsIgnoreCase(base.getScheme())) {
      return true;
    }
    String host = base.getHost();
    return host.equals("localhost")
        || host.equals("[::1]")
        || host.equals("::1")
        || host.startsWith("127.");
  }

  /** The ask URL. */
  public URI askUri() {
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    String prefix = path.endsWith("/") ? path : path + "/";
    try {
      return new URI(base.getScheme() + "://" + base.getRawAuthority() + prefix + ASK_PATH);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("server URL '" + base + "' cannot be extended: " + e, e);
    }
  }

  /** The base as configured, for messages (it holds no secret). */
  @Override
  public String toString() {
    return base.toString();
  }
}
