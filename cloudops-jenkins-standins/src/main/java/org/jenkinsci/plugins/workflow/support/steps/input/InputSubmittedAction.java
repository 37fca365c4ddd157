package org.jenkinsci.plugins.workflow.support.steps.input;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.actions.PersistentAction;

/**
 * Stand-in: what {@code InputStepExecution.proceed} adds to the input's node (pipeline-input-step
 * 560.v56198a_642157 commit 56198a6, src/main/java/org/jenkinsci/plugins/workflow/support/steps/
 * input/InputSubmittedAction.java): the approving user's id (null for anonymous) and parameters.
 */
public class InputSubmittedAction implements PersistentAction {

  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final String approver;

  public InputSubmittedAction(String approver, Map<String, Object> parameters) {
    this.approver = approver;
    if (parameters != null) {
      this.parameters.putAll(parameters);
    }
  }

  public Map<String, Object> getParameters() {
    return parameters;
  }

  public String getApprover() {
    return approver;
  }

  @Override
  public String getIconFileName() {
    return null;
  }

  @Override
  public String getDisplayName() {
    return "Input submitted";
  }

  @Override
  public String getUrlName() {
    return null;
  }
}
