package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Run;
import io.cloudops.standins.StandIns;
import java.util.List;

/** Stand-in: credential lookups, answered from the test registry. */
public abstract class CredentialsProvider {

  public CredentialsProvider() {}

  public static <C extends IdCredentials> C findCredentialById(
      String id, Class<C> type, Run<?, ?> run, List<DomainRequirement> domainRequirements) {
    for (C c : StandIns.credentials(type)) {
      if (c.getId().equals(id)) {
        return c;
      }
    }
    return null;
  }

  @SuppressWarnings("rawtypes")
  public static <C extends Credentials> C track(Run build, C credentials) {
    if (credentials != null) {
      StandIns.recordTracked(build, credentials);
    }
    return credentials;
  }
}
