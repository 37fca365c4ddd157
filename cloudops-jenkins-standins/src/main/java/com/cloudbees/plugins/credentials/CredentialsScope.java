package com.cloudbees.plugins.credentials;

/** Stand-in: where a credential is visible. */
public enum CredentialsScope {
  SYSTEM,
  GLOBAL,
  USER
}
