package hudson.model;

/**
 * Stand-in: work that Jenkins' timer runs every {@link #getRecurrencePeriod()} milliseconds (real
 * Jenkins finds the subclasses through {@code @Extension}); the timer is not modelled.
 */
public abstract class PeriodicWork {

  /** One minute in milliseconds. */
  protected static final long MIN = 1000L * 60;

  /** Milliseconds between two runs. */
  public abstract long getRecurrencePeriod();
}
