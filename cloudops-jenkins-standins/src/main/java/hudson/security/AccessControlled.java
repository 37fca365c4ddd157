package hudson.security;

import io.cloudops.standins.StandIns;

/** Stand-in: an object protected by permissions (granted through the test hooks). */
public interface AccessControlled {

  default void checkPermission(Permission permission) {
    if (!hasPermission(permission)) {
      throw StandIns.accessDenied(permission);
    }
  }

  default boolean hasPermission(Permission permission) {
    return StandIns.isGranted(permission);
  }
}
