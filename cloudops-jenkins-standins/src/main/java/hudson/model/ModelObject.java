package hudson.model;

/** Stand-in: an object with a display name. */
public interface ModelObject {
  String getDisplayName();
}
