package io.cloudops.store;

/** Whether a store is opened to write (one process per data dir) or only to read (any number). */
public enum StoreAccess {
  /** Reads and writes; takes the data dir's single writer lock. */
  READ_WRITE,
  /** Reads the last committed state; takes no lock, so it works while a scan is writing. */
  READ_ONLY
}
