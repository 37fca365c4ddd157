package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/** Stand-in: a restriction on which credential domains apply. */
public class DomainRequirement implements Serializable {
  private static final long serialVersionUID = 1L;
}
