package io.cloudops.jenkins.execute;

import hudson.model.Item;
import hudson.model.Run;
import io.cloudops.jenkins.CloudOpsServices;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.model.Approval;
import io.cloudops.model.RiskLevel;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The build's CloudOps approvals: one gate per plan waiting in {@code cloudopsExecute}, shown at
 * {@code <build>/cloudops-approval/}. Approve and reject are POST-only, answer only the configured
 * approvers (who can read the job), refuse decided gates, the build's own starter and repeat
 * approvals, and record who decided and when (persisted in build.xml, so a restart keeps them).
 */
public class CloudOpsApprovalAction implements RunAction2 {

  /** The action's URL below the build. */
  public static final String URL_NAME = "cloudops-approval";

  private final List<Gate> gates = new CopyOnWriteArrayList<>();
  private transient Run<?, ?> run;
  private transient volatile Map<String, Listener> listeners;
  private transient CloudOpsServices services;

  /** The action of a build, attached on first use. */
  public static synchronized CloudOpsApprovalAction on(Run<?, ?> run) {
    CloudOpsApprovalAction action = run.getAction(CloudOpsApprovalAction.class);
    if (action == null) {
      action = new CloudOpsApprovalAction();
      run.addAction(action);
    }
    return action;
  }

  /** For tests: the services the web methods use (facade, clock). */
  CloudOpsApprovalAction withServices(CloudOpsServices services) {
    this.services = services;
    return this;
  }

  private CloudOpsServices services() {
    return services == null ? CloudOpsServices.defaults() : services;
  }

  private Map<String, Listener> listeners() {
    if (listeners == null) {
      synchronized (this) {
        if (listeners == null) {
          listeners = new ConcurrentHashMap<>();
        }
      }
    }
    return listeners;
  }

  /** Told when a gate's approvals change or it is rejected. */
  interface Listener {
    void approved(Gate gate);

    void rejected(Gate gate);
  }

  /** What a decision request got: an HTTP status and a one-line message. */
  record Outcome(int status, String message) {
    boolean accepted() {
      return status == 200;
    }
  }

  /** Opens (or re-opens after a restart) the gate of a plan; the id is derived from the digest. */
  synchronized Gate open(
      String digest,
      ApprovalGate.Policy policy,
      Optional<String> triggeringUser,
      List<String> message,
      Instant now) {
    String id = "plan-" + digest.substring(0, 12);
    Optional<Gate> existing = gate(id);
    if (existing.isPresent() && existing.get().isPending()) {
      return existing.get();
    }
    gates.removeIf(g -> g.id.equals(id));
    Gate gate = new Gate(id, digest, policy, triggeringUser.orElse(null), message, now);
    gates.add(gate);
    save();
    return gate;
  }

  void listen(String id, Listener listener) {
    listeners().put(id, listener);
  }

  /** Records an approval; when the gate then passes, tells the waiting step. */
  Outcome approve(String id, String userId, String comment, Instant now) {
    Gate passed;
    Outcome outcome;
    synchronized (this) {
      Optional<Gate> found = gate(id);
      if (found.isEmpty()) {
        return new Outcome(404, "no CloudOps approval '" + id + "' in this build");
      }
      Gate gate = found.get();
      if (!gate.isPending()) {
        return new Outcome(409, "this plan was already decided: " + gate.describeDecision());
      }
      if (userId == null) {
        return new Outcome(403, "log in to approve");
      }
      Approval candidate = new Approval(gate.digest, userId, now, blankToNull(comment));
      Optional<String> refusal =
          ApprovalGate.refusal(
              candidate, gate.digest, gate.policy(), gate.triggeringUser(), gate.approvals(), now);
      if (refusal.isPresent()) {
        return new Outcome(403, refusal.get());
      }
      gate.approvals.add(new Decided(userId, now.toString(), blankToNull(comment)));
      ApprovalGate.Decision decision =
          ApprovalGate.decide(
              gate.digest, gate.policy(), gate.triggeringUser(), gate.approvals(), now);
      if (decision instanceof ApprovalGate.Proceed) {
        gate.state = State.APPROVED;
        passed = gate;
        outcome = new Outcome(200, "approved; the plan runs now");
      } else {
        passed = null;
        outcome =
            new Outcome(
                200,
                "approval recorded; "
                    + ((ApprovalGate.Wait) decision).missing()
                    + " more approval(s) needed");
      }
      save();
    }
    Listener listener = listeners().get(id);
    if (passed != null && listener != null) {
      listener.approved(passed);
    }
    return outcome;
  }

  /** Rejects the plan: the waiting step fails. Only a configured approver may reject. */
  Outcome reject(String id, String userId, Instant now) {
    Gate rejected;
    synchronized (this) {
      Optional<Gate> found = gate(id);
      if (found.isEmpty()) {
        return new Outcome(404, "no CloudOps approval '" + id + "' in this build");
      }
      Gate gate = found.get();
      if (!gate.isPending()) {
        return new Outcome(409, "this plan was already decided: " + gate.describeDecision());
      }
      if (userId == null || !gate.approvers.contains(userId)) {
        return new Outcome(
            403, "only the configured " + gate.getRisk() + " approvers may reject this plan");
      }
      gate.state = State.REJECTED;
      gate.decidedBy = userId;
      gate.decidedAt = now.toString();
      rejected = gate;
      save();
    }
    Listener listener = listeners().get(id);
    if (listener != null) {
      listener.rejected(rejected);
    }
    return new Outcome(200, "rejected");
  }

