package io.cloudops.scan;

import io.cloudops.InvalidInputException;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.aws.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to scan and how. Build with {@link #builder()}; bad services and regions are rejected with
 * an {@link InvalidInputException} naming the valid ones.
 */
public final class ScanOptions {

  /** Which resources go into the sink's pages. */
  public enum PageContent {
    /** Every resource seen. */
    ALL,
    /** Only added and changed resources (unchanged ones are counted, not forwarded). */
    CHANGES_ONLY
  }

  /**
   * One account to scan and the credentials that reach it.
   *
   * @param label how messages name it before its id is known (a role ARN, "default")
   * @param credentials its credentials
   */
  public record AccountAccess(String label, AwsCredentialsSpec credentials) {
    public AccountAccess {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(credentials, "credentials");
    }
  }

  private final AwsCredentialsSpec credentials;
  private final List<AccountAccess> accounts;
  private final List<String> regions;
  private final Set<String> services;
  private final URI endpointOverride;
  private final Instant since;
  private final TargetIds targets;
  private final PageContent pageContent;
  private final int parallelism;
  private final int detailParallelism;
  private final double callsPerSecondPerClient;
  private final RetrySettings retry;
  private final int pageSize;

  private ScanOptions(Builder b) {
    this.credentials = b.credentials;
    this.accounts =
        b.accounts.isEmpty()
            ? List.of(new AccountAccess(b.credentials.describe(), b.credentials))
            : List.copyOf(b.accounts);
    this.regions = List.copyOf(b.regions);
    this.services = Set.copyOf(b.services);
    this.endpointOverride = b.endpointOverride;
    this.since = b.since;
    this.targets = b.targets;
    this.pageContent = b.pageContent;
    this.parallelism = b.parallelism;
    this.detailParallelism = b.detailParallelism;
    this.callsPerSecondPerClient = b.callsPerSecondPerClient;
    this.retry = b.retry;
    this.pageSize = b.pageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base credentials (also used for listing regions). */
  public AwsCredentialsSpec credentials() {
    return credentials;
  }

  /** The accounts to scan; the base credentials' own account when none was given. */
  public List<AccountAccess> accounts() {
    return accounts;
  }

  /** Regions to scan; empty means every region enabled in the account. */
  public List<String> regions() {
    return regions;
  }

  /** Services to scan; empty means all. */
  public Set<String> services() {
    return services;
  }

  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpointOverride);
  }

  /** Resources with a timestamp before this and unchanged content are not forwarded. */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /** The ids or ARNs of a targeted re-scan, if this is one. */
  public Optional<TargetIds> targets() {
    return Optional.ofNullable(targets);
  }

  public PageContent pageContent() {
    return pageContent;
  }

  /** Slices scanned at once. */
  public int parallelism() {
    return parallelism;
  }

  /** Per-resource detail calls (S3 bucket settings, queue attributes...) in flight at once. */
  public int detailParallelism() {
    return detailParallelism;
  }

  /** The rate limit of each client (one per account, region and service); 0 for none. */
  public double callsPerSecondPerClient() {
    return callsPerSecondPerClient;
  }

  public RetrySettings retry() {
    return retry;
  }

  /** Items asked for per list call, within each API's bounds (default: each API's maximum). */
  public int pageSize() {
    return pageSize;
  }

  /** Settings of a scan. */
  public static final class Builder {
    private AwsCredentialsSpec credentials = new AwsCredentialsSpec.DefaultChain();
    private final List<AccountAccess> accounts = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final Set<String> services = new LinkedHashSet<>();
    private URI endpointOverride;
    private Instant since;
    private TargetIds targets;
    private PageContent pageContent = PageContent.ALL;
    private int parallelism = 8;
    private int detailParallelism = 16;
    private double callsPerSecondPerClient = 50;
    private RetrySettings retry =
        new RetrySettings(
            RetrySettings.Mode.ADAPTIVE, 6, Duration.ofMillis(100), Duration.ofSeconds(20));

    private int pageSize = 1000;

    private Builder() {}

    /** Items per list call (clamped to each API's bounds); small values exercise paging. */
    public Builder pageSize(int pageSize) {
      this.pageSize = positive(pageSize, "pageSize");
      return this;
    }

    public Builder credentials(AwsCredentialsSpec credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Adds an account to scan (replacing the base credentials' own account). */
    public Builder account(AccountAccess account) {
      accounts.add(Objects.requireNonNull(account, "account"));
      return this;
    }

    /**
     * Scans each account through a role of the same name assumed with the base credentials.
     *
     * @param externalId the external id the roles require, or null
     */
    public Builder accountsViaRole(
        Collection<String> accountIds, String roleName, String externalId) {
      for (String accountId : accountIds) {
        if (!accountId.matches("\\d{12}")) {
          throw new InvalidInputException(
              "Account id '"
                  + accountId
                  + "' is not 12 digits; give account ids like 123456789012");
        }
        String roleArn = "arn:aws:iam::" + accountId + ":role/" + roleName;
        accounts.add(
            new AccountAccess(
                accountId,
                new AwsCredentialsSpec.AssumeRole(
                    credentials, roleArn, externalId, "cloudops-scan")));
      }
      return this;
    }

    /** Regions to scan; none (the default) means every enabled region. */
    public Builder regions(Collection<String> regions) {
      Set<String> known = Regions.known();
      List<String> unknown = regions.stream().filter(r -> !known.contains(r)).toList();
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(
            "Unknown region(s) "
                + String.join(", ", unknown)
                + "; valid regions: "
                + String.join(", ", new TreeSet<>(known))
                + " (or 'all')");
      }
      this.regions.clear();
      this.regions.addAll(new LinkedHashSet<>(regions));
      return this;
    }

    /** Services to scan, e.g. {@code ec2, rds}; none (the default) means all. */
    public Builder services(Collection<String> services) {
      Set<String> known = ScannerRegistry.services();
      List<String> unknown = services.stream().filter(s -> !known.contains(s)).toList();
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(
            "Unknown service(s) "
                + String.join(", ", unknown)
                + "; valid services: "
                + String.join(", ", known)
                + " (or 'all')");
      }
      this.services.clear();
      this.services.addAll(services);
      return this;
    }

    /** Sends every call to this endpoint (moto, a proxy). */
    public Builder endpointOverride(URI endpointOverride) {
      this.endpointOverride = endpointOverride;
      return this;
    }

    public Builder since(Instant since) {
      this.since = since;
      return this;
    }

    /** Re-scans only these ids or ARNs (and the types they imply). */
    public Builder targets(Collection<String> ids) {
      this.targets = ids == null || ids.isEmpty() ? null : TargetIds.of(ids);
      return this;
    }

    public Builder pageContent(PageContent pageContent) {
      this.pageContent = Objects.requireNonNull(pageContent, "pageContent");
      return this;
    }

    public Builder parallelism(int parallelism) {
      this.parallelism = positive(parallelism, "parallelism");
      return this;
    }

    public Builder detailParallelism(int detailParallelism) {
      this.detailParallelism = positive(detailParallelism, "detailParallelism");
      return this;
    }

    /** Rate limit per client (account, region, service); 0 disables it. */
    public Builder callsPerSecondPerClient(double callsPerSecond) {
      if (callsPerSecond < 0) {
        throw new IllegalArgumentException("callsPerSecond must not be negative");
      }
      this.callsPerSecondPerClient = callsPerSecond;
      return this;
    }

    public Builder retry(RetrySettings retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    public ScanOptions build() {
      return new ScanOptions(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
