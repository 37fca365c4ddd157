package io.cloudops.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.Permission;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way the plugin reaches Jenkins: permission checks, JENKINS_HOME, the global
 * configuration, credentials. Injectable, so steps, actions and the configuration are unit-testable
 * without a running Jenkins.
 */
public interface JenkinsFacade {

  /**
   * Whether the current user has the permission on the item, or on Jenkins itself when the item is
   * absent (global configuration, no job context).
   */
  boolean hasPermission(Permission permission, Item item);

  /** The id of the user making the current (web) request, if any. */
  Optional<String> currentUserId();

  /**
   * Whether Jenkins has security on ({@code Jenkins.isUseSecurity}); without it anyone can answer
   * an {@code input}.
   */
  boolean isUseSecurity();

  /**
   * A user id in the one spelling Jenkins's user id strategy treats as the same user ({@code
   * User.idStrategy().keyFor}); case-insensitive by default.
   */
  String userIdKey(String userId);

  /** JENKINS_HOME. */
  Path rootDir();

  /** The CloudOps section of Manage Jenkins, System. */
  CloudOpsGlobalConfiguration configuration();

  /**
   * A credential visible to the build, by id, recorded as used by the build ({@code
   * CredentialsProvider.track}).
   */
  <C extends IdCredentials> Optional<C> credentials(String id, Class<C> type, Run<?, ?> run);

  /** The CSRF crumb a page sends with its POSTs; empty when CSRF protection is off. */
  Optional<Crumb> crumb(HttpServletRequest request);

  /**
   * Whether a POST carries a valid crumb (in the header or parameter the crumb issuer names), the
   * check Jenkins's {@code CrumbFilter} makes before a request reaches a plugin; true when CSRF
   * protection is off.
   */
  boolean validCrumb(HttpServletRequest request);

  /**
   * A Jenkins-level credential by id, looked up as the system (outside a build): hand it only to
   * users who may see it.
   */
  <C extends IdCredentials> Optional<C> systemCredentials(String id, Class<C> type);

  /** A crumb and the header or parameter that carries it. */
  record Crumb(String field, String value) {}
}
