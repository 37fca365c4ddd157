package io.cloudops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, as Maven stamped it. */
public final class CloudOpsVersion {

  private static final String VERSION = load();

  private CloudOpsVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = CloudOpsVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the build version", e);
    }
  }
}
