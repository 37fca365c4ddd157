package io.cloudops.execute.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.CryptoException;
import io.cloudops.crypto.KeyRing;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionOrigin;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable history under {@code <data-dir>/history/}: an append-only, fsync'd log of every
 * decision about a plan (executions, dry runs, refusals, stops for approval) as events (created,
 * approvals, status transitions, step results). The index fields queries need are in the clear;
 * everything else (plan, argv, output, approvers, comments, error details) is encrypted with the
 * data dir's key, and every line is authenticated as a whole ({@link HistorySeal}): a line changed
 * or added without the key is reported ({@link #rejectedLines()}) and ignored. A key that opens
 * none of the lines is refused before anything is written.
 *
 * <p>Opening the history settles runs left behind by a crash: a run that is not finished and whose
 * process is gone gets a final {@code Failed} transition. Thread-safe; several processes may share
 * one history.
 */
public final class ExecutionHistory {

  /** The log file's name under {@code <data-dir>/history/}. */
  public static final String FILE_NAME = "executions-v1.jsonl";

  private final HistoryLog log;
  private final HistorySeal seal;
  private final Clock clock;
  private final Map<String, List<HistoryLine>> events = new LinkedHashMap<>();
  private int damagedLines;
  private int rejectedLines;
  private int authenticatedLines;
  private boolean sealedLineSeen;

  private final LiveOutput live;

  private ExecutionHistory(HistoryLog log, RecordCipher cipher, Clock clock, Path liveDir) {
    this.log = log;
    this.seal = new HistorySeal(cipher);
    this.clock = clock;
    this.live = new LiveOutput(liveDir, cipher);
  }

  /** The output lines of running executions, as the engine emits them. */
  public LiveOutput live() {
    return live;
  }

  /**
   * Opens the history of a data dir (the file is created on the first write) and settles
   * interrupted runs.
   *
   * @throws CryptoException when the key opens none of the history's lines (another key wrote
   *     them); nothing is written then
   */
  public static ExecutionHistory open(Path dataDir, RecordCipher cipher, Clock clock) {
    ExecutionHistory history =
        new ExecutionHistory(
            new HistoryLog(file(dataDir)), cipher, clock, file(dataDir).resolveSibling("live"));
    history.refresh();
    if (history.authenticatedLines == 0 && history.rejectedLines > 0) {
      throw new CryptoException(
          "The key does not open the execution history "
              + history.file()
              + " (none of its "
              + history.rejectedLines
              + " records authenticates): it was written with another key; use that key");
    }
    history.settleInterrupted();
    return history;
  }

  /** The history file of a data dir; it may not exist yet. */
  public static Path file(Path dataDir) {
    return dataDir.resolve("history").resolve(FILE_NAME);
  }

  /**
   * Re-encrypts every event of a data dir's history under {@code ring.current()} (a key rotation).
   * Lines that cannot be read (torn by a crash) are kept as they are.
   *
   * @return how many events were re-encrypted
   */
  public static int reseal(Path dataDir, KeyRing ring) {
    Path file = file(dataDir);
    if (!Files.exists(file)) {
      return 0;
    }
    HistorySeal seal = new HistorySeal(new AesGcmCipher(ring));
    int[] count = {0};
    new HistoryLog(file)
        .rewrite(
            text -> {
              HistoryLine line;
              try {
                line = Json.mapper().readValue(text, HistoryLine.class);
              } catch (JsonProcessingException | IllegalArgumentException torn) {
                return text;
              }
              if (line.data() == null) {
                return text;
              }
              HistoryLine resealed;
              try {
                resealed = seal.reseal(line);
              } catch (CryptoException changedByHand) {
                return text; // stays rejected, as it was
              }
              count[0]++;
              return Json.write(resealed);
            });
    return count[0];
  }

  /**
   * Records a new execution in status Pending, owned by this process.
   *
   * @param planDigest the digest of the plan as approved
   * @param plan the plan as kept (secrets masked)
   */
  public synchronized void created(
      String id,
      String contextId,
      String planDigest,
      ExecutionPlan plan,
      RiskAssessment risk,
      String requestedBy,
      Instant at) {
    created(id, DecisionKind.EXECUTION, contextId, planDigest, plan, risk, requestedBy, at);
  }

  /**
   * Records a new decision about a plan in status Pending, owned by this process; its approvals and
   * transitions follow.
   */
  public synchronized void created(
      String id,
      DecisionKind kind,
      String contextId,
      String planDigest,
      ExecutionPlan plan,
      RiskAssessment risk,
      String requestedBy,
      Instant at) {
    created(id, kind, contextId, planDigest, plan, risk, requestedBy, null, at);
  }

  /**
   * Records a new decision about a plan in status Pending, with where it was asked (a Jenkins
   * build), owned by this process; its approvals and transitions follow.
   *
   * @param origin where it was asked, or null
   */
  public synchronized void created(
      String id,
      DecisionKind kind,
      String contextId,
      String planDigest,
      ExecutionPlan plan,
      RiskAssessment risk,
      String requestedBy,
      ExecutionOrigin origin,
      Instant at) {
    ObjectNode content = Json.mapper().createObjectNode();
    content.set("plan", Json.tree(plan));
    content.set("risk", Json.tree(risk));
    content.put("requested_by", requestedBy);
    if (origin != null) {
      content.set("origin", Json.tree(origin));
    }
    ProcessHandle self = ProcessHandle.current();
    append(
        new HistoryLine(
            HistoryLine.VERSION,
            HistoryLine.CREATED,
            id,
            at,
            ExecutionStatus.PENDING,
            contextId,
            planDigest,
            null,
            self.pid(),
            self.info().startInstant().orElse(null),
            kind == DecisionKind.EXECUTION ? null : kind,
            null),
        content);
  }

  /** Records the approvals an execution runs under. */
  public synchronized void approvals(String id, List<Approval> approvals) {
    append(line(HistoryLine.APPROVALS, id, clock.instant(), null, null), Json.tree(approvals));
  }

  /** Records a status transition; its detail is encrypted. */
  public synchronized void transition(String id, StatusTransition transition) {
    JsonNode detail =
        transition.detail() == null
            ? null
            : Json.mapper().getNodeFactory().textNode(transition.detail());
    append(line(HistoryLine.TRANSITION, id, transition.at(), transition.status(), null), detail);
    if (transition.status().isTerminal()) {
      live.delete(id);
    }
  }

  /** Records a step's result (argv, exit code, output excerpt and hash). */
  public synchronized void step(String id, StepResult result) {
    append(
        line(HistoryLine.STEP, id, clock.instant(), result.status(), result.stepId()),
        Json.tree(result));
  }

  /** One execution, decrypted; reads what other processes appended first. */
  public synchronized Optional<ExecutionRecord> get(String id) {
    refresh();
    List<HistoryLine> lines = events.get(id);
    return lines == null ? Optional.empty() : Optional.of(record(id, lines));
  }

  /** The clear index of matching executions, newest first; needs no key. */
  public synchronized List<HistoryEntry> entries(HistoryQuery query) {
    refresh();
    return events.entrySet().stream()
        .map(e -> entry(e.getKey(), e.getValue()))
        .filter(query::matches)
        .sorted(Comparator.comparing(HistoryEntry::createdAt).reversed())
        .limit(query.limit())
        .toList();
  }

  /** The matching executions, decrypted, newest first. */
  public synchronized List<ExecutionRecord> query(HistoryQuery query) {
    return entries(query).stream().map(e -> record(e.id(), events.get(e.id()))).toList();
  }

  /** Lines that could not be read (a write torn by a crash); they are skipped. */
  public synchronized int damagedLines() {
    return damagedLines;
  }

  /**
   * Lines that fail authentication: changed or added by hand (or by a process with another key), or
   * an old-format line after a new-format one. They are ignored.
   */
  public synchronized int rejectedLines() {
    return rejectedLines;
  }

  /** The log file. */
  public Path file() {
    return log.file();
  }

  private void settleInterrupted() {
    for (Map.Entry<String, List<HistoryLine>> e : new ArrayList<>(events.entrySet())) {
      HistoryEntry entry = entry(e.getKey(), e.getValue());
      if (!entry.status().isTerminal() && !ownerAlive(e.getValue().get(0))) {
        transition(
            entry.id(),
            new StatusTransition(
                ExecutionStatus.FAILED,
                clock.instant(),
                "interrupted: the process that ran it (pid "
                    + entry.ownerPid()
                    + ") ended before it finished"));
      }
    }
  }

  private static boolean ownerAlive(HistoryLine created) {
    return liveOwner(created).isPresent();
  }

  /** The process that created the execution, if it is still that process (start time checked). */
  private static Optional<ProcessHandle> liveOwner(HistoryLine created) {
    if (created.ownerPid() == null) {
      return Optional.empty();
    }
    return ProcessHandle.of(created.ownerPid())
        .filter(ProcessHandle::isAlive)
        .filter(
            h ->
                created.ownerStart() == null
                    || h.info().startInstant().map(created.ownerStart()::equals).orElse(true));
  }

  /**
   * The live process running an execution that has not ended, to cancel it as Ctrl-C in its
   * terminal would; empty when it ended, is unknown or its process is gone (a reused pid is not
   * taken for it: the process's start time must match the one recorded).
   */
  public synchronized Optional<ProcessHandle> owner(String id) {
    refresh();
    List<HistoryLine> lines = events.get(id);
    if (lines == null || record(id, lines).status().isTerminal()) {
      return Optional.empty();
    }
    return liveOwner(lines.get(0));
  }

  private HistoryLine line(
      String type, String id, Instant at, ExecutionStatus status, String stepId) {
    return new HistoryLine(
        HistoryLine.VERSION, type, id, at, status, null, null, stepId, null, null, null, null);
  }

  private void append(HistoryLine clear, JsonNode content) {
    HistoryLine line = seal.seal(clear, content);
    if (!line.type().equals(HistoryLine.CREATED) && !events.containsKey(line.id())) {
      refresh();
      if (!events.containsKey(line.id())) {
        throw new IllegalStateException("no execution " + line.id() + " in the history");
      }
    }
    log.append(Json.write(line));
    refresh(); // reads back this line and any other process's lines, in file order
  }

  private void refresh() {
    for (String text : log.readNew()) {
      HistoryLine line;
      try {
        line = Json.mapper().readValue(text, HistoryLine.class);
      } catch (JsonProcessingException e) {
        damagedLines++;
        continue;
      }
      if (line.id() == null || line.type() == null) {
        damagedLines++;
        continue;
      }
      if (line.v() == HistoryLine.VERSION) {
        sealedLineSeen = true;
      } else if (line.v() != HistoryLine.LEGACY_VERSION || sealedLineSeen) {
        rejectedLines++; // an unknown version, or an old-format line written after the upgrade
        continue;
      }
      try {
        seal.open(line);
        if (line.data() != null) {
          authenticatedLines++;
        }
      } catch (CryptoException e) {
        rejectedLines++;
        continue;
      }
      if (line.type().equals(HistoryLine.CREATED) || events.containsKey(line.id())) {
        events.computeIfAbsent(line.id(), k -> new ArrayList<>()).add(line);
      }
    }
  }

  private static HistoryEntry entry(String id, List<HistoryLine> lines) {
    HistoryLine created = lines.get(0);
    ExecutionStatus status = created.status();
    Instant updated = created.at();
    for (HistoryLine line : lines) {
      if (line.type().equals(HistoryLine.TRANSITION)) {
        status = line.status();
        updated = line.at();
      }
    }
    return new HistoryEntry(
        id,
        created.contextId(),
        created.planDigest(),
        status,
        created.at(),
        updated,
        created.ownerPid() == null ? -1 : created.ownerPid(),
        kind(created));
  }

  private ExecutionRecord record(String id, List<HistoryLine> lines) {
    HistoryLine created = lines.get(0);
    JsonNode content = seal.open(created);
    List<Approval> approvals = new ArrayList<>();
    List<StatusTransition> transitions = new ArrayList<>();
    transitions.add(new StatusTransition(ExecutionStatus.PENDING, created.at(), null));
    List<StepResult> steps = new ArrayList<>();
    for (HistoryLine line : lines.subList(1, lines.size())) {
      switch (line.type()) {
        case HistoryLine.APPROVALS ->
            approvals.addAll(Arrays.asList(convert(seal.open(line), Approval[].class)));
        case HistoryLine.TRANSITION ->
            transitions.add(
                new StatusTransition(
                    line.status(),
                    line.at(),
                    seal.open(line).isNull() ? null : seal.open(line).asText()));
        case HistoryLine.STEP -> steps.add(convert(seal.open(line), StepResult.class));
        default -> {
          // a newer event type: ignored by this version
        }
      }
    }
    return new ExecutionRecord(
        id,
        created.contextId(),
        created.planDigest(),
        convert(content.get("plan"), ExecutionPlan.class),
        convert(content.get("risk"), RiskAssessment.class),
        content.path("requested_by").asText(null),
        approvals,
        transitions,
        steps,
        kind(created),
        content.hasNonNull("origin")
            ? convert(content.get("origin"), ExecutionOrigin.class)
            : null);
  }

  private static DecisionKind kind(HistoryLine created) {
    return created.kind() == null ? DecisionKind.EXECUTION : created.kind();
  }

  private static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("History event is not a " + type.getSimpleName(), e);
    }
  }
}
