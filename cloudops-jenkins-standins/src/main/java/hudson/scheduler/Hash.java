package hudson.scheduler;

/**
 * Stand-in, signatures only: the seed of {@code H} in a cron line (jenkinsci/jenkins,
 * jenkins-2.541.3, core/src/main/java/hudson/scheduler/Hash.java).
 */
public abstract class Hash {

  /* package */ Hash() {}

  public abstract int next(int n);

  public static Hash from(String seed) {
    throw new UnsupportedOperationException("stand-in: Jenkins's cron parser needs jenkins-core");
  }
}
