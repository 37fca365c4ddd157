package io.cloudops.cli.console;

import com.sun.net.httpserver.Headers;
import io.cloudops.console.ApiException;
import io.cloudops.console.QueryParameters;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a request may use the console: it must carry the token ({@code ?token=}, the
 * cookie a first visit with it set, or {@code Authorization: Bearer}); a request that changes state
 * must also carry {@value #STATE_CHANGE_HEADER} (a cross-site form cannot send a header, and a
 * cross-site script cannot without a CORS pre-flight the console never allows) and no foreign
 * {@code Origin}. On a loopback bind, the {@code Host} header must name the loopback address, so a
 * DNS-rebinding page cannot reach the console under its own host name.
 */
final class RequestGuard {

  /** The header a state-changing request must carry, with the value {@code 1}. */
  static final String STATE_CHANGE_HEADER = "X-CloudOps-Console";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

  private final ConsoleToken token;
  private final String cookieName;
  private final List<String> allowedHosts;

  /**
   * @param allowedHosts the {@code Host} values accepted, or empty to accept any (a non-loopback
   *     bind, where the user chose the exposure)
   */
  RequestGuard(ConsoleToken token, int port, List<String> allowedHosts) {
    this.token = token;
    this.cookieName = "cloudops_console_" + port;
    this.allowedHosts = List.copyOf(allowedHosts);
  }

  /** What the guard decided about a request. */
  enum Access {
    /** Authenticated by the cookie or the header. */
    GRANTED,
    /** Authenticated by {@code ?token=}: set the cookie. */
    GRANTED_BY_QUERY
  }

  /**
   * Checks one request.
   *
   * @throws ApiException 401 without a valid token, 403 for a refused host or cross-site request
   */
  Access check(String method, Headers headers, QueryParameters query) {
    String host = headers.getFirst("Host");
    if (!allowedHosts.isEmpty() && (host == null || !allowedHosts.contains(host))) {
      throw new ApiException(403, "the console answers only at " + allowedHosts.get(0));
    }
    Access access;
    if (token.matches(query.first("token").orElse(null))) {
      access = Access.GRANTED_BY_QUERY;
    } else if (token.matches(bearer(headers)) || token.matches(cookie(headers))) {
      access = Access.GRANTED;
    } else {
      throw new ApiException(
          401, "this console needs its token: open the URL 'cloudops console' printed");
    }
    if (!SAFE_METHODS.contains(method)) {
      if (!"1".equals(headers.getFirst(STATE_CHANGE_HEADER))) {
        throw new ApiException(
            403, "a state-changing request needs the header " + STATE_CHANGE_HEADER + ": 1");
      }
      String origin = headers.getFirst("Origin");
      if (origin != null && (host == null || !origin.equals("http://" + host))) {
        throw new ApiException(403, "cross-site request refused (Origin " + origin + ")");
      }
    }
    return access;
  }

  /** The {@code Set-Cookie} value that keeps the token after a {@code ?token=} visit. */
  String cookieHeader() {
    return cookieName + "=" + token.reveal() + "; Path=/; HttpOnly; SameSite=Strict";
  }

  private static String bearer(Headers headers) {
    String authorization = headers.getFirst("Authorization");
    return authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring("Bearer ".length()).strip()
        : null;
  }

  private String cookie(Headers headers) {
    List<String> cookies = headers.get("Cookie");
    if (cookies == null) {
      return null;
    }
    for (String header : cookies) {
      for (String pair : header.split(";")) {
        String trimmed = pair.strip();
        if (trimmed.startsWith(cookieName + "=")) {
          return trimmed.substring(cookieName.length() + 1);
        }
      }
    }
    return null;
  }
}
