package io.cloudops.jenkins.credentials;

import com.cloudbees.jenkins.plugins.awscredentials.AmazonWebServicesCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.cloudops.jenkins.JenkinsFacade;
import jenkins.model.Jenkins;

/** The AWS credentials drop-down of the steps' Snippet Generator forms. */
public final class AwsCredentialItems {
  private AwsCredentialItems() {}

  /**
   * The AWS credentials visible to the item, for users who may configure it (on Jenkins itself:
   * administrators); otherwise only the current value.
   */
  public static ListBoxModel of(JenkinsFacade jenkins, Item item, String current) {
    StandardListBoxModel model = new StandardListBoxModel();
    String value = current == null ? "" : current;
    boolean allowed =
        item == null
            ? jenkins.hasPermission(Jenkins.ADMINISTER, null)
            : jenkins.hasPermission(Item.EXTENDED_READ, item)
                || jenkins.hasPermission(Item.CONFIGURE, item);
    if (!allowed) {
      model.includeCurrentValue(value);
      return model;
    }
    model
        .includeEmptyValue()
        .include(item, AmazonWebServicesCredentials.class)
        .includeCurrentValue(value);
    return model;
  }
}
