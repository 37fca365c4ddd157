package hudson.security;

import org.jvnet.localizer.Localizable;

/**
 * Stand-in: a permission, identified by its id. The public constructor does what the real one does
 * (jenkins-2.541.3 commit 4d8ef2f, core/src/main/java/hudson/security/Permission.java:142-158,
 * which the five-argument constructor of line 160-161 calls: the id is the owner class's name, a
 * dot and the name; the permission adds itself to its group). The stand-ins' own constants ({@code
 * Jenkins.READ}, {@code Item.BUILD}, ...) are made by {@code StandIns.permission} with their real
 * id and no group.
 */
@SuppressWarnings("rawtypes")
public final class Permission {

  public final Class owner;

  public final PermissionGroup group;

  public final String name;

  public final Permission impliedBy;

  private final String id;

  private Permission(String id) {
    this.id = id;
    this.owner = null;
    this.group = null;
    this.name = id.substring(id.lastIndexOf('.') + 1);
    this.impliedBy = null;
  }

  public Permission(
      PermissionGroup group,
      String name,
      Localizable description,
      Permission impliedBy,
      PermissionScope scope) {
    this.owner = group.owner;
    this.group = group;
    this.name = name;
    this.impliedBy = impliedBy;
    this.id = owner.getName() + '.' + name;
    group.add(this);
  }

  public String getId() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Permission && getId().equals(((Permission) o).getId());
  }

  @Override
  public int hashCode() {
    return getId().hashCode();
  }

  @Override
  public String toString() {
    return "Permission[" + id + "]";
  }
}
