package io.cloudops.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import hudson.security.Permission;
import hudson.security.csrf.CrumbIssuer;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;

/** The facade over the running Jenkins. Stateless. */
public final class DefaultJenkinsFacade implements JenkinsFacade {

  @Override
  public boolean hasPermission(Permission permission, Item item) {
    return item == null ? Jenkins.get().hasPermission(permission) : item.hasPermission(permission);
  }

  @Override
  public Optional<String> currentUserId() {
    User user = User.current();
    return user == null ? Optional.empty() : Optional.of(user.getId());
  }

  @Override
  public boolean isUseSecurity() {
    return Jenkins.get().isUseSecurity();
  }

  @Override
  public String userIdKey(String userId) {
    return User.idStrategy().keyFor(userId);
  }

  @Override
  public Path rootDir() {
    return Jenkins.get().getRootDir().toPath();
  }

  @Override
  public CloudOpsGlobalConfiguration configuration() {
    CloudOpsGlobalConfiguration configuration =
        Jenkins.get().getDescriptorByType(CloudOpsGlobalConfiguration.class);
    if (configuration == null) {
      throw new IllegalStateException("the CloudOps global configuration is not registered");
    }
    return configuration;
  }

  @Override
  public <C extends IdCredentials> Optional<C> credentials(
      String id, Class<C> type, Run<?, ?> run) {
    C found = CredentialsProvider.findCredentialById(id, type, run, List.of());
    return Optional.ofNullable(CredentialsProvider.track(run, found));
  }

  @Override
  public Optional<Crumb> crumb(HttpServletRequest request) {
    CrumbIssuer issuer = Jenkins.get().getCrumbIssuer();
    return issuer == null
        ? Optional.empty()
        : Optional.of(new Crumb(issuer.getCrumbRequestField(), issuer.getCrumb(request)));
  }

  @Override
  public boolean validCrumb(HttpServletRequest request) {
    CrumbIssuer issuer = Jenkins.get().getCrumbIssuer();
    if (issuer == null) {
      return true;
    }
    String field = issuer.getCrumbRequestField();
    String crumb = request.getHeader(field);
    if (crumb == null) {
      crumb = request.getParameter(field);
    }
    return crumb != null
        && issuer.validateCrumb(request, issuer.getDescriptor().getCrumbSalt(), crumb);
  }

  @Override
  @SuppressWarnings("deprecation") // the non-deprecated lookups take a Spring Authentication
  public <C extends IdCredentials> Optional<C> systemCredentials(String id, Class<C> type) {
    // credentials-plugin CredentialsProvider.java:262-266: a null item looks up in Jenkins as
    // SYSTEM
    return CredentialsProvider.lookupCredentials(type, (Item) null).stream()
        .filter(c -> id.equals(c.getId()))
        .findFirst();
  }
}
