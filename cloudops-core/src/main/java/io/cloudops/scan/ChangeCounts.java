package io.cloudops.scan;

/**
 * How a scan's resources compare with what was known before it.
 *
 * @param added not known before
 * @param changed known with another content hash
 * @param unchanged known with the same content hash
 * @param removed known, and not seen by a clean page-through of their slice
 */
public record ChangeCounts(long added, long changed, long unchanged, long removed) {

  public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0);

  public ChangeCounts plus(ChangeCounts other) {
    return new ChangeCounts(
        added + other.added,
        changed + other.changed,
        unchanged + other.unchanged,
        removed + other.removed);
  }
}
