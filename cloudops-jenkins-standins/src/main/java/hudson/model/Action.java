package hudson.model;

/** Stand-in: something shown on (or attached to) a model object's page. */
public interface Action extends ModelObject {
  String getIconFileName();

  @Override
  String getDisplayName();

  String getUrlName();
}
