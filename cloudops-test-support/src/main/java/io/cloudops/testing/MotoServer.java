package io.cloudops.testing;

import io.cloudops.emulator.MotoLocator;
import io.cloudops.emulator.MotoProcess;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JVM-wide moto server that tests run against: started once on first use, reset between tests
 * by {@link MotoExtension}, stopped with the JVM.
 */
public final class MotoServer implements AutoCloseable {

  /** The region tests use unless they need another one. */
  public static final String DEFAULT_REGION = "us-east-1";

  /** The account moto answers for unless told otherwise. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";

  private static final Object LOCK = new Object();
  private static MotoServer shared;

  private final MotoProcess process;

  private MotoServer(MotoProcess process) {
    this.process = process;
  }

  /**
   * The JVM-wide server, started on first use.
   *
   * @throws MotoUnavailableException when no {@code moto_server} can be found
   */
  public static MotoServer shared() {
    synchronized (LOCK) {
      if (shared == null || !shared.process.isAlive()) {
        shared = start(MotoLocator.locate().orElseThrow(MotoUnavailableException::new));
        MotoServer started = shared;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "moto-server-stop"));
      }
      return shared;
    }
  }

  /** Starts a dedicated server from the given executable; the caller closes it. */
  public static MotoServer start(Path executable) {
    return new MotoServer(MotoProcess.start(executable));
  }

  /** Where moto is on this machine, if anywhere. */
  public static Optional<Path> executable() {
    return MotoLocator.locate();
  }

  /** The base URL to use as the SDK's endpoint override or the AWS CLI's {@code --endpoint-url}. */
  public URI endpoint() {
    return process.endpoint();
  }

  /** Removes every resource from every account and region. */
  public void reset() {
    process.reset();
  }

  /** The server's combined stdout and stderr, for diagnosing a failed test. */
  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
