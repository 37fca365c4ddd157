package com.cloudbees.plugins.credentials.common;

/** Stand-in: a credential with an id and a description. */
public interface StandardCredentials extends IdCredentials {
  String getDescription();
}
