package jenkins.model;

import hudson.model.Descriptor;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import io.cloudops.standins.StandIns;
import java.io.File;

/** Stand-in of the Jenkins singleton; only what the plugin's facade reaches. */
public class Jenkins implements AccessControlled {

  public static final Permission ADMINISTER = StandIns.permission("hudson.model.Hudson.Administer");
  public static final Permission MANAGE = StandIns.permission("hudson.model.Hudson.Manage");

  private Jenkins() {}

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
