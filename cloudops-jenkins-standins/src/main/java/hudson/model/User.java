package hudson.model;

import io.cloudops.standins.StandIns;

/** Stand-in: a Jenkins user. */
public class User {

  private final String id;

  private User(String id) {
    this.id = id;
  }

  public String getId() {
    return id;
  }

  public String getFullName() {
    return id;
  }

  /**
   * The real one asks the running Jenkins' security realm (jenkins-2.541.3 commit 4d8ef2f,
   * core/src/main/java/hudson/model/User.java:267-274); there is none in unit tests, as {@link
   * jenkins.model.Jenkins#get()} says.
   */
  public static jenkins.model.IdStrategy idStrategy() {
    throw new IllegalStateException("stand-in: there is no running Jenkins in unit tests");
  }

  public static User getById(String id, boolean create) {
    throw new UnsupportedOperationException("stand-in: users are not modelled");
  }

  public static User current() {
    String id = StandIns.currentUserId();
    return id == null ? null : new User(id);
  }
}
