package io.cloudops.ask;

import io.cloudops.InvalidInputException;
import io.cloudops.Setting;
import io.cloudops.config.HttpUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The planning server's address. A path prefix in the base URL is kept: {@code
 * https://ops.example.com/cloudops} asks at {@code https://ops.example.com/cloudops/v1/ask}, never
 * at the host root.
 */
public final class ServerEndpoint {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  static final String ASK_PATH = "v1/ask";

  private final URI base;

  private ServerEndpoint(URI base) {
    this.base = base;
  }

  /**
   * @throws InvalidInputException when the URL is not an absolute http(s) URL
   */
  public static ServerEndpoint of(URI base) {
    HttpUrls.problem(base)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  HttpUrls.message(
                      "The planning server URL", base, problem, HttpUrls.SERVER_EXAMPLE),
                  Setting.SERVER_URL);
            });
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
    return isLoopback(base.getHost());
  }

  /**
   * {@code localhost}, or an IP literal in the loopback range ({@code 127.0.0.0/8}, {@code ::1}).
   * Decided on the literal alone: a name such as {@code 127.attacker.example} is not an address,
   * and no name is resolved.
   */
  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (IPV4.matcher(bare).matches()) {
      String[] octets = bare.split("\\.");
      for (String octet : octets) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return octets[0].equals("127");
    }
    return bare.equals("::1") || bare.equals("0:0:0:0:0:0:0:1");
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
