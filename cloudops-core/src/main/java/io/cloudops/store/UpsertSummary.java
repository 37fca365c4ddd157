package io.cloudops.store;

/** What a bulk upsert did. */
public record UpsertSummary(int added, int changed, int unchanged) {

  public static final UpsertSummary EMPTY = new UpsertSummary(0, 0, 0);

  public UpsertSummary plus(UpsertSummary other) {
    return new UpsertSummary(
        added + other.added, changed + other.changed, unchanged + other.unchanged);
  }

  public int total() {
    return added + changed + unchanged;
  }
}
