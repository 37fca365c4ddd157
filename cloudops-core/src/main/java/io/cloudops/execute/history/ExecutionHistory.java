package io.cloudops.execute.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;
import io.cloudops.model.Approval;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.RiskAssessment;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
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
 * The durable execution history under {@code <data-dir>/history/}: an append-only, fsync'd log of
 * events (created, approvals, status transitions, step results). The index fields queries need are
 * in the clear; everything else (plan, argv, output, approvers, comments, error details) is
 * encrypted with the data dir's key, bound to the execution id.
 *
 * <p>Opening the history settles runs left behind by a crash: a run that is not finished and whose
 * process is gone gets a final {@code Failed} transition. Thread-safe; several processes may share
 * one history.
 */
public final class ExecutionHistory {

  /** The log file's name under {@code <data-dir>/history/}. */
  public static final String FILE_NAME = "executions-v1.jsonl";

  private static final String AD_PREFIX = "cloudops-history:";

  private final HistoryLog log;
  private final RecordCipher cipher;
  private final Clock clock;
  private final Map<String, List<HistoryLine>> events = new LinkedHashMap<>();
  private int damagedLines;

  private ExecutionHistory(HistoryLog log, RecordCipher cipher, Clock clock) {
    this.log = log;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** Opens (or creates) the history of a data dir and settles interrupted runs. */
  public static ExecutionHistory open(Path dataDir, RecordCipher cipher, Clock clock) {
    ExecutionHistory history =
        new ExecutionHistory(
            new HistoryLog(dataDir.resolve("history").resolve(FILE_NAME)), cipher, clock);
    history.refresh();
    history.settleInterrupted();
    return history;
  }

  /**
   * Re-encrypts every event of a data dir's history under {@code ring.current()} (a key rotation).
   * Lines that cannot be read (torn by a crash) are kept as they are.
   *
   * @return how many events were re-encrypted
   */
  public static int reseal(Path dataDir, io.cloudops.crypto.KeyRing ring) {
    Path file = dataDir.resolve("history").resolve(FILE_NAME);
    if (!java.nio.file.Files.exists(file)) {
      return 0;
    }
    RecordCipher cipher = new io.cloudops.crypto.AesGcmCipher(ring);
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
              String ad = AD_PREFIX + line.id();
              String data = cipher.encryptText(cipher.decryptText(line.data(), ad), ad);
              count[0]++;
              return Json.write(
                  new HistoryLine(
                      line.v(),
                      line.type(),
                      line.id(),
                      line.at(),
                      line.status(),
                      line.contextId(),
                      line.planDigest(),
                      line.stepId(),
                      line.ownerPid(),
                      line.ownerStart(),
                      data));
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
    ObjectNode content = Json.mapper().createObjectNode();
    content.set("plan", Json.tree(plan));
    content.set("risk", Json.tree(risk));
    content.put("requested_by", requestedBy);
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
            encrypt(id, content)));
  }

  /** Records the approvals an execution runs under. */
  public synchronized void approvals(String id, List<Approval> approvals) {
    append(
        line(
            HistoryLine.APPROVALS,
            id,
            clock.instant(),
            null,
            null,
            encrypt(id, Json.tree(approvals))));
  }

  /** Records a status transition; its detail is encrypted. */
  public synchronized void transition(String id, StatusTransition transition) {
    String data =
        transition.detail() == null
            ? null
            : encrypt(id, Json.mapper().getNodeFactory().textNode(transition.detail()));
    append(line(HistoryLine.TRANSITION, id, transition.at(), transition.status(), null, data));
  }

  /** Records a step's result (argv, exit code, output excerpt and hash). */
  public synchronized void step(String id, StepResult result) {
    append(
        line(
            HistoryLine.STEP,
            id,
            clock.instant(),
            result.status(),
            result.stepId(),
            encrypt(id, Json.tree(result))));
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
        .filter(e -> query.contextId() == null || query.contextId().equals(e.contextId()))
        .filter(e -> query.status() == null || query.status() == e.status())
        .filter(e -> query.since() == null || !e.createdAt().isBefore(query.since()))
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
    if (created.ownerPid() == null) {
      return false;
    }
    return ProcessHandle.of(created.ownerPid())
        .filter(ProcessHandle::isAlive)
        .filter(
            h ->
                created.ownerStart() == null
                    || h.info().startInstant().map(created.ownerStart()::equals).orElse(true))
        .isPresent();
  }

  private HistoryLine line(
      String type, String id, Instant at, ExecutionStatus status, String stepId, String data) {
    return new HistoryLine(
        HistoryLine.VERSION, type, id, at, status, null, null, stepId, null, null, data);
  }

  private void append(HistoryLine line) {
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
      if (line.v() != HistoryLine.VERSION || line.id() == null || line.type() == null) {
        damagedLines++;
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
        created.ownerPid() == null ? -1 : created.ownerPid());
  }

  private ExecutionRecord record(String id, List<HistoryLine> lines) {
    HistoryLine created = lines.get(0);
    JsonNode content = decrypt(id, created.data());
    List<Approval> approvals = new ArrayList<>();
    List<StatusTransition> transitions = new ArrayList<>();
    transitions.add(new StatusTransition(ExecutionStatus.PENDING, created.at(), null));
    List<StepResult> steps = new ArrayList<>();
    for (HistoryLine line : lines.subList(1, lines.size())) {
      switch (line.type()) {
        case HistoryLine.APPROVALS ->
            approvals.addAll(Arrays.asList(convert(decrypt(id, line.data()), Approval[].class)));
        case HistoryLine.TRANSITION ->
            transitions.add(
                new StatusTransition(
                    line.status(),
                    line.at(),
                    line.data() == null ? null : decrypt(id, line.data()).asText()));
        case HistoryLine.STEP -> steps.add(convert(decrypt(id, line.data()), StepResult.class));
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
        steps);
  }

  private String encrypt(String id, JsonNode content) {
    return cipher.encryptText(Json.write(content), AD_PREFIX + id);
  }

  private JsonNode decrypt(String id, String data) {
    try {
      return Json.mapper().readTree(cipher.decryptText(data, AD_PREFIX + id));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("History event of " + id + " is not JSON", e);
    }
  }

  private static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("History event is not a " + type.getSimpleName(), e);
    }
  }
}
