package hudson.model;

/** Stand-in: an action of Jenkins itself, a link in the main side panel ({@code @Extension}). */
public interface RootAction extends Action {}
