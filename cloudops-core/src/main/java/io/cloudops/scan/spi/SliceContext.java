package io.cloudops.scan.spi;

import io.cloudops.model.AwsResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What a {@link ResourceScanner} works with in one slice: the clients of its account and region, a
 * pool for per-resource detail calls, and the page consumer.
 */
public final class SliceContext {

  private final SliceKey slice;
  private final ServiceClients clients;
  private final Function<String, ServiceClients> clientsInRegion;
  private final ExecutorService details;
  private final Consumer<List<AwsResource>> pages;
  private final Instant scanTime;
  private final int pageSize;

  public SliceContext(
      SliceKey slice,
      ServiceClients clients,
      Function<String, ServiceClients> clientsInRegion,
      ExecutorService details,
      Consumer<List<AwsResource>> pages,
      Instant scanTime,
      int pageSize) {
    this.slice = slice;
    this.clients = clients;
    this.clientsInRegion = clientsInRegion;
    this.details = details;
    this.pages = pages;
    this.scanTime = scanTime;
    this.pageSize = pageSize;
  }

  /**
   * The page size to ask a list API for: the scan's page size, within the API's bounds.
   *
   * @param apiMin the smallest page the API accepts
   * @param apiMax the largest page the API allows
   */
  public int pageSize(int apiMin, int apiMax) {
    return Math.max(apiMin, Math.min(apiMax, pageSize));
  }

  public SliceKey slice() {
    return slice;
  }

  public String accountId() {
    return slice.accountId();
  }

  /** The slice's region; {@code global} for global types. */
  public String region() {
    return slice.region();
  }

  /** The clients of the slice's account and region (us-east-1 for global types). */
  public ServiceClients clients() {
    return clients;
  }

  /** The clients of the slice's account in another region (e.g. a bucket's own region). */
  public ServiceClients clientsIn(String region) {
    return clientsInRegion.apply(region);
  }

  /** A builder with the slice's account, region, service, type and scan time filled in. */
  public AwsResource.Builder resource(String id) {
    return AwsResource.builder()
        .id(id)
        .accountId(slice.accountId())
        .region(slice.region())
        .service(slice.service())
        .resourceType(slice.resourceType())
        .lastScanned(scanTime);
  }

  /** {@code arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE} in the slice's region. */
  public String arn(String service, String resource) {
    return "arn:aws:" + service + ":" + slice.region() + ":" + slice.accountId() + ":" + resource;
  }

  /** Hands one page to the scan. */
  public void emit(List<AwsResource> page) {
    if (!page.isEmpty()) {
      pages.accept(page);
    }
  }

  /**
   * Maps items with one or more API calls each, in parallel on the shared detail pool, keeping
   * order. The first failure fails the slice (the rest is cancelled).
   */
  public <T, R> List<R> mapInParallel(List<T> items, Function<T, R> mapper) {
    if (items.size() <= 1) {
      return items.stream().map(mapper).toList();
    }
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(details.submit(() -> mapper.apply(item)));
    }
    List<R> results = new ArrayList<>(items.size());
    try {
      for (Future<R> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(true));
      throw new ScanInterruptedException(e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      Throwable cause = e.getCause();
      if (cause instanceof SdkException sdk) {
        throw sdk;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
    return results;
  }

  /** The scan was interrupted while waiting for detail calls. */
  static final class ScanInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScanInterruptedException(InterruptedException cause) {
      super("scan interrupted", cause);
    }
  }
}
