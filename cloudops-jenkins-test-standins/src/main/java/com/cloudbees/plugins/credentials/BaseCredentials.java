package com.cloudbees.plugins.credentials;

/** Stand-in: credentials with a scope. Signatures only. */
public class BaseCredentials implements Credentials {
  private static final long serialVersionUID = 1L;

  public BaseCredentials(CredentialsScope scope) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public CredentialsScope getScope() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
