package io.cloudops.log;

import java.util.ArrayList;
import java.util.List;

/**
 * User-facing messages collected by the library while it works; the CLI or the plugin prints them
 * once. The library never prints. Thread-safe.
 */
public final class MessageLog {

  /** How much a message matters to the user. */
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  /** One message. */
  public record Entry(Severity severity, String text) {}

  private final List<Entry> entries = new ArrayList<>();

  public synchronized void info(String format, Object... args) {
    entries.add(new Entry(Severity.INFO, String.format(format, args)));
  }

  public synchronized void warning(String format, Object... args) {
    entries.add(new Entry(Severity.WARNING, String.format(format, args)));
  }

  public synchronized void error(String format, Object... args) {
    entries.add(new Entry(Severity.ERROR, String.format(format, args)));
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized boolean hasErrors() {
    return entries.stream().anyMatch(e -> e.severity() == Severity.ERROR);
  }
}
