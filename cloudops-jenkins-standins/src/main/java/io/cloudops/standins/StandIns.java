package io.cloudops.standins;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.model.Cause;
import hudson.model.Run;
import hudson.security.Permission;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test hooks behind the Jenkins stand-ins: which permissions the current user holds, who that user
 * is, which credentials exist, which causes a build has. NOT Jenkins API (the fidelity test skips
 * this package); plugin code must never call it, only tests do. Call {@link #reset()} before each
 * test.
 */
public final class StandIns {

  private static final Set<String> GRANTED = ConcurrentHashMap.newKeySet();
  private static final List<Credentials> CREDENTIALS = new CopyOnWriteArrayList<>();
  private static final Map<Run<?, ?>, List<Cause>> CAUSES =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private static final Map<Run<?, ?>, List<Credentials>> TRACKED =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private static final Map<Run<?, ?>, Integer> SAVES =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private static volatile String currentUser;

  private StandIns() {}

  /** Forgets every grant, credential, cause and the current user. */
  public static void reset() {
    GRANTED.clear();
    CREDENTIALS.clear();
    CAUSES.clear();
    TRACKED.clear();
    SAVES.clear();
    currentUser = null;
  }

  /** Creates the permission constants of the stand-ins (the real constructor needs a group). */
  public static Permission permission(String id) {
    try {
      Constructor<Permission> ctor = Permission.class.getDeclaredConstructor(String.class);
      ctor.setAccessible(true);
      return ctor.newInstance(id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create stand-in permission " + id, e);
    }
  }

  public static void grant(Permission permission) {
    GRANTED.add(permission.getId());
  }

  public static boolean isGranted(Permission permission) {
    return GRANTED.contains(permission.getId());
  }

  /** What the stand-ins throw where Jenkins throws AccessDeniedException. */
  public static RuntimeException accessDenied(Permission permission) {
    return new SecurityException(
        (currentUser == null ? "anonymous" : currentUser)
            + " is missing the "
            + permission.getId()
            + " permission");
  }

  public static void setCurrentUser(String userId) {
    currentUser = userId;
  }

  public static String currentUserId() {
    return currentUser;
  }

  public static void addCredentials(Credentials credentials) {
    CREDENTIALS.add(credentials);
  }

  public static <C> List<C> credentials(Class<? extends C> type) {
    List<C> matching = new ArrayList<>();
    for (Credentials c : CREDENTIALS) {
      if (type.isInstance(c)) {
        matching.add(type.cast(c));
      }
    }
    return matching;
  }

  public static void addCause(Run<?, ?> run, Cause cause) {
    CAUSES.computeIfAbsent(run, r -> new CopyOnWriteArrayList<>()).add(cause);
  }

  public static List<Cause> causesOf(Run<?, ?> run) {
    return List.copyOf(CAUSES.getOrDefault(run, List.of()));
  }

  public static void recordTracked(Run<?, ?> run, Credentials credentials) {
    TRACKED.computeIfAbsent(run, r -> new CopyOnWriteArrayList<>()).add(credentials);
  }

  public static void recordSave(Run<?, ?> run) {
    SAVES.merge(run, 1, Integer::sum);
  }

  /** How often a build was saved. */
  public static int saves(Run<?, ?> run) {
    return SAVES.getOrDefault(run, 0);
  }

  /** Credentials that {@code CredentialsProvider.track} recorded for a build. */
  public static List<Credentials> tracked(Run<?, ?> run) {
    return List.copyOf(TRACKED.getOrDefault(run, List.of()));
  }
}
