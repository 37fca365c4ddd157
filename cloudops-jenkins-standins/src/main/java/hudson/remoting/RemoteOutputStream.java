package hudson.remoting;

import java.io.IOException;
import java.io.OutputStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Stand-in: an output stream that, sent to an agent, writes back into {@code core} on the
 * controller. In the JVM that created it, every call goes straight to {@code core}, as in remoting
 * {@code RemoteOutputStream.java:102-124} (tag 3352.v17a_fb_4b_2773f, commit 17afb4b2); the export
 * over a channel is not modelled.
 */
public final class RemoteOutputStream extends OutputStream implements SerializableOnlyOverRemoting {
  private static final long serialVersionUID = 1L;

  private final transient OutputStream core;

  public RemoteOutputStream(OutputStream core) {
    if (core == null) {
      throw new IllegalArgumentException();
    }
    this.core = core;
  }

  @Override
  public void write(int b) throws IOException {
    core.write(b);
  }

  @Override
  public void write(byte[] b) throws IOException {
    core.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    core.write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    core.flush();
  }

  @Override
  public void close() throws IOException {
    core.close();
  }
}
