package io.cloudops.config;

import io.cloudops.Setting;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * All of CloudOps' settings, immutable and validated. Build one with {@link #builder()} or read one
 * from the environment with {@link SettingsLoader}.
 */
public final class CloudOpsSettings {

  /** Debian's AWS CLI v2; a Python v1 {@code aws} may come first on PATH. */
  public static final Path DEBIAN_AWS_CLI = Path.of("/usr/bin/aws");

  private final Path dataDir;
  private final StoreKind storeKind;
  private final URI serverUrl;
  private final URI qdrantUrl;
  private final URI awsEndpointUrl;
  private final Path awsCli;
  private final Duration connectTimeout;
  private final Duration requestTimeout;

  private CloudOpsSettings(Builder b) {
    this.dataDir = b.dataDir.toAbsolutePath().normalize();
    this.storeKind = b.storeKind;
    this.serverUrl = b.serverUrl;
    this.qdrantUrl = b.qdrantUrl;
    this.awsEndpointUrl = b.awsEndpointUrl;
    this.awsCli = b.awsCli;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
  }

  /** Defaults: data dir {@code ~/.cloudops}, embedded store, timeouts 10 s and 60 s. */
  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.dataDir = dataDir;
    b.storeKind = storeKind;
    b.serverUrl = serverUrl;
    b.qdrantUrl = qdrantUrl;
    b.awsEndpointUrl = awsEndpointUrl;
    b.awsCli = awsCli;
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    return b;
  }

  /** Where the store, key and history live. */
  public Path dataDir() {
    return dataDir;
  }

  public StoreKind storeKind() {
    return storeKind;
  }

  /** The planning server's base URL (may carry a path prefix). */
  public Optional<URI> serverUrl() {
    return Optional.ofNullable(serverUrl);
  }

  /** The Qdrant gRPC endpoint, required when the store kind is {@link StoreKind#QDRANT}. */
  public Optional<URI> qdrantUrl() {
    return Optional.ofNullable(qdrantUrl);
  }

  /** An endpoint override for every AWS client (moto, LocalStack, a proxy). */
  public Optional<URI> awsEndpointUrl() {
    return Optional.ofNullable(awsEndpointUrl);
  }

  /** The AWS CLI v2 binary. */
  public Path awsCli() {
    return awsCli;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  @Override
  public String toString() {
    return "CloudOpsSettings{dataDir="
        + dataDir
        + ", storeKind="
        + storeKind
        + ", serverUrl="
        + serverUrl
        + ", qdrantUrl="
        + qdrantUrl
        + ", awsEndpointUrl="
        + awsEndpointUrl
        + ", awsCli="
        + awsCli
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + "}";
  }

  /** Collects and validates settings; {@link #build()} names the first bad one. */
  public static final class Builder {
    private Path dataDir = Path.of(System.getProperty("user.home"), ".cloudops");
    private StoreKind storeKind = StoreKind.EMBEDDED;
    private URI serverUrl;
    private URI qdrantUrl;
    private URI awsEndpointUrl;
    private Path awsCli = Files.isExecutable(DEBIAN_AWS_CLI) ? DEBIAN_AWS_CLI : Path.of("aws");
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);

    private Builder() {}

    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    public Builder storeKind(StoreKind storeKind) {
      this.storeKind = Objects.requireNonNull(storeKind, "storeKind");
      return this;
    }

    public Builder serverUrl(URI serverUrl) {
      this.serverUrl = serverUrl;
      return this;
    }

    public Builder qdrantUrl(URI qdrantUrl) {
      this.qdrantUrl = qdrantUrl;
      return this;
    }

    public Builder awsEndpointUrl(URI awsEndpointUrl) {
      this.awsEndpointUrl = awsEndpointUrl;
      return this;
    }

    public Builder awsCli(Path awsCli) {
      this.awsCli = Objects.requireNonNull(awsCli, "awsCli");
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * @throws InvalidSettingException naming the first setting that cannot be used
     */
    public CloudOpsSettings build() {
      requireHttpUrl(Setting.SERVER_URL, serverUrl);
      requireHttpUrl(Setting.QDRANT_URL, qdrantUrl);
      requireHttpUrl(Setting.AWS_ENDPOINT_URL, awsEndpointUrl);
      requirePositive(Setting.CONNECT_TIMEOUT, connectTimeout);
      requirePositive(Setting.REQUEST_TIMEOUT, requestTimeout);
      if (storeKind == StoreKind.QDRANT && qdrantUrl == null) {
        throw new InvalidSettingException(
            Setting.QDRANT_URL,
            "",
            "the Qdrant store needs one (e.g. " + HttpUrls.QDRANT_EXAMPLE + ")");
      }
      if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
        throw new InvalidSettingException(
            Setting.DATA_DIR, dataDir.toString(), "it exists and is not a directory");
      }
      return new CloudOpsSettings(this);
    }

    private static void requireHttpUrl(Setting setting, URI url) {
      if (url == null) {
        return;
      }
      HttpUrls.problem(url)
          .ifPresent(
              problem -> {
                throw new InvalidSettingException(
                    setting,
                    url.toString(),
                    problem + "; expected e.g. https://host[:port][/path]");
              });
    }

    private static void requirePositive(Setting setting, Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        throw new InvalidSettingException(
            setting, duration.toString(), "a timeout must be a positive number of seconds");
      }
    }
  }
}
