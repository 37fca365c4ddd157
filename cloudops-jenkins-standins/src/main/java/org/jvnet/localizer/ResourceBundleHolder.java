package org.jvnet.localizer;

import java.io.Serializable;

/**
 * Stand-in: the resource bundles of a class (localizer's {@code ResourceBundleHolder}). Only the
 * factory the plugin calls; it keeps the owner, as the real one does. Looking messages up is not
 * modelled.
 */
public final class ResourceBundleHolder implements Serializable {
  private static final long serialVersionUID = 1L;

  public final Class<?> owner;

  private ResourceBundleHolder(Class<?> owner) {
    this.owner = owner;
  }

  public static synchronized ResourceBundleHolder get(Class<?> clazz) {
    return new ResourceBundleHolder(clazz);
  }
}
