package hudson.model;

/** Stand-in: metadata and configuration of a Describable type. */
public abstract class Descriptor<T extends Describable<T>> {

  public final Class<? extends T> clazz;

  protected Descriptor(Class<? extends T> clazz) {
    this.clazz = clazz;
  }

  protected Descriptor() {
    this.clazz = null;
  }

  public String getDisplayName() {
    return clazz == null ? getClass().getSimpleName() : clazz.getSimpleName();
  }

  public String getId() {
    return clazz == null ? getClass().getName() : clazz.getName();
  }

  /** Stand-in: persistence is not modelled. */
  public synchronized void save() {}

  /** Stand-in: persistence is not modelled. */
  public synchronized void load() {}
}
