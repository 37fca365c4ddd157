package io.cloudops.jenkins;

import io.cloudops.jenkins.credentials.ResolvedAws;
import io.cloudops.jenkins.spi.GrantedApprovals;
import io.cloudops.jenkins.spi.PlanRunner;
import io.cloudops.jenkins.spi.ScanOutcome;
import io.cloudops.jenkins.spi.ScanRequest;
import io.cloudops.jenkins.spi.StoreProvider;
import io.cloudops.model.Approval;
import io.cloudops.model.AwsResource;
import io.cloudops.model.Conversation;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionResult;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.Message;
import io.cloudops.model.ResourceFilter;
import io.cloudops.model.RiskLevel;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import io.cloudops.store.UpsertSummary;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Engines for the JenkinsRule tests: an empty in-memory store, a scanner and a plan runner that
 * record what they were asked. Installed through {@link CloudOpsServices.Defaults#useEngines} until
 * the lead wires the core's real engines.
 */
public final class PipelineEngines {

  public static final List<ScanRequest> SCANS = new CopyOnWriteArrayList<>();
  public static final List<List<Approval>> RUNS = new CopyOnWriteArrayList<>();

  private PipelineEngines() {}

  public static void install() {
    SCANS.clear();
    RUNS.clear();
    CloudOpsServices.Defaults.useClock(java.time.Clock.systemUTC());
    CloudOpsServices.Defaults.useEngines(
        PipelineEngines::open, PipelineEngines::scan, new Runner());
  }

  /** Moves the plugin's clock (approval expiry) forward from now. */
  public static void advanceClock(java.time.Duration by) {
    CloudOpsServices.Defaults.useClock(
        java.time.Clock.offset(java.time.Clock.systemUTC(), by));
  }

  private static ScanOutcome scan(
      ScanRequest request,
      StoreProvider.Stores stores,
      java.util.function.Consumer<String> progress) {
    SCANS.add(request);
    progress.accept("scanned (test engine)");
    return new ScanOutcome(2, Map.of("ec2", 2L), 2, 0, 0, 1, List.of());
  }

  private static final class Runner implements PlanRunner {
    @Override
    public RiskLevel assess(ExecutionPlan plan, RiskLevel claimed) {
      return claimed;
    }

    @Override
    public ExecutionResult run(
        ExecutionPlan plan,
        ResolvedAws aws,
        boolean dryRun,
        GrantedApprovals approvals,
        PrintStream out) {
      RUNS.add(approvals.approvals());
      out.println("ran " + plan.steps().size() + " step(s) (test engine)");
      Instant now = Instant.now();
      return new ExecutionResult(
          "exec-test", ExecutionStatus.SUCCESS, "", null, now, now, 0L, List.of());
    }
  }

  private static StoreProvider.Stores open(io.cloudops.jenkins.spi.StoreSettings settings) {
    List<Message> messages = new CopyOnWriteArrayList<>();
    EstateStore estate =
        new EstateStore() {
          @Override
          public void upsert(AwsResource resource) {}

          @Override
          public UpsertSummary bulkUpsert(Iterable<AwsResource> resources) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<SearchHit> search(String query, ResourceFilter filter, int limit) {
            return List.of();
          }

          @Override
          public Optional<AwsResource> get(String keyArnOrId) {
            return Optional.empty();
          }

          @Override
          public List<AwsResource> list(ResourceFilter filter) {
            return List.of();
          }

          @Override
          public long count() {
            return 0;
          }

          @Override
          public boolean delete(String key) {
            return false;
          }

          @Override
          public void close() {}
        };
    ChatStore chat =
        new ChatStore() {
          @Override
          public void append(String contextId, Message message) {
            messages.add(message);
          }

          @Override
          public List<Message> history(String contextId, int limit) {
            return new ArrayList<>(messages);
          }

          @Override
          public Optional<Conversation> conversation(String contextId) {
            return Optional.empty();
          }

          @Override
          public List<Conversation> conversations() {
            return List.of();
          }

          @Override
          public List<Conversation> searchConversations(String query, int limit) {
            return List.of();
          }

          @Override
          public boolean delete(String contextId) {
            return false;
          }

          @Override
          public void close() {}
        };
    return new StoreProvider.Stores(estate, chat);
  }
}
