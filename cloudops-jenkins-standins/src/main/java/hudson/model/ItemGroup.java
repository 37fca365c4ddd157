package hudson.model;

/** Stand-in: a container of items. */
public interface ItemGroup<T extends Item> {}
