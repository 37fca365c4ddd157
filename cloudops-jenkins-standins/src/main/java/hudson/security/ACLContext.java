package hudson.security;

/** Stand-in: the authentication in effect until {@link #close()}. Signatures only. */
public class ACLContext implements AutoCloseable {

  private ACLContext() {}

  @Override
  public void close() {
    throw new UnsupportedOperationException("stand-in: authentication is not modelled");
  }
}
