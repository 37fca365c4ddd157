package io.cloudops.config;

/** Where the estate and conversations are kept. */
public enum StoreKind {
  /** In-process, under the data dir; needs no server. The default. */
  EMBEDDED,
  /** A Qdrant server or cluster shared by several installations. */
  QDRANT;

  /** Parses {@code embedded} or {@code qdrant}, case-insensitively. */
  static StoreKind parse(String value) {
    for (StoreKind kind : values()) {
      if (kind.name().equalsIgnoreCase(value.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("expected embedded or qdrant");
  }
}
