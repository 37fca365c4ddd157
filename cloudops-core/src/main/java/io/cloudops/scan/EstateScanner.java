package io.cloudops.scan;

import io.cloudops.CloudOpsException;
import io.cloudops.Setting;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.aws.AwsRegion;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import io.cloudops.scan.spi.ServiceClients;
import io.cloudops.scan.spi.SliceContext;
import io.cloudops.scan.spi.SliceKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Discovers an AWS estate: every selected resource type in every selected region of every account,
 * as (account, region, type) slices scanned in bounded parallel through one shared HTTP client and
 * scheduler. Pages stream to a {@link ScanSink}; a slice that fails is reported in {@link
 * ScanResult#errors()} and never as empty; the others complete.
 */
public final class EstateScanner {

  private static final String STS_REGION = AwsRegion.DEFAULT;

  /** Scans everything selected and returns the resources too (for small estates and tests). */
  public ScanResult scanAll(ScanOptions options) {
    return scanAll(options, progress -> {});
  }

  /** As {@link #scanAll(ScanOptions)}, reporting progress after every slice. */
  public ScanResult scanAll(ScanOptions options, Consumer<ScanProgress> progress) {
    List<AwsResource> collected = Collections.synchronizedList(new ArrayList<>());
    ScanResult result =
        scan(options, (slice, page) -> collected.addAll(page), KnownState.NONE, progress);
    List<AwsResource> sorted = new ArrayList<>(collected);
    sorted.sort(Comparator.comparing(AwsResource::key));
    return withResources(result, sorted);
  }

  /** Scans one service (e.g. {@code rds}) and returns its resources. */
  public ScanResult scanService(ScanOptions options, String service) {
    ScanOptions one = copyWithServices(options, List.of(service));
    return scanAll(one);
  }

  /**
   * An incremental scan: compares with what is known, forwards only added and changed resources
   * (and unchanged ones stamped at or after {@code since}, when given), and reports removals of
   * cleanly scanned slices to the sink.
   */
  public ScanResult scanIncremental(
      ScanOptions options, KnownState known, Instant since, ScanSink sink) {
    ScanOptions incremental =
        copy(options).pageContent(ScanOptions.PageContent.CHANGES_ONLY).since(since).build();
    return scan(incremental, sink, known, progress -> {});
  }

  /**
   * A targeted re-scan of given ids or ARNs (after an execution changed them): only the types they
   * imply are listed; a known target that a clean slice no longer has is reported removed.
   */
  public ScanResult rescan(
      ScanOptions options, Collection<String> ids, KnownState known, ScanSink sink) {
    return scan(copy(options).targets(ids).build(), sink, known, progress -> {});
  }

  /** The named profiles of ~/.aws/config and ~/.aws/credentials. */
  public Set<String> listProfiles(Map<String, String> env) {
    return AwsProfiles.list(env);
  }

  /**
   * Checks the base credentials with STS GetCallerIdentity.
   *
   * @throws CloudOpsException when no credentials are found or AWS rejects them
   */
  public CallerIdentity validateCredentials(ScanOptions options) {
    try (AwsClientFactory factory = factory(options);
        ServiceClients clients =
            new ServiceClients(
                factory, factory.credentialsProvider(), STS_REGION, 0, new AtomicLong())) {
      return identify(clients, options.credentials());
    }
  }

  /**
   * The scan itself.
   *
   * @param sink receives pages and slice outcomes (thread-safe)
   * @param known what was known per slice, to tell changes and removals apart
   * @param progress called after each slice, one call at a time
   */
  public ScanResult scan(
      ScanOptions options, ScanSink sink, KnownState known, Consumer<ScanProgress> progress) {
    long started = System.nanoTime();
    Instant scanTime = Instant.now();
    AtomicLong calls = new AtomicLong();
    List<ScanError> errors = Collections.synchronizedList(new ArrayList<>());
    try (AwsClientFactory factory = factory(options);
        ClientPool pool = new ClientPool(factory, options.callsPerSecondPerClient(), calls)) {
      List<PlannedSlice> slices = plan(options, factory, pool, errors);
      List<SliceOutcome> outcomes = run(options, sink, known, progress, pool, slices, scanTime);
      return summarize(outcomes, errors, slices.size(), calls.get(), started);
    }
  }

  private List<PlannedSlice> plan(
      ScanOptions options, AwsClientFactory factory, ClientPool pool, List<ScanError> errors) {
    List<PlannedSlice> slices = new ArrayList<>();
    for (ScanOptions.AccountAccess account : options.accounts()) {
      AwsCredentialsProvider credentials =
          account.credentials().equals(options.credentials())
              ? factory.credentialsProvider()
              : factory.credentialsProvider(account.credentials());
      String accountId;
      List<String> regions;
      try {
        ServiceClients home = pool.clients(account.label(), credentials, STS_REGION);
        accountId = identify(home, account.credentials()).accountId();
        regions = options.regions().isEmpty() ? Regions.enabled(home.ec2()) : options.regions();
      } catch (SdkException e) {
        errors.add(
            new ScanError(
                account.label(),
                "global",
                "sts",
                "account",
                ErrorCodes.of(e),
                "account " + account.label() + " could not be reached: " + ErrorCodes.message(e)));
        continue;
      }
      for (ResourceScanner scanner : ScannerRegistry.all()) {
        if (!options.services().isEmpty() && !options.services().contains(scanner.service())) {
          continue;
        }
        if (options.targets().isPresent() && !options.targets().get().selects(scanner)) {
          continue;
        }
        List<String> sliceRegions = scanner.global() ? List.of(AwsResource.GLOBAL_REGION) : regions;
        for (String region : sliceRegions) {
          slices.add(
              new PlannedSlice(
                  new SliceKey(accountId, region, scanner.service(), scanner.resourceType()),
                  scanner,
                  credentials));
        }
      }
    }
    return slices;
  }

  private List<SliceOutcome> run(
      ScanOptions options,
      ScanSink sink,
      KnownState known,
      Consumer<ScanProgress> progress,
      ClientPool pool,
      List<PlannedSlice> slices,
      Instant scanTime) {
    ExecutorService slicePool =
        Executors.newFixedThreadPool(options.parallelism(), daemonThreads("cloudops-scan"));
    ExecutorService detailPool =
        Executors.newFixedThreadPool(
            options.detailParallelism(), daemonThreads("cloudops-scan-detail"));
    SliceRunner runner = new SliceRunner(options, sink, known);
    AtomicInteger done = new AtomicInteger();
    Object progressLock = new Object();
    try {
      List<Future<SliceOutcome>> futures = new ArrayList<>();
      for (PlannedSlice planned : slices) {
        futures.add(
            slicePool.submit(
                () -> {
                  SliceKey key = planned.key();
                  String clientRegion =
                      AwsResource.GLOBAL_REGION.equals(key.region()) ? STS_REGION : key.region();
                  SliceOutcome outcome =
                      runner.run(
                          key,
                          planned.scanner(),
                          pages ->
                              new SliceContext(
                                  key,
                                  pool.clients(
                                      key.accountId(), planned.credentials(), clientRegion),
                                  region ->
                                      pool.clients(key.accountId(), planned.credentials(), region),
                                  detailPool,
                                  pages,
                                  scanTime,
                                  options.pageSize()));
                  synchronized (progressLock) {
                    progress.accept(ScanProgress.of(key, done.incrementAndGet(), slices.size()));
                  }
                  return outcome;
                }));
      }
      List<SliceOutcome> outcomes = new ArrayList<>(futures.size());
      for (Future<SliceOutcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CloudOpsException("The scan was interrupted", e);
    } catch (ExecutionException e) {
      throw new CloudOpsException("The scan failed: " + ErrorCodes.message(e.getCause()), e);
    } finally {
      slicePool.shutdownNow();
      detailPool.shutdownNow();
      awaitQuietly(slicePool);
      awaitQuietly(detailPool);
    }
  }

  private static ScanResult summarize(
      List<SliceOutcome> outcomes, List<ScanError> errors, int slices, long calls, long started) {
    Map<String, Long> byService = new TreeMap<>();
    ChangeCounts changes = ChangeCounts.NONE;
    long total = 0;
    List<ScanError> allErrors = new ArrayList<>(errors);
    for (SliceOutcome outcome : outcomes) {
      total += outcome.seen();
      byService.merge(outcome.slice().service(), outcome.seen(), Long::sum);
      changes = changes.plus(outcome.changes());
      outcome.error().ifPresent(allErrors::add);
    }
    allErrors.sort(
        Comparator.comparing(ScanError::accountId)
            .thenComparing(ScanError::region)
            .thenComparing(ScanError::resourceType));
    long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    return new ScanResult(
        List.of(), total, byService, durationMs, allErrors, changes, slices, calls);
  }

  private static CallerIdentity identify(ServiceClients clients, AwsCredentialsSpec spec) {
    try {
      GetCallerIdentityResponse identity = clients.sts().getCallerIdentity();
      return new CallerIdentity(identity.account(), identity.arn(), identity.userId());
    } catch (SdkClientException e) {
      if (String.valueOf(e.getMessage()).contains("Unable to load credentials")) {
        throw new CloudOpsException(NoCredentials.message(spec), Setting.AWS_CREDENTIALS, e);
      }
      throw e;
    }
  }

  private static AwsClientFactory factory(ScanOptions options) {
    return AwsClientFactory.builder()
        .credentials(options.credentials())
        .endpointOverride(options.endpointOverride().orElse(null))
        .retry(options.retry())
        .maxConnections(options.parallelism() + options.detailParallelism() + 8)
        .build();
  }

  private static ScanOptions.Builder copy(ScanOptions o) {
    ScanOptions.Builder b =
        ScanOptions.builder()
            .credentials(o.credentials())
            .regions(o.regions())
            .services(o.services())
            .endpointOverride(o.endpointOverride().orElse(null))
            .since(o.since().orElse(null))
            .targets(o.targets().map(TargetIds::ids).orElse(Set.of()))
            .pageContent(o.pageContent())
            .parallelism(o.parallelism())
            .detailParallelism(o.detailParallelism())
            .callsPerSecondPerClient(o.callsPerSecondPerClient())
            .pageSize(o.pageSize())
            .retry(o.retry());
    if (!(o.accounts().size() == 1 && o.accounts().get(0).credentials().equals(o.credentials()))) {
      o.accounts().forEach(b::account);
    }
    return b;
  }

  private static ScanOptions copyWithServices(ScanOptions o, List<String> services) {
    return copy(o).services(services).build();
  }

  private static ScanResult withResources(ScanResult r, List<AwsResource> resources) {
    return new ScanResult(
        resources,
        r.totalCount(),
        r.byService(),
        r.durationMs(),
        r.errors(),
        r.changes(),
        r.slices(),
        r.apiCalls());
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void awaitQuietly(ExecutorService executor) {
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record PlannedSlice(
      SliceKey key, ResourceScanner scanner, AwsCredentialsProvider credentials) {}
}
