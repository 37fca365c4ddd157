package hudson;

import java.util.AbstractList;
import jenkins.model.Jenkins;

/** Stand-in: the registered extensions of one type. Signatures only. */
public class ExtensionList<T> extends AbstractList<T> {

  protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
    throw new UnsupportedOperationException("stand-in: there are no extensions in unit tests");
  }

  public <U extends T> U get(Class<U> type) {
    throw new UnsupportedOperationException("stand-in: there are no extensions in unit tests");
  }

  @Override
  public T get(int index) {
    throw new UnsupportedOperationException("stand-in: there are no extensions in unit tests");
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("stand-in: there are no extensions in unit tests");
  }
}
