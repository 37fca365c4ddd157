package io.cloudops.jenkins.console;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * One request as Stapler hands it to a web method of the action, and the response it writes: the
 * request and response are dynamic proxies that answer the servlet methods the console uses and
 * fail on any other (Jenkins cannot run here; the .hpi tests use the real one).
 */
final class StaplerExchange {

  private final String method;
  private final String uri;
  private final String restOfPath;
  private final String query;
  private final Map<String, String> headers = new HashMap<>();
  private byte[] body = new byte[0];

  final Map<String, String> responseHeaders = new LinkedHashMap<>();
  final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
  int status = 200;
  String contentType;
  String redirect;

  /**
   * @param path below the action, e.g. {@code /api/resources?type=ec2:instance}
   */
  StaplerExchange(String method, String path) {
    this.method = method;
    int q = path.indexOf('?');
    String raw = q < 0 ? path : path.substring(0, q);
    this.query = q < 0 ? null : path.substring(q + 1);
    this.uri = "/jenkins/cloudops" + raw;
    // what Stapler leaves after the token it dispatched on: "api" for doApi, nothing for
    // doIndex, the whole path for doDynamic
    this.restOfPath =
        raw.startsWith("/api/") ? raw.substring("/api".length()) : raw.equals("/") ? "" : raw;
  }

  StaplerExchange header(String name, String value) {
    headers.put(name.toLowerCase(Locale.ROOT), value);
    return this;
  }

  StaplerExchange body(String json) {
    this.body = json.getBytes(StandardCharsets.UTF_8);
    return header("Content-Type", "application/json");
  }

  String text() {
    return responseBody.toString(StandardCharsets.UTF_8);
  }

  StaplerRequest2 request() {
    return (StaplerRequest2)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {StaplerRequest2.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> uri;
                  case "getRestOfPath" -> restOfPath;
                  case "getQueryString" -> query;
                  case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                  case "getParameter" -> parameter((String) args[0]);
                  case "getInputStream" -> input();
                  case "toString" -> method + " " + uri;
                  default -> throw new UnsupportedOperationException("request." + m.getName());
                });
  }

  StaplerResponse2 response() {
    return (StaplerResponse2)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {StaplerResponse2.class},
            (proxy, m, args) -> {
              switch (m.getName()) {
                case "setStatus" -> status = (Integer) args[0];
                case "setContentType" -> contentType = (String) args[0];
                case "setHeader", "addHeader" ->
                    responseHeaders.put((String) args[0], (String) args[1]);
                case "setContentLength" -> {}
                case "getOutputStream" -> {
                  return output();
                }
                case "sendRedirect" -> {
                  status = 302;
                  redirect = (String) args[0];
                }
                case "toString" -> {
                  return "response";
                }
                default -> throw new UnsupportedOperationException("response." + m.getName());
              }
              return null;
            });
  }

  private String parameter(String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name)) {
        return kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
      }
    }
    return null;
  }

  private ServletInputStream input() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("async reads");
      }
    };
  }

  private ServletOutputStream output() {
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        responseBody.write(b);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("async writes");
      }
    };
  }
}
