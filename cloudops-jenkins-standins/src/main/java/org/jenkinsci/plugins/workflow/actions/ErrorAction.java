package org.jenkinsci.plugins.workflow.actions;

/** Stand-in: the error a flow node (a failed step) ended with. */
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
    return "Error";
  }

  @Override
  public String getUrlName() {
    return null;
  }
}
