package hudson.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jvnet.localizer.Localizable;

/**
 * Stand-in: a group of permissions, registered once per owner class. As the real one
 * (jenkins-2.541.3 commit 4d8ef2f, core/src/main/java/hudson/security/PermissionGroup.java: the
 * constructor, lines 74-79, registers the group; register, lines 162-165, refuses a second group of
 * the same owner; add, lines 98-102, refuses a second permission of the same id; the permissions
 * are a set sorted by id, line 44, listed by getPermissions, line 107, searched by name by find,
 * line 121; {@link Permission}'s constructor adds itself, Permission.java:156).
 */
@SuppressWarnings("rawtypes")
public final class PermissionGroup {

  private static final List<PermissionGroup> ALL = new ArrayList<>();

  private final SortedSet<Permission> permissions =
      new TreeSet<>(Comparator.comparing(Permission::getId));

  public final Class owner;

  public final Localizable title;

  private final String id;

  public PermissionGroup(String id, Class owner, Localizable title) throws IllegalStateException {
    this.owner = owner;
    this.title = title;
    this.id = id;
    register(this);
  }

  public String getId() {
    return id;
  }

  synchronized void add(Permission p) {
    if (!permissions.add(p)) {
      throw new IllegalStateException("attempt to register a second Permission for " + p.getId());
    }
  }

  public synchronized List<Permission> getPermissions() {
    return new ArrayList<>(permissions);
  }

  public synchronized Permission find(String name) {
    for (Permission p : permissions) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static synchronized void register(PermissionGroup g) {
    for (PermissionGroup known : ALL) {
      if (known.owner.getName().equals(g.owner.getName())) {
        throw new IllegalStateException(
            "attempt to register a second PermissionGroup for " + g.owner.getName());
      }
    }
    ALL.add(g);
  }

  public static synchronized PermissionGroup get(Class owner) {
    for (PermissionGroup g : ALL) {
      if (g.owner == owner) {
        return g;
      }
    }
    return null;
  }
}
