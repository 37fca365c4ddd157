package com.cloudbees.plugins.credentials;

import java.io.IOException;
import java.util.List;

/** Stand-in: the credentials stored on the Jenkins controller. Signatures only. */
public class SystemCredentialsProvider {

  public SystemCredentialsProvider() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public static SystemCredentialsProvider getInstance() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public List<Credentials> getCredentials() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public void save() throws IOException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
