package io.cloudops.execute.risk;

import java.util.Objects;

/**
 * An IAM action such as {@code ec2:StopInstances}.
 *
 * @param prefix the IAM service prefix ({@code ec2}, {@code s3}, {@code elasticloadbalancing})
 * @param name the action name in PascalCase
 */
public record IamAction(String prefix, String name) {

  public IamAction {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(name, "name");
  }

  /** Whether the action destroys something: Delete*, Terminate*, Remove* and the like. */
  public boolean isDeletion() {
    for (String verb : DELETION_VERBS) {
      if (name.startsWith(verb)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] DELETION_VERBS = {
    "Delete", "Terminate", "Remove", "Deregister", "Destroy", "Purge", "Release", "Drop"
  };

  @Override
  public String toString() {
    return prefix + ":" + name;
  }
}
