package hudson.remoting;

import java.io.Serializable;

/**
 * Stand-in: work shipped to another JVM (remoting {@code Callable.java}); role checks are not
 * modelled.
 */
public interface Callable<V, T extends Throwable> extends Serializable {
  V call() throws T;
}
