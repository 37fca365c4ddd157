package io.cloudops.testing;

/** No {@code moto_server} could be found on this machine. */
public final class MotoUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MotoUnavailableException() {
    super(
        "moto_server not found (looked at $MOTO_SERVER, PATH and ~/.pyenv); "
            + "install it with: pip install 'moto[server]' or set MOTO_SERVER=/path/to/moto_server");
  }
}
