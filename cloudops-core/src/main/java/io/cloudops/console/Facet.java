package io.cloudops.console;

import java.util.Locale;

/** A dimension the explorer counts and narrows by; its name is the query parameter. */
public enum Facet {
  ACCOUNT,
  REGION,
  TYPE,
  STATE,
  /** The {@code env} tag. */
  ENV;

  /** The query parameter and JSON key. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
