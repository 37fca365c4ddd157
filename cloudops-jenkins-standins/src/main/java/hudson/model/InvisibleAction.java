package hudson.model;

/**
 * Stand-in: an action with no page or link (jenkinsci/jenkins jenkins-2.541.3 4d8ef2f,
 * core/src/main/java/hudson/model/InvisibleAction.java lines 43-55: each of the three methods
 * returns null).
 */
public abstract class InvisibleAction implements Action {

  @Override
  public final String getIconFileName() {
    return null;
  }

  @Override
  public final String getDisplayName() {
    return null;
  }

  @Override
  public String getUrlName() {
    return null;
  }
}
