package hudson.remoting;

/**
 * Stand-in: the channel to the JVM a {@code FilePath} lives in; only the member the plugin uses
 * (remoting {@code VirtualChannel.java}, tag 3352.v17a_fb_4b_2773f, commit 17afb4b2).
 */
public interface VirtualChannel {

  /** Blocks until every I/O packet the other side sent has been executed here. */
  void syncLocalIO() throws InterruptedException;
}
