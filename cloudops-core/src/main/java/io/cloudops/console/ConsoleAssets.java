package io.cloudops.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The console's pages, scripts and styles, read from the core's jar (no asset from elsewhere);
 * every host serves the same files.
 */
public final class ConsoleAssets {

  private static final String ROOT = "/io/cloudops/console/ui/";
  private static final String INDEX = "index.html";
  private static final String CHARSET_META = "<meta charset=\"utf-8\">";

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
  private static final Pattern META_NAME = Pattern.compile("cloudops-[a-z-]+");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml");

  /** A file to send. */
  public record Asset(byte[] content, String contentType) {}

  /** The asset at a path below the console's root ({@code /} is the index page); else empty. */
  public Optional<Asset> find(String path) {
    String name = path.equals("/") || path.isEmpty() ? INDEX : path.substring(1);
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return read(name).map(bytes -> new Asset(bytes, type(name)));
  }

  /**
   * The index page with the host's {@code <meta name="cloudops-..." content="...">} tags (the crumb
   * of a host that has one, the host's name), the values escaped.
   */
  public Asset page(Map<String, String> meta) {
    String html =
        new String(
            read(INDEX).orElseThrow(() -> new IllegalStateException("the console has no index")),
            StandardCharsets.UTF_8);
    StringBuilder tags = new StringBuilder(CHARSET_META);
    meta.forEach(
        (name, value) -> {
          if (!META_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a console meta name: " + name);
          }
          tags.append("\n  <meta name=\"")
              .append(name)
              .append("\" content=\"")
              .append(escape(value))
              .append("\">");
        });
    return new Asset(
        html.replace(CHARSET_META, tags).getBytes(StandardCharsets.UTF_8), type(INDEX));
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;");
  }

  private static String type(String name) {
    return TYPES.get(name.substring(name.lastIndexOf('.') + 1));
  }

  private static Optional<byte[]> read(String name) {
    try (InputStream in = ConsoleAssets.class.getResourceAsStream(ROOT + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the console asset " + name, e);
    }
  }
}
