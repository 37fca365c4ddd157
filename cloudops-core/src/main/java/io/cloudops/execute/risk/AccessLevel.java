package io.cloudops.execute.risk;

/** An IAM action's access level, as AWS's service authorization reference classifies it. */
public enum AccessLevel {
  LIST('L', "List"),
  READ('R', "Read"),
  WRITE('W', "Write"),
  TAGGING('T', "Tagging"),
  PERMISSIONS_MANAGEMENT('P', "Permissions management");

  private final char code;
  private final String label;

  AccessLevel(char code, String label) {
    this.code = code;
    this.label = label;
  }

  /** AWS's name for the level, e.g. {@code Permissions management}. */
  public String label() {
    return label;
  }

  /** The level for a one-letter code of the generated table. */
  static AccessLevel ofCode(char code) {
    for (AccessLevel level : values()) {
      if (level.code == code) {
        return level;
      }
    }
    throw new IllegalArgumentException("unknown access level code: " + code);
  }
}
