package io.cloudops.execute.approval.signed;

import java.util.Locale;

/** What a signed statement says; each kind is signed in its own SSH signature namespace. */
public enum StatementKind {
  /** "I approve this plan." */
  APPROVAL("cloudops-approval"),
  /** "I ask for this plan to run." */
  REQUEST("cloudops-request");

  private final String namespace;

  StatementKind(String namespace) {
    this.namespace = namespace;
  }

  /** The {@code ssh-keygen -n} namespace signatures of this kind are made in. */
  public String namespace() {
    return namespace;
  }

  /** {@code approval} or {@code request}, as written in the statement. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static StatementKind parse(String label) {
    for (StatementKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + label + "'");
  }
}
