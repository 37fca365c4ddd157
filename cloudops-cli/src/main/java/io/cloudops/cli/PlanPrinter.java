package io.cloudops.cli;

import io.cloudops.execute.PlanReview;
import io.cloudops.execute.StepPreview;
import java.io.PrintWriter;
import java.util.List;
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
              + step.kind().name().toLowerCase(java.util.Locale.ROOT)
              + "] "
              + step.risk().level().label()
              + (step.description().isBlank() ? "" : "  " + step.description()));
      out.println("    runs: " + display(step.argv()));
      if (!step.risk().targets().isEmpty()) {
        out.println("    targets: " + String.join(", ", step.risk().targets()));
      }
    }
    out.flush();
  }

  /** The argv for reading (quoted where needed); it is run as a list, never through a shell. */
  static String display(List<String> argv) {
    StringBuilder text = new StringBuilder();
    for (String arg : argv) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\"'\"'") + "'");
    }
    return text.toString();
  }
}
