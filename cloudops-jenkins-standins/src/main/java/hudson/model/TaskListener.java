package hudson.model;

import java.io.PrintStream;

/** Stand-in: where a build writes its log. */
public interface TaskListener {
  PrintStream getLogger();
}
