package hudson.model;

/** A test-only type in a Jenkins package, so the architecture rule has something to catch. */
public class Run {}
