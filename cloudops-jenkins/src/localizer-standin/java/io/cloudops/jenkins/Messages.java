package io.cloudops.jenkins;

import org.jvnet.localizer.ResourceBundleHolder;

/**
 * Stand-in for the class Jenkins's localizer-maven-plugin generates from {@code Messages.properties}
 * in the .hpi build: one method per key, formatting the key's text with its arguments through the
 * localizer runtime, as the generated class does. {@code MessagesStandInTest} fails when a key has no
 * method here, or a method no key.
 */
public final class Messages {

  private static final ResourceBundleHolder HOLDER = ResourceBundleHolder.get(Messages.class);

  private Messages() {}

  public static String CloudOpsGlobalConfiguration_Section() {
    return HOLDER.format("CloudOpsGlobalConfiguration.Section");
  }

  public static String CloudOpsGlobalConfiguration_Where(Object arg0, Object arg1) {
    return HOLDER.format("CloudOpsGlobalConfiguration.Where", arg0, arg1);
  }

  public static String CloudOpsGlobalConfiguration_Store() {
    return HOLDER.format("CloudOpsGlobalConfiguration.Store");
  }

  public static String CloudOpsGlobalConfiguration_QdrantUrl() {
    return HOLDER.format("CloudOpsGlobalConfiguration.QdrantUrl");
  }

  public static String CloudOpsGlobalConfiguration_QdrantApiKey() {
    return HOLDER.format("CloudOpsGlobalConfiguration.QdrantApiKey");
  }

  public static String CloudOpsGlobalConfiguration_ServerUrl() {
    return HOLDER.format("CloudOpsGlobalConfiguration.ServerUrl");
  }

  public static String CloudOpsGlobalConfiguration_ServerToken() {
    return HOLDER.format("CloudOpsGlobalConfiguration.ServerToken");
  }

  public static String CloudOpsGlobalConfiguration_EncryptionKey() {
    return HOLDER.format("CloudOpsGlobalConfiguration.EncryptionKey");
  }

  public static String CloudOpsGlobalConfiguration_BackupBucket() {
    return HOLDER.format("CloudOpsGlobalConfiguration.BackupBucket");
  }

  public static String CloudOpsGlobalConfiguration_BackupKeep() {
    return HOLDER.format("CloudOpsGlobalConfiguration.BackupKeep");
  }

  public static String CloudOpsGlobalConfiguration_AwsCli() {
    return HOLDER.format("CloudOpsGlobalConfiguration.AwsCli");
  }

  public static String SettingHints_DataDir() {
    return HOLDER.format("SettingHints.DataDir");
  }

  public static String SettingHints_AwsCredentials() {
    return HOLDER.format("SettingHints.AwsCredentials");
  }

  public static String SettingHints_AwsEndpointUrl() {
    return HOLDER.format("SettingHints.AwsEndpointUrl");
  }

  public static String SettingHints_ConnectTimeout() {
    return HOLDER.format("SettingHints.ConnectTimeout");
  }

  public static String SettingHints_RequestTimeout() {
    return HOLDER.format("SettingHints.RequestTimeout");
  }
}
