package hudson.model;

import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Stand-in: where a build writes its log. Like the real one it may be sent to an agent (the
 * Pipeline listener is remotable).
 */
public interface TaskListener extends SerializableOnlyOverRemoting {
  PrintStream getLogger();
}
