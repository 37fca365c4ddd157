package io.cloudops.jenkins.console;

import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import jenkins.model.Jenkins;
import org.jvnet.localizer.Localizable;
import org.jvnet.localizer.ResourceBundleHolder;

/**
 * The CloudOps permission group: CloudOps/View opens the console's pages and read API, CloudOps/Ask
 * asks the planning server from it. Administer implies both.
 */
public final class ConsolePermissions {

  public static final PermissionGroup GROUP =
      new PermissionGroup("CloudOps", ConsolePermissions.class, text("group"));

  public static final Permission VIEW =
      new Permission(GROUP, "View", text("view"), Jenkins.ADMINISTER, PermissionScope.JENKINS);

  public static final Permission ASK =
      new Permission(GROUP, "Ask", text("ask"), Jenkins.ADMINISTER, PermissionScope.JENKINS);

  private ConsolePermissions() {}

  private static Localizable text(String key) {
    return new Localizable(ResourceBundleHolder.get(ConsolePermissions.class), key);
  }
}
