package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The global configuration's help texts and form state the defaults the code uses, and the field
 * titles that messages point administrators to are the titles the page shows.
 */
class HelpTextsTest {

  private static final Path VIEWS =
      Path.of("src/main/resources/io/cloudops/jenkins/CloudOpsGlobalConfiguration");

  private static String read(String file) throws IOException {
    return Files.readString(VIEWS.resolve(file));
  }

  /** The {@code default} of the form's number field for {@code field}. */
  private static int formDefault(String field) throws IOException {
    Matcher entry =
        Pattern.compile("field=\"" + field + "\">\\s*<f:number default=\"(\\d+)\"")
            .matcher(read("config.jelly"));
    assertThat(entry.find()).as("number field %s in config.jelly", field).isTrue();
    return Integer.parseInt(entry.group(1));
  }

  @Test
  void approvalValidity_helpAndForm_sayTheCodesDefault() throws IOException {
    int hours = CloudOpsGlobalConfiguration.DEFAULT_APPROVAL_VALIDITY_HOURS;

    assertThat(read("help-approvalValidityHours.html")).contains("(default " + hours + ")");
    assertThat(formDefault("approvalValidityHours")).isEqualTo(hours);
    assertThat(new CloudOpsGlobalConfiguration().getApprovalValidityHours()).isEqualTo(hours);
  }

  @Test
  void backupKeep_helpAndForm_sayTheCodesDefault() throws IOException {
    int keep = CloudOpsGlobalConfiguration.DEFAULT_BACKUP_KEEP;

    assertThat(read("help-backupKeep.html")).contains("(default " + keep + ")");
    assertThat(formDefault("backupKeep")).isEqualTo(keep);
  }

  @Test
  void theFieldsMessagesPointTo_areTitledSoOnThePage() throws IOException {
    String page = read("config.jelly");

    List.of(
            Messages.CloudOpsGlobalConfiguration_Section(),
            Messages.CloudOpsGlobalConfiguration_Store(),
            Messages.CloudOpsGlobalConfiguration_QdrantUrl(),
            Messages.CloudOpsGlobalConfiguration_QdrantApiKey(),
            Messages.CloudOpsGlobalConfiguration_ServerUrl(),
            Messages.CloudOpsGlobalConfiguration_ServerToken(),
            Messages.CloudOpsGlobalConfiguration_EncryptionKey(),
            Messages.CloudOpsGlobalConfiguration_BackupBucket(),
            Messages.CloudOpsGlobalConfiguration_BackupKeep(),
            Messages.CloudOpsGlobalConfiguration_AwsCli())
        .forEach(title -> assertThat(page).contains("title=\"${%" + title + "}\""));
  }
}