  /** Marks a gate as ended without a decision (the build was aborted). */
  synchronized void abort(String id) {
    gate(id)
        .filter(Gate::isPending)
        .ifPresent(
            g -> {
              g.state = State.ABORTED;
              save();
            });
    listeners().remove(id);
  }

  /** Approve: POST with {@code id} (and an optional {@code comment}). */
  @RequirePOST
  public HttpResponse doApprove(@QueryParameter String id, @QueryParameter String comment) {
    Optional<HttpResponse> denied = readDenied();
    if (denied.isPresent()) {
      return denied.get();
    }
    Clock clock = services().clock();
    return respond(
        approve(id, services().jenkins().currentUserId().orElse(null), comment, clock.instant()));
  }

  /** Reject: POST with {@code id}. */
  @RequirePOST
  public HttpResponse doReject(@QueryParameter String id) {
    Optional<HttpResponse> denied = readDenied();
    if (denied.isPresent()) {
      return denied.get();
    }
    return respond(
        reject(
            id, services().jenkins().currentUserId().orElse(null), services().clock().instant()));
  }

  private Optional<HttpResponse> readDenied() {
    JenkinsFacade jenkins = services().jenkins();
    if (run != null && !jenkins.hasPermission(Item.READ, run.getParent())) {
      return Optional.of(
          HttpResponses.errorWithoutStack(403, "missing the Job/Read permission on this job"));
    }
    return Optional.empty();
  }

  private static HttpResponse respond(Outcome outcome) {
    return outcome.accepted()
        ? HttpResponses.redirectToDot()
        : HttpResponses.errorWithoutStack(outcome.status(), outcome.message());
  }

  Optional<Gate> gate(String id) {
    return gates.stream().filter(g -> g.id.equals(id)).findFirst();
  }

  /** Every gate of the build, for the page. */
  public List<Gate> getGates() {
    return List.copyOf(gates);
  }

  private void save() {
    if (run != null) {
      try {
        run.save();
      } catch (IOException e) {
        throw new IllegalStateException("cannot save the approval state of " + run, e);
      }
    }
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public String getIconFileName() {
    return gates.stream().anyMatch(Gate::isPending) ? "help.png" : null;
  }

  @Override
  public String getDisplayName() {
    return "CloudOps approvals";
  }

  @Override
  public String getUrlName() {
    return URL_NAME;
  }

  /** Where a gate stands. */
  public enum State {
    PENDING,
    APPROVED,
    REJECTED,
    ABORTED
  }

  /** One recorded approval. */
  public static final class Decided {
    private final String user;
    private final String time;
    private final String comment;

    Decided(String user, String time, String comment) {
      this.user = user;
      this.time = time;
      this.comment = comment;
    }

    public String getUser() {
      return user;
    }

    public String getTime() {
      return time;
    }

    public String getComment() {
      return comment;
    }

    Approval toApproval(String digest) {
      return new Approval(digest, user, Instant.parse(time), comment);
    }
  }

  /** The approval state of one plan. Persisted with the build; not a record (XStream). */
  public static final class Gate {
    private final String id;
    private final String digest;
    private final String level;
    private final ArrayList<String> approvers;
    private final long validitySeconds;
    private final String triggeringUser;
    private final ArrayList<String> message;
    private final String openedAt;
    private final CopyOnWriteArrayList<Decided> approvals = new CopyOnWriteArrayList<>();
    private State state = State.PENDING;
    private String decidedBy;
    private String decidedAt;

    Gate(
        String id,
        String digest,
        ApprovalGate.Policy policy,
        String triggeringUser,
        List<String> message,
        Instant now) {
      this.id = id;
      this.digest = digest;
      this.level = policy.level().name();
      this.approvers = new ArrayList<>(policy.approvers().stream().sorted().toList());
      this.validitySeconds = policy.validity().toSeconds();
      this.triggeringUser = triggeringUser;
      this.message = new ArrayList<>(message);
      this.openedAt = now.toString();
    }

    ApprovalGate.Policy policy() {
      return ApprovalGate.Policy.of(
          RiskLevel.valueOf(level), Set.copyOf(approvers), Duration.ofSeconds(validitySeconds));
    }

    Optional<String> triggeringUser() {
      return Optional.ofNullable(triggeringUser);
    }

    /** The recorded approvals as the core's model. */
    List<Approval> approvals() {
      return approvals.stream().map(d -> d.toApproval(digest)).toList();
    }

    String describeDecision() {
      if (state == State.APPROVED) {
        return "approved by "
            + String.join(", ", approvals.stream().map(Decided::getUser).toList());
      }
      return state == State.REJECTED
          ? "rejected by " + decidedBy + " at " + decidedAt
          : state.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPending() {
      return state == State.PENDING;
    }

    public String getId() {
      return id;
    }

    public String getDigest() {
      return digest;
    }

    public String getRisk() {
      return RiskLevel.valueOf(level).label();
    }

    public List<String> getApprovers() {
      return List.copyOf(approvers);
    }

    public int getRequired() {
      return policy().required();
    }

    public List<String> getMessage() {
      return List.copyOf(message);
    }

    public List<Decided> getApprovals() {
      return List.copyOf(approvals);
    }

    public State getState() {
      return state;
    }

    public String getDecision() {
      return describeDecision();
    }

    public String getOpenedAt() {
      return openedAt;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
