package io.cloudops.cli;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.config.SettingsLoader;
import io.cloudops.json.Json;
import io.cloudops.log.MessageLog;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a subcommand works with: settings, the environment, and the two output streams (results to
 * standard output, progress and messages to standard error).
 */
public final class CliContext {

  private final Map<String, String> env;
  private final Path dataDirOverride;
  private final OutputFormat format;
  private final Verbosity verbosity;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private CloudOpsSettings settings;

  CliContext(
      Map<String, String> env,
      Path dataDirOverride,
      OutputFormat format,
      Verbosity verbosity,
      PrintWriter out,
      PrintWriter err,
      boolean terminal) {
    this.env = env;
    this.dataDirOverride = dataDirOverride;
    this.format = format;
    this.verbosity = verbosity;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether a person is at a terminal: only then is progress redrawn in place. */
  public boolean terminal() {
    return terminal;
  }

  /**
   * Settings from the environment, with {@code --data-dir} applied.
   *
   * @throws io.cloudops.config.InvalidSettingException when a setting is bad (exit 2)
   */
  public CloudOpsSettings settings() {
    if (settings == null) {
      CloudOpsSettings.Builder builder = SettingsLoader.from(env);
      if (dataDirOverride != null) {
        builder.dataDir(dataDirOverride);
      }
      settings = builder.build();
    }
    return settings;
  }

  /** The process environment (or the test's stand-in for it). */
  public Map<String, String> env() {
    return env;
  }

  public boolean json() {
    return format == OutputFormat.JSON;
  }

  public boolean quiet() {
    return verbosity == Verbosity.QUIET;
  }

  public boolean debug() {
    return verbosity == Verbosity.DEBUG;
  }

  /** Standard output: results only. */
  public PrintWriter out() {
    return out;
  }

  /** Standard error: progress, warnings, errors. */
  public PrintWriter err() {
    return err;
  }

  /** Prints a value as JSON on standard output. */
  public void printJson(Object value) {
    out.println(Json.writePretty(value));
    out.flush();
  }

  /**
   * The store, opened read-write; says so first when that open migrates it to the current schema (a
   * one-time rewrite that takes a while on a large estate).
   */
  public StoreHandle openStoreForWriting() {
    Stores.pendingMigration(settings()).ifPresent(this::progress);
    return Stores.open(settings(), env(), StoreAccess.READ_WRITE);
  }

  /** A progress line on standard error, unless {@code --quiet}. */
  public void progress(String text) {
    if (!quiet()) {
      err.println(text);
      err.flush();
    }
  }

  /**
   * Prints the library's collected messages once: warnings and errors always, info unless quiet.
   */
  public void print(MessageLog log) {
    for (MessageLog.Entry entry : log.entries()) {
      switch (entry.severity()) {
        case INFO -> progress(entry.text());
        case WARNING -> err.println("warning: " + entry.text());
        case ERROR -> err.println("error: " + entry.text());
      }
    }
    err.flush();
  }
}
