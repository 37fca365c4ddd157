package hudson.security;

/**
 * Stand-in: where a permission applies. Only {@link #JENKINS} (the real constant is {@code new
 * PermissionScope(Jenkins.class)}, jenkins-2.541.3 core/src/main/java/hudson/security/
 * PermissionScope.java:96); containment is not modelled.
 */
public final class PermissionScope {

  public static final PermissionScope JENKINS = new PermissionScope();

  private PermissionScope() {}
}
