package com.cloudbees.plugins.credentials;

import hudson.model.Describable;
import java.io.Serializable;

/** Stand-in: a credential stored in Jenkins. */
public interface Credentials extends Describable<Credentials>, Serializable {
  CredentialsScope getScope();
}
