package io.cloudops.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Builds SDK clients that share one HTTP client and one credentials provider, with the endpoint
 * override applied to every client (and path-style S3 when overridden). Build it once per job,
 * close it when done: that closes the shared HTTP client and any credential refresher.
 *
 * <p>Every client also shares one small scheduler (the SDK otherwise starts a scheduler per client
 * for timeouts) and gets its own retry strategy built from {@link RetrySettings}.
 */
public final class AwsClientFactory implements AutoCloseable {

  private final AwsCredentialsSpec credentials;
  private final URI endpointOverride;
  private final SdkHttpClient httpClient;
  private final RetrySettings retry;
  private final ScheduledExecutorService scheduler;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private AwsCredentialsProvider provider;

  private AwsClientFactory(Builder b) {
    this.credentials = b.credentials;
    this.endpointOverride = b.endpointOverride;
    this.httpClient =
        Apache5HttpClient.builder()
            .maxConnections(b.maxConnections)
            .connectionTimeout(b.connectTimeout)
            .socketTimeout(b.socketTimeout)
            .build();
    this.retry = b.retry;
    this.scheduler = new ScheduledThreadPoolExecutor(2, daemonThreads("cloudops-sdk-scheduler"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The credentials source, for messages. */
  public AwsCredentialsSpec credentials() {
    return credentials;
  }

  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpointOverride);
  }

  /** The shared HTTP client; owned by this factory. */
  public SdkHttpClient httpClient() {
    return httpClient;
  }

  /** How clients built here retry. */
  public RetrySettings retrySettings() {
    return retry;
  }

  /**
   * The override configuration every client gets: a fresh retry strategy (retry strategies keep
   * per-client state) and the shared scheduler. Callers may add interceptors before applying it.
   */
  public ClientOverrideConfiguration.Builder overrideConfiguration() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(retry.newStrategy())
        .scheduledExecutorService(scheduler);
  }

  /**
   * Resolves another credentials source (e.g. a role per account) with this factory's endpoint and
   * HTTP client; anything it needs to close is closed with the factory.
   */
  public AwsCredentialsProvider credentialsProvider(AwsCredentialsSpec spec) {
    return resolve(spec);
  }

  /** The resolved credentials provider, created once. */
  public synchronized AwsCredentialsProvider credentialsProvider() {
    if (provider == null) {
      provider = resolve(credentials);
    }
    return provider;
  }

  /**
   * Configures a client builder: region, shared HTTP client, credentials, endpoint override.
   *
   * @param builder e.g. {@code Ec2Client.builder()}
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
      B builder, String region) {
    return configure(builder, region, credentialsProvider());
  }

  /** As {@link #configure(AwsClientBuilder, String)} with other credentials (an assumed role). */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
      B builder, String region, AwsCredentialsProvider credentialsProvider) {
    builder.region(Region.of(region)).credentialsProvider(credentialsProvider);
    builder.httpClient(httpClient);
    builder.overrideConfiguration(overrideConfiguration().build());
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
      if (builder instanceof S3ClientBuilder s3) {
        s3.forcePathStyle(true);
      }
    }
    return builder;
  }

  /** Builds a configured client. The caller closes it; the shared HTTP client stays open. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
      B builder, String region) {
    return configure(builder, region).build();
  }

  /**
   * Configures and builds a client whose builder was found at run time (the SDK executor looks
   * clients up by service name). The caller closes it; the shared HTTP client stays open.
   */
  public SdkClient buildClient(AwsClientBuilder<?, ?> builder, String region) {
    builder.region(Region.of(region));
    builder.credentialsProvider(credentialsProvider());
    builder.overrideConfiguration(overrideConfiguration().build());
    if (builder instanceof AwsSyncClientBuilder<?, ?> sync) {
      sync.httpClient(httpClient);
    }
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
      if (builder instanceof S3ClientBuilder s3) {
        s3.forcePathStyle(true);
      }
    }
    Object client = builder.build();
    if (client instanceof SdkClient sdkClient) {
      return sdkClient;
    }
    throw new IllegalArgumentException(
        builder.getClass().getName() + " does not build an SDK client");
  }

  private AwsCredentialsProvider resolve(AwsCredentialsSpec spec) {
    if (spec instanceof AwsCredentialsSpec.Profile p) {
      return ProfileCredentialsProvider.builder().profileName(p.name()).build();
    }
    if (spec instanceof AwsCredentialsSpec.StaticKeys k) {
      return StaticCredentialsProvider.create(
          k.sessionToken() == null || k.sessionToken().isEmpty()
              ? AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey().reveal())
              : AwsSessionCredentials.create(
                  k.accessKeyId(), k.secretAccessKey().reveal(), k.sessionToken().reveal()));
    }
    if (spec instanceof AwsCredentialsSpec.AssumeRole r) {
      return assumeRole(r);
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private AwsCredentialsProvider assumeRole(AwsCredentialsSpec.AssumeRole role) {
    AwsCredentialsProvider base = resolve(role.base());
    StsClient sts = configure(StsClient.builder(), AwsRegion.DEFAULT, base).build();
    StsAssumeRoleCredentialsProvider assumed =
        StsAssumeRoleCredentialsProvider.builder()
            .stsClient(sts)
            .refreshRequest(
                r -> {
                  r.roleArn(role.roleArn()).roleSessionName(role.sessionName());
                  if (role.externalId() != null && !role.externalId().isBlank()) {
                    r.externalId(role.externalId());
                  }
                })
            .build();
    synchronized (this) {
      closeables.add(assumed);
      closeables.add(sts);
    }
    return assumed;
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    List<AutoCloseable> toClose;
    synchronized (this) {
      toClose = new ArrayList<>(closeables);
      closeables.clear();
      if (provider instanceof AutoCloseable closeable) {
        toClose.add(closeable);
      }
    }
    toClose.add(httpClient);
    toClose.add(scheduler::shutdownNow);
    for (AutoCloseable closeable : toClose) {
      try {
        closeable.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("Closing AWS clients failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Settings of a factory. */
  public static final class Builder {
    private AwsCredentialsSpec credentials = new AwsCredentialsSpec.DefaultChain();
    private URI endpointOverride;
    private int maxConnections = 64;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration socketTimeout = Duration.ofSeconds(60);
    private RetrySettings retry = RetrySettings.standard();

    private Builder() {}

    /** How clients retry (default: the SDK's standard strategy, 3 attempts). */
    public Builder retry(RetrySettings retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    public Builder credentials(AwsCredentialsSpec credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Sends every call to this endpoint (moto, LocalStack, a proxy); S3 goes path-style. */
    public Builder endpointOverride(URI endpointOverride) {
      this.endpointOverride = endpointOverride;
      return this;
    }

    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder socketTimeout(Duration socketTimeout) {
      this.socketTimeout = Objects.requireNonNull(socketTimeout, "socketTimeout");
      return this;
    }

    public AwsClientFactory build() {
      return new AwsClientFactory(this);
    }
  }
}
