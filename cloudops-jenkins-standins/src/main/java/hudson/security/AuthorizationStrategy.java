package hudson.security;

/** Stand-in: who may do what in Jenkins. Signatures only. */
public abstract class AuthorizationStrategy {

  public static final AuthorizationStrategy UNSECURED = null;
}
