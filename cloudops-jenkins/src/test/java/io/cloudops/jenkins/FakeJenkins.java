package io.cloudops.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.Permission;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jenkins.model.IdStrategy;

/** A JenkinsFacade with in-memory permissions, credentials and configuration. */
public final class FakeJenkins implements JenkinsFacade {

  private final Set<Permission> granted = new HashSet<>();
  private final Map<String, IdCredentials> credentials = new HashMap<>();
  private final List<String> tracked = new ArrayList<>();
  private final Path root;
  private String currentUser;
  private boolean useSecurity = true;
  private Crumb crumb;
  private final IdStrategy idStrategy = new IdStrategy.CaseInsensitive();
  private final CloudOpsGlobalConfiguration configuration;

  public FakeJenkins(Path root) {
    this.root = root;
    this.configuration = new CloudOpsGlobalConfiguration().withJenkins(this);
  }

  public FakeJenkins grant(Permission permission) {
    granted.add(permission);
    return this;
  }

  public FakeJenkins add(IdCredentials c) {
    credentials.put(c.getId(), c);
    return this;
  }

  public FakeJenkins actingAs(String userId) {
    currentUser = userId;
    return this;
  }

  /** Turns Jenkins security off (or on again). */
  public FakeJenkins useSecurity(boolean on) {
    useSecurity = on;
    return this;
  }

  /** Credential ids that steps recorded as used. */
  public List<String> tracked() {
    return List.copyOf(tracked);
  }

  @Override
  public boolean hasPermission(Permission permission, Item item) {
    return granted.contains(permission);
  }

  @Override
  public Optional<String> currentUserId() {
    return Optional.ofNullable(currentUser);
  }

  @Override
  public boolean isUseSecurity() {
    return useSecurity;
  }

  /** Jenkins's default strategy: ids compared ignoring case. */
  @Override
  public String userIdKey(String userId) {
    return idStrategy.keyFor(userId);
  }

  @Override
  public Path rootDir() {
    return root;
  }

  @Override
  public CloudOpsGlobalConfiguration configuration() {
    return configuration;
  }

  @Override
  public <C extends IdCredentials> Optional<C> credentials(
      String id, Class<C> type, Run<?, ?> run) {
    IdCredentials c = credentials.get(id);
    if (type.isInstance(c)) {
      tracked.add(id);
      return Optional.of(type.cast(c));
    }
    return Optional.empty();
  }

  /** Turns CSRF protection on with this crumb (off by default). */
  public FakeJenkins crumb(String field, String value) {
    crumb = new Crumb(field, value);
    return this;
  }

  @Override
  public Optional<Crumb> crumb(HttpServletRequest request) {
    return Optional.ofNullable(crumb);
  }

  /** As CrumbFilter: the crumb from the header, else the parameter. */
  @Override
  public boolean validCrumb(HttpServletRequest request) {
    if (crumb == null) {
      return true;
    }
    String sent = request.getHeader(crumb.field());
    if (sent == null) {
      sent = request.getParameter(crumb.field());
    }
    return crumb.value().equals(sent);
  }

  @Override
  public <C extends IdCredentials> Optional<C> systemCredentials(String id, Class<C> type) {
    IdCredentials c = credentials.get(id);
    return type.isInstance(c) ? Optional.of(type.cast(c)) : Optional.empty();
  }
}
