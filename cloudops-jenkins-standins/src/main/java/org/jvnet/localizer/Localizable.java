package org.jvnet.localizer;

import java.io.Serializable;
import java.util.Locale;

/**
 * Stand-in: a message that is localized when it is shown (localizer's {@code Localizable}: a bundle
 * holder, a key and arguments). Formatting is not modelled.
 */
public class Localizable implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ResourceBundleHolder holder;
  private final String key;

  public Localizable(ResourceBundleHolder holder, String key, Object... args) {
    this.holder = holder;
    this.key = key;
  }

  public String toString(Locale locale) {
    throw new UnsupportedOperationException(
        "stand-in: localizing " + holder.owner.getName() + "." + key + " is not modelled");
  }

  @Override
  public String toString() {
    return toString(Locale.ROOT);
  }
}
