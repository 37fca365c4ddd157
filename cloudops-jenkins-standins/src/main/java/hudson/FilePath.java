package hudson;

import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * Stand-in of a {@code FilePath} on the controller's own file system (no channel): the only kind
 * the tests use. As in the real class (jenkinsci/jenkins tag jenkins-2.541.3, commit 4d8ef2fc,
 * core/src/main/java/hudson/FilePath.java), {@code new FilePath(File)} has no channel (:276-279),
 * so {@link #act(Callable)} calls the callable in this JVM without serialising it (:1305-1313) and
 * {@link #isRemote()} is false. Remote channels are not modelled.
 */
public final class FilePath implements SerializableOnlyOverRemoting {
  private static final long serialVersionUID = 1L;

  private final String remote;

  public FilePath(File localPath) {
    this.remote = localPath.getPath();
  }

  public FilePath(FilePath base, String rel) {
    this.remote = new File(base.remote, rel).getPath();
  }

  public String getRemote() {
    return remote;
  }

  public String getName() {
    return new File(remote).getName();
  }

  public FilePath child(String relOrAbsolute) {
    return new FilePath(new File(remote).toPath().resolve(relOrAbsolute).toFile());
  }

  public FilePath sibling(String rel) {
    File parent = new File(remote).getAbsoluteFile().getParentFile();
    return parent == null ? null : new FilePath(new File(parent, rel));
  }

  public boolean isRemote() {
    return false;
  }

  public boolean exists() throws IOException, InterruptedException {
    return new File(remote).exists();
  }

  public void mkdirs() throws IOException, InterruptedException {
    Files.createDirectories(Path.of(remote));
  }

  public void deleteRecursive() throws IOException, InterruptedException {
    Path root = Path.of(remote);
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * As the real one for a local path (FilePath.java:3554-3557): the local channel, whose {@code
   * syncLocalIO} does nothing (remoting LocalChannel.java:120-122, commit 17afb4b2).
   */
  public VirtualChannel getChannel() {
    return LOCAL_CHANNEL;
  }

  private static final VirtualChannel LOCAL_CHANNEL = () -> {};

  public <V, E extends Throwable> V act(Callable<V, E> callable)
      throws IOException, InterruptedException, E {
    return callable.call();
  }

  @Override
  public String toString() {
    return remote;
  }
}
