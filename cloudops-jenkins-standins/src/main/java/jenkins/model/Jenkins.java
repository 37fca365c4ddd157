package jenkins.model;

import hudson.ExtensionList;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.TopLevelItem;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import io.cloudops.standins.StandIns;
import java.io.File;
import java.io.IOException;

/** Stand-in of the Jenkins singleton; only what the plugin's facade reaches. */
public class Jenkins implements AccessControlled {

  public static final Permission ADMINISTER = StandIns.permission("hudson.model.Hudson.Administer");
  public static final Permission MANAGE = StandIns.permission("hudson.model.Hudson.Manage");

  public static final Permission READ = StandIns.permission("hudson.model.Hudson.Read");

  private Jenkins() {}

  public void setSecurityRealm(SecurityRealm securityRealm) {
    throw new UnsupportedOperationException("stand-in: security settings are not modelled");
  }

  public void setAuthorizationStrategy(AuthorizationStrategy a) {
    throw new UnsupportedOperationException("stand-in: security settings are not modelled");
  }

  public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
    throw new UnsupportedOperationException("stand-in: there are no extensions in unit tests");
  }

  public <T extends Item> T getItemByFullName(String fullName, Class<T> type) {
    throw new UnsupportedOperationException("stand-in: there are no items in unit tests");
  }

  public synchronized <T extends TopLevelItem> T createProject(Class<T> type, String name)
      throws IOException {
    throw new UnsupportedOperationException("stand-in: there are no items in unit tests");
  }

  /** Not modelled (an instance exists only in a running Jenkins, see {@link #get()}). */
  public hudson.security.csrf.CrumbIssuer getCrumbIssuer() {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }

  public static Jenkins get() {
    throw new IllegalStateException("stand-in: there is no running Jenkins in unit tests");
  }

  public static Jenkins getInstanceOrNull() {
    return null;
  }

  /** Not modelled (an instance exists only in a running Jenkins, see {@link #get()}). */
  public boolean isUseSecurity() {
    throw new UnsupportedOperationException("stand-in: security settings are not modelled");
  }

  public File getRootDir() {
    throw new IllegalStateException("stand-in: there is no JENKINS_HOME in unit tests");
  }

  @SuppressWarnings("rawtypes")
  public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
    throw new IllegalStateException("stand-in: there are no descriptors in unit tests");
  }
}
