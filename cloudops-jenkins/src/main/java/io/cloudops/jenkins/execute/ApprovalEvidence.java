package io.cloudops.jenkins.execute;

import io.cloudops.model.Approval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the {@code input} records of a build into approvals of one plan. An input counts only when
 * its stored id carries this plan's prefix, its stored message is exactly the plan's approval
 * message, a named user proceeded, the pause has an end time, it did not fail and no earlier run of
 * the plan used it. Inputs with other ids are someone else's and are ignored.
 *
 * @param approvals the approvals found, with the node each came from
 * @param notCounted why inputs under this plan's id were not counted
 */
record ApprovalEvidence(List<Found> approvals, List<String> notCounted) {

  /**
   * The reasons Jenkins gave for not storing the message of one of this plan's inputs (an {@code
   * ArgumentsAction.NotStoredReason} name), if any: asking again would not help.
   */
  static Optional<String> unstoredMessage(String digest, List<InputRecord> inputs) {
    return inputs.stream()
        .filter(i -> i.id() instanceof String id && id.startsWith(idPrefix(digest)))
        .filter(i -> i.message() instanceof Enum<?>)
        .map(i -> ((Enum<?>) i.message()).name())
        .findFirst();
  }

  /** The id prefix of this plan's inputs: {@code CloudOps-<16 hex of the digest>-}. */
  static String idPrefix(String digest) {
    return "CloudOps-" + digest.substring(0, 16) + "-";
  }

  /** One approval and the input node that proves it. */
  record Found(String nodeId, Approval approval) {}

  ApprovalEvidence {
    approvals = List.copyOf(approvals);
    notCounted = List.copyOf(notCounted);
  }

  /**
   * @param message the plan's canonical approval message
   * @param consumed input node ids an earlier run of a plan in this build used
   * @param idKey Jenkins's spelling of a user id
   */
  static ApprovalEvidence collect(
      String digest,
      String message,
      Set<String> consumed,
      List<InputRecord> inputs,
      UnaryOperator<String> idKey) {
    List<Found> found = new ArrayList<>();
    List<String> notCounted = new ArrayList<>();
    for (InputRecord input : inputs) {
      if (!(input.id() instanceof String id) || !id.startsWith(idPrefix(digest))) {
        continue;
      }
      problem(input, message, consumed)
          .ifPresentOrElse(
              p -> notCounted.add("input " + id + ": " + p),
              () ->
                  found.add(
                      new Found(
                          input.nodeId(),
                          new Approval(
                              digest,
                              idKey.apply(input.approver()),
                              Instant.ofEpochMilli(input.endedAtMillis()),
                              "input " + id))));
    }
    return new ApprovalEvidence(found, notCounted);
  }

  private static Optional<String> problem(InputRecord input, String message, Set<String> consumed) {
    String why = null;
    if (!input.submitted()) {
      return Optional.of("not answered");
    } else if (input.message() instanceof Enum<?> reason) {
      why =
          "Jenkins did not store its message ("
              + reason.name()
              + "), so what the approver saw cannot be proven";
    } else if (!message.equals(input.message())) {
      why = "it showed another message than this plan's approval request";
    } else if (input.failed()) {
      why = "it ended with an error";
    } else if (input.approver() == null || input.approver().isBlank()) {
      why = "it was answered anonymously";
    } else if ("SYSTEM".equals(input.approver())) {
      why = "it was answered by SYSTEM, not by a person";
    } else if (input.endedAtMillis() <= 0) {
      why = "it has no time of approval";
    } else if (consumed.contains(input.nodeId())) {
      why = "an earlier run of this plan already used it";
    }
    return Optional.ofNullable(why);
  }
}
