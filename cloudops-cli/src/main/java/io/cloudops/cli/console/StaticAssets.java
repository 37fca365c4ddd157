package io.cloudops.cli.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The console's pages, scripts and styles, read from the core's jar (no asset from elsewhere). */
final class StaticAssets {

  /** Where the UI lives on the class path; the Jenkins host serves the same files. */
  static final String ROOT = "/io/cloudops/console/ui/";

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml");

  /** A file to send. */
  record Asset(byte[] content, String contentType) {}

  /** The asset at a path ({@code /} is the index page); empty for anything else. */
  Optional<Asset> find(String path) {
    String name = path.equals("/") ? "index.html" : path.substring(1);
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return Optional.of(new Asset(in.readAllBytes(), TYPES.get(extension)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the console asset " + name, e);
    }
  }
}
