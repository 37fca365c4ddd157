package io.cloudops.store.qdrant;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each test of a class, with the reason, when {@code QDRANT_URL} is not set, so the build
 * reports them as skipped ({@code Skipped: N}) and says why once on stderr.
 */
final class RequiresQdrant implements ExecutionCondition {

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (RealQdrant.configured()) {
      return ConditionEvaluationResult.enabled("QDRANT_URL is set");
    }
    if (context.getTestMethod().isEmpty()) {
      return ConditionEvaluationResult.enabled("decided per test");
    }
    String reason =
        "SKIPPED: the real-Qdrant contract suite needs QDRANT_URL (e.g. http://localhost:6334)";
    if (TOLD.compareAndSet(false, true)) {
      System.err.println(reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
