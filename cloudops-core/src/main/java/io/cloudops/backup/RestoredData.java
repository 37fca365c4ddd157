package io.cloudops.backup;

/** What a restored snapshot holds. */
public record RestoredData(long resources, int conversations) {}
