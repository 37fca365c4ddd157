package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/** Stand-in: a secret text credential. */
public interface StringCredentials extends StandardCredentials {
  Secret getSecret();
}
