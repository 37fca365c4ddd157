package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
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

  /**
   * Deprecated in the real API, which looks up as SYSTEM in Jenkins when the item is null
   * (credentials-plugin commit d96751b, CredentialsProvider.java:262-266); answered from the test
   * registry.
   */
  @Deprecated
  public static <C extends Credentials> List<C> lookupCredentials(Class<C> type, Item item) {
    return StandIns.credentials(type);
  }

  @SuppressWarnings("rawtypes")
  public static <C extends Credentials> C track(Run build, C credentials) {
    if (credentials != null) {
      StandIns.recordTracked(build, credentials);
    }
    return credentials;
  }
}
