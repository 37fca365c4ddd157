package jenkins.model;

import hudson.model.Describable;
import hudson.model.Descriptor;

/** Stand-in: a section of Manage Jenkins, System. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
    implements Describable<GlobalConfiguration> {

  protected GlobalConfiguration() {
    super(GlobalConfiguration.class);
  }

  @Override
  public final Descriptor<GlobalConfiguration> getDescriptor() {
    return this;
  }
}
