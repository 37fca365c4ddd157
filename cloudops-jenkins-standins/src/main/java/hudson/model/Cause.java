package hudson.model;

/** Stand-in: why a build started. */
public abstract class Cause {

  public abstract String getShortDescription();

  /** Stand-in: a build started by a user. */
  public static class UserIdCause extends Cause {

    private final String userId;

    public UserIdCause() {
      this(null);
    }

    public UserIdCause(String userId) {
      this.userId = userId;
    }

    public String getUserId() {
      return userId;
    }

    @Override
    public String getShortDescription() {
      return "Started by user " + userId;
    }
  }
}
