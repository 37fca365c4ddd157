package org.jenkinsci.plugins.workflow.actions;

/**
 * Stand-in: the error a flow node (a failed step) ended with. Behaviour as in
 * jenkinsci/workflow-api-plugin {@code
 * src/main/java/org/jenkinsci/plugins/workflow/actions/ErrorAction.java} (commit 15024e3): {@code
 * getError} returns the error, the display name is its message, no icon and no URL. The real
 * constructor also replaces errors it cannot serialise with a {@code ProxyException} and tags them
 * with an id; tests only rely on the action's presence and its error.
 */
public class ErrorAction implements PersistentAction {

  private final Throwable error;

  public ErrorAction(Throwable error) {
    this.error = error;
  }

  public Throwable getError() {
    return error;
  }

  @Override
  public String getIconFileName() {
    return null;
  }

  @Override
  public String getDisplayName() {
    return error.getMessage();
  }

  @Override
  public String getUrlName() {
    return null;
  }
}
