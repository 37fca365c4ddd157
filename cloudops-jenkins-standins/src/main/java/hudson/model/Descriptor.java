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

  /** Stand-in: a form submission that failed validation. Signatures only. */
  public static final class FormException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormException(String message, String formField) {
      super(message);
      throw new UnsupportedOperationException("stand-in: forms are not modelled");
    }
  }
}
