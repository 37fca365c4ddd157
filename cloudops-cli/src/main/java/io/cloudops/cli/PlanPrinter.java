package io.cloudops.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.execute.PlanReview;
import io.cloudops.execute.StepPreview;
import io.cloudops.json.Json;
import io.cloudops.text.UntrustedText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Prints a plan review for people: digest, risk and reasons, each step's argv and targets. */
final class PlanPrinter {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

  private PlanPrinter() {}

  static void print(PlanReview review, PrintWriter out) {
    out.println(
        "plan "
            + review.shortDigest()
            + "  risk: "
            + review.risk().level().label()
            + "  approvers needed: "
            + review.requiredApprovers());
    out.println("  digest: " + review.digest());
    out.println("  reasons:");
    for (String reason : review.risk().assessment().reasons()) {
      out.println("    - " + reason);
    }
    for (StepPreview step : review.steps()) {
      out.println(
          "  step "
              + step.stepId()
              + " ["
              + step.kind().name().toLowerCase(Locale.ROOT)
              + "] "
              + step.risk().level().label()
              + (step.description().isBlank() ? "" : "  " + step.description()));
      out.println("    runs: " + display(step.argv()));
      if (step.script() != null) {
        out.println("    script:");
        step.script().lines().forEach(line -> out.println("      | " + line));
      }
      if (!step.risk().targets().isEmpty()) {
        out.println("    targets: " + String.join(", ", step.risk().targets()));
      }
    }
    out.flush();
  }

  /** The review as JSON (snake_case, like the wire format), for {@code --json}. */
  static ObjectNode toJson(PlanReview review) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("plan_digest", review.digest());
    json.set("risk", Json.tree(review.risk().assessment()));
    json.put("required_approvers", review.requiredApprovers());
    ArrayNode steps = json.putArray("steps");
    for (StepPreview step : review.steps()) {
      ObjectNode node = steps.addObject();
      node.put("step_id", step.stepId());
      node.set("kind", Json.tree(step.kind()));
      node.set("argv", Json.tree(step.argv()));
      if (step.risk().action() != null) {
        node.put("action", step.risk().action());
      }
      if (step.script() != null) {
        node.put("script", step.script());
      }
      node.set("targets", Json.tree(step.risk().targets()));
      node.set("level", Json.tree(step.risk().level()));
      node.set("reasons", Json.tree(step.risk().reasons()));
    }
    return json;
  }

  /** The argv for reading (quoted where needed); it is run as a list, never through a shell. */
  static String display(List<String> argv) {
    StringBuilder text = new StringBuilder();
    for (String arg : argv) {
      if (text.length() > 0) {
        text.append(' ');
      }
      String visible = UntrustedText.visible(arg);
      text.append(
          PLAIN.matcher(visible).matches() ? visible : "'" + visible.replace("'", "'\"'\"'") + "'");
    }
    return text.toString();
  }
}
