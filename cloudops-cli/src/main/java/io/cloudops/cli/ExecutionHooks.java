package io.cloudops.cli;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.execute.ChangedResourcesListener;
import io.cloudops.execute.risk.ResourceLookup;
import io.cloudops.log.MessageLog;

/**
 * Where {@code cloudops execute} meets the estate: the tags of a plan's targets (for the production
 * rule) and the targeted re-scan after a change. Both are placeholders until the estate store and
 * the scanner are in this build: connect {@link io.cloudops.execute.risk.EstateResourceLookup} over
 * the store and the scanner's targeted re-scan here.
 */
final class ExecutionHooks {

  private ExecutionHooks() {}

  /** What is known about the plan's targets: nothing yet (no estate store in this build). */
  static ResourceLookup resourceLookup(CloudOpsSettings settings) {
    return ResourceLookup.none();
  }

  /** After a changing step: reports the changed ids (no scanner in this build yet). */
  static ChangedResourcesListener changedResources(MessageLog log) {
    return changed ->
        log.info(
            "step %s changed %s; run a scan to refresh the estate",
            changed.stepId(), String.join(", ", changed.targets()));
  }
}
