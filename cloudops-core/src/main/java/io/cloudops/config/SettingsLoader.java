package io.cloudops.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Reads settings from environment variables, over the defaults. */
public final class SettingsLoader {

  public static final String DATA_DIR = "CLOUDOPS_DATA_DIR";
  public static final String STORE = "CLOUDOPS_STORE";
  public static final String SERVER_URL = "CLOUDOPS_SERVER_URL";
  public static final String QDRANT_URL = "CLOUDOPS_QDRANT_URL";
  public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
  public static final String AWS_CLI = "CLOUDOPS_AWS_CLI";
  public static final String CONNECT_TIMEOUT = "CLOUDOPS_CONNECT_TIMEOUT";
  public static final String REQUEST_TIMEOUT = "CLOUDOPS_REQUEST_TIMEOUT";

  private SettingsLoader() {}

  /** Settings from the process environment. */
  public static CloudOpsSettings fromEnvironment() {
    return from(System.getenv()).build();
  }

  /**
   * A builder primed from the given variables, so that callers (CLI flags, the plugin's global
   * configuration) can override before {@link CloudOpsSettings.Builder#build()}.
   *
   * @throws InvalidSettingException naming a variable whose value cannot be parsed
   */
  public static CloudOpsSettings.Builder from(Map<String, String> env) {
    CloudOpsSettings.Builder builder = CloudOpsSettings.builder();
    value(env, DATA_DIR).ifPresent(v -> builder.dataDir(path(DATA_DIR, v)));
    value(env, STORE).ifPresent(v -> builder.storeKind(storeKind(v)));
    value(env, SERVER_URL).ifPresent(v -> builder.serverUrl(uri(SERVER_URL, v)));
    value(env, QDRANT_URL).ifPresent(v -> builder.qdrantUrl(uri(QDRANT_URL, v)));
    value(env, AWS_ENDPOINT_URL).ifPresent(v -> builder.awsEndpointUrl(uri(AWS_ENDPOINT_URL, v)));
    value(env, AWS_CLI).ifPresent(v -> builder.awsCli(path(AWS_CLI, v)));
    value(env, CONNECT_TIMEOUT).ifPresent(v -> builder.connectTimeout(seconds(CONNECT_TIMEOUT, v)));
    value(env, REQUEST_TIMEOUT).ifPresent(v -> builder.requestTimeout(seconds(REQUEST_TIMEOUT, v)));
    return builder;
  }

  /** Parses a URL setting; the message names the setting. */
  public static URI uri(String setting, String value) {
    try {
      return new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new InvalidSettingException(setting, value, "not a URL: " + e.getReason());
    }
  }

  /** Parses a path setting; {@code ~/} is the home directory. */
  public static Path path(String setting, String value) {
    String expanded =
        value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
    try {
      return Path.of(expanded);
    } catch (InvalidPathException e) {
      throw new InvalidSettingException(setting, value, "not a path: " + e.getReason());
    }
  }

  /** Parses a whole number of seconds. */
  public static Duration seconds(String setting, String value) {
    try {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(setting, value, "expected a whole number of seconds");
    }
  }

  private static StoreKind storeKind(String value) {
    try {
      return StoreKind.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(STORE, value, e.getMessage());
    }
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
