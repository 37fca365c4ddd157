package com.cloudbees.plugins.credentials.common;

/** Stand-in: a drop-down of standard credentials. */
public class StandardListBoxModel
    extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
  private static final long serialVersionUID = 1L;

  @Override
  protected String describe(StandardCredentials c) {
    String description = c.getDescription();
    return description == null || description.isEmpty() ? c.getId() : description;
  }
}
