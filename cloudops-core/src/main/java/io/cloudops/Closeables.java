package io.cloudops;

/**
 * Closing several resources: every one is closed, the first failure is thrown, later ones added.
 */
public final class Closeables {

  private Closeables() {}

  /**
   * Closes each item, even when an earlier one fails.
   *
   * @throws RuntimeException the first failure, with later failures suppressed in it
   */
  public static void closeAll(Iterable<? extends AutoCloseable> items) {
    RuntimeException failure = null;
    for (AutoCloseable item : items) {
      try {
        item.close();
      } catch (Exception e) {
        if (failure == null) {
          failure =
              e instanceof RuntimeException runtime
                  ? runtime
                  : new IllegalStateException("Closing " + item + " failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
