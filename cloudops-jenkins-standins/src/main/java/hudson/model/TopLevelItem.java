package hudson.model;

/** Stand-in: an item that can live directly under Jenkins (a job, a folder). */
public interface TopLevelItem extends Item {}
