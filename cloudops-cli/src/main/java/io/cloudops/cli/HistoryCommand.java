package io.cloudops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.execute.history.HistoryArguments;
import io.cloudops.execute.history.HistoryQuery;
import io.cloudops.json.Json;
import io.cloudops.model.Approval;
import io.cloudops.model.DecisionKind;
import io.cloudops.model.ExecutionRecord;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.StatusTransition;
import io.cloudops.model.StepResult;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudops history}: past executions, newest first, or one execution in full. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show the history of decisions, newest first, or one in full (by id).",
      "Every decision is kept: executions, dry runs, refusals (with the reasons) and stops for"
          + " approval, each with the plan's digest, its risk, who asked and who approved (signed"
          + " or unverified). Runs interrupted by a crash show as Failed. Lines changed or added"
          + " by hand fail authentication and are reported and ignored.",
      "Changed in this version: --json prints {\"executions\": [...]} instead of a bare array."
    })
final class HistoryCommand extends BaseCommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "An execution id: show its status, approvals, steps and output.")
  String executionId;

  @Option(names = "--conversation", paramLabel = "ID", description = "Only this conversation.")
  String conversation;

  @Option(
      names = "--status",
      paramLabel = "S",
      description =
          "Only this status: Pending, AwaitingApproval, Running, Success, Failed, Cancelled.")
  String status;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "Only this kind: execution, dry-run, refused, approval-required.")
  String kind;

  @Option(
      names = "--digest",
      paramLabel = "DIGEST",
      description = "Only this plan: its digest, or the start of it (the short digest).")
  String digest;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Only executions started on or after DATE (2026-11-25 or 2026-11-25T18:00:00Z).")
  String since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "At most N executions (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  protected int run(CliContext context) {
    if (limit < 1) {
      throw new InvalidInputException("--limit must be a positive number, got " + limit);
    }
    HistoryQuery query =
        new HistoryQuery(
            conversation, status(status), since(since), limit, kind(kind), digest(digest));
    Optional<ExecutionHistory> opened =
        ExecutionSetup.historyForReading(context.settings(), context.env());
    if (opened.isEmpty()) {
      if (executionId != null) {
        throw new InvalidInputException(
            "no execution " + executionId + " in the history; the history is empty");
      }
      return print(context, List.of());
    }
    ExecutionHistory history = opened.get();
    if (history.rejectedLines() > 0) {
      context
          .err()
          .println(
              "warning: "
                  + history.rejectedLines()
                  + " line(s) of "
                  + history.file()
                  + " fail authentication (changed or added by hand, or written with another"
                  + " key) and are ignored");
      context.err().flush();
    }
    if (executionId != null) {
      ExecutionRecord record =
          history
              .get(executionId)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "no execution "
                              + executionId
                              + " in the history; list them with 'cloudops history'"));
      if (context.json()) {
        context.printJson(record);
      } else {
        printRecord(record, context.out());
      }
      return ExitCodes.OK;
    }
    return print(context, history.query(query));
  }

  private static int print(CliContext context, List<ExecutionRecord> records) {
    if (context.json()) {
      ObjectNode json = Json.mapper().createObjectNode();
      json.set("executions", Json.tree(records));
      context.printJson(json);
      return ExitCodes.OK;
    }
    PrintWriter out = context.out();
    for (ExecutionRecord record : records) {
      out.printf(
          "%s  %s  %-17s %-16s %-6s %s  %d step(s)  %s%n",
          record.id(),
          record.transitions().get(0).at(),
          kindLabel(record),
          label(record.status()),
          record.risk().level().label(),
          record.planDigest().substring(0, 12),
          record.plan().steps().size(),
          record.contextId() == null ? "" : record.contextId());
    }
    if (records.isEmpty()) {
      context.progress("no executions match");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printRecord(ExecutionRecord record, PrintWriter out) {
    out.println(kindLabel(record) + " " + record.id() + "  " + label(record.status()));
    out.println("  conversation: " + record.contextId());
    out.println("  plan digest:  " + record.planDigest());
    out.println("  requested by: " + record.requestedBy());
    out.println("  risk:         " + record.risk().level().label());
    for (String reason : record.risk().reasons()) {
      out.println("    - " + reason);
    }
    for (Approval approval : record.approvals()) {
      out.println(
          "  approved by "
              + approval.approver()
              + " at "
              + approval.time()
              + " ("
              + approval.verification()
              + ")");
    }
    for (StatusTransition t : record.transitions()) {
      out.println(
          "  " + t.at() + "  " + label(t.status()) + (t.detail() == null ? "" : "  " + t.detail()));
    }
    for (StepResult step : record.steps()) {
      out.println(
          "  step "
              + step.stepId()
              + "  "
              + label(step.status())
              + (step.exitCode() == null ? "" : "  exit " + step.exitCode())
              + (step.error() == null ? "" : "  " + step.error()));
      out.println("    runs: " + PlanPrinter.display(step.argv()));
      if (!step.output().isBlank()) {
        step.output().lines().forEach(line -> out.println("    | " + line));
      }
    }
    out.flush();
  }

  static ExecutionStatus status(String text) {
    return text == null ? null : HistoryArguments.status("--status", text);
  }

  static DecisionKind kind(String text) {
    if (text == null) {
      return null;
    }
    return DecisionKind.parse(text)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "--kind '"
                        + text
                        + "' is not a kind; use execution, dry-run, refused or approval-required"));
  }

  static String digest(String text) {
    if (text == null) {
      return null;
    }
    String digest = text.trim().toLowerCase(Locale.ROOT);
    if (!digest.matches("[0-9a-f]{4,64}")) {
      throw new InvalidInputException(
          "--digest '" + text + "' is not a plan digest; give 4 to 64 hex digits");
    }
    return digest;
  }

  private static String kindLabel(ExecutionRecord record) {
    return (record.kind() == null ? DecisionKind.EXECUTION : record.kind())
        .label()
        .replace('_', '-');
  }

  static Instant since(String text) {
    return text == null ? null : HistoryArguments.since("--since", text);
  }

  private static String label(ExecutionStatus status) {
    return Json.tree(status).asText();
  }
}
