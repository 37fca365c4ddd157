package org.jenkinsci.plugins.workflow.actions;

import java.util.Collections;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Stand-in: the arguments a step was called with, as workflow-cps stored them on its node. The
 * behaviour below is the real one (workflow-api 1413.v2ff1a_5e720fa_ commit 2ff1a5e,
 * src/main/java/org/jenkinsci/plugins/workflow/actions/ArgumentsAction.java, lines cited per
 * member); what is stored (and which values become a {@link NotStoredReason}) is up to the
 * subclass, as in the real one.
 */
public abstract class ArgumentsAction implements PersistentAction {

  /** Why an argument value was not stored. */
  public enum NotStoredReason {
    MASKED_VALUE,
    OVERSIZE_VALUE,
    UNSERIALIZABLE
  }

  /** ArgumentsAction.java:75 (property {@code ...ArgumentsAction.maxRetainedLength}). */
  protected static final int MAX_RETAINED_LENGTH =
      Integer.getInteger(ArgumentsAction.class.getName() + ".maxRetainedLength", 1024);

  @Override
  public String getIconFileName() {
    return null;
  }

  @Override
  public String getDisplayName() {
    return null;
  }

  @Override
  public String getUrlName() {
    return null;
  }

  /** ArgumentsAction.java:134-142: an unmodifiable view, or an empty map. */
  public Map<String, Object> getArguments() {
    Map<String, Object> args = getArgumentsInternal();
    return args.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(args);
  }

  /** ArgumentsAction.java:150-154: the node's arguments, empty when none are stored. */
  public static Map<String, Object> getArguments(FlowNode n) {
    ArgumentsAction aa = n.getPersistentAction(ArgumentsAction.class);
    return aa != null ? aa.getArguments() : Collections.emptyMap();
  }

  protected abstract Map<String, Object> getArgumentsInternal();

  /**
   * ArgumentsAction.java:228-241: the value, null, or a {@link NotStoredReason} (collections are
   * wrapped unmodifiable in the real one; the callers here read Strings only).
   */
  public Object getArgumentValueOrReason(String argumentName) {
    return getArgumentsInternal().get(argumentName);
  }
}
