package hudson.model;

/** Stand-in: an object with a descriptor. */
public interface Describable<T extends Describable<T>> {
  default Descriptor<T> getDescriptor() {
    throw new UnsupportedOperationException("stand-in: descriptors need a running Jenkins");
  }
}
