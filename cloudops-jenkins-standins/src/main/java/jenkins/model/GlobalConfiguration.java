package jenkins.model;

import hudson.ExtensionList;
import hudson.model.Describable;
import hudson.model.Descriptor;

/** Stand-in: a section of Manage Jenkins, System. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
    implements Describable<GlobalConfiguration> {

  protected GlobalConfiguration() {
    super(GlobalConfiguration.class);
  }

  public static ExtensionList<GlobalConfiguration> all() {
    throw new UnsupportedOperationException("stand-in: there are no extensions in unit tests");
  }

  @Override
  public final Descriptor<GlobalConfiguration> getDescriptor() {
    return this;
  }
}
