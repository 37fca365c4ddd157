package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;

/** Stand-in: credentials with an id and a description. Signatures only. */
public abstract class BaseStandardCredentials extends BaseCredentials
    implements StandardCredentials {
  private static final long serialVersionUID = 1L;

  public BaseStandardCredentials(CredentialsScope scope, String id, String description) {
    super(scope);
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getDescription() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getId() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
