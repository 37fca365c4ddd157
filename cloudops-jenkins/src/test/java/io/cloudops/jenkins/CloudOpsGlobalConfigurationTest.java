package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.cloudops.config.StoreKind;
import io.cloudops.model.RiskLevel;
import io.cloudops.standins.StandIns;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.verb.POST;

class CloudOpsGlobalConfigurationTest {

  @TempDir Path home;

  @BeforeEach
  void registerCredentials() {
    StandIns.reset();
    StandIns.addCredentials(TestCredentials.secretText("tok", "v"));
  }

  private CloudOpsGlobalConfiguration config(boolean admin) {
    FakeJenkins jenkins = new FakeJenkins(home);
    if (admin) {
      jenkins.grant(Jenkins.ADMINISTER);
    }
    return jenkins.configuration();
  }

  @Test
  void everyFormMethod_isPostOnly() {
    for (Method method : CloudOpsGlobalConfiguration.class.getDeclaredMethods()) {
      if (method.getName().startsWith("doFill") || method.getName().startsWith("doCheck")) {
        assertThat(method.isAnnotationPresent(POST.class)).as(method.getName()).isTrue();
      }
    }
  }

  @Test
  void credentialsDropDown_listsSecretTextOnlyForAdministrators() {
    ListBoxModel admin = config(true).doFillServerCredentialsIdItems("");
    ListBoxModel other = config(false).doFillServerCredentialsIdItems("");

    assertThat(admin).extracting(o -> o.value).contains("", "tok");
    assertThat(other).extracting(o -> o.value).doesNotContain("tok");
  }

  @Test
  void checks_answerNothingToNonAdministrators() {
    assertThat(config(false).doCheckServerUrl("ftp://x").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config(true).doCheckServerUrl("ftp://x").kind).isEqualTo(FormValidation.Kind.ERROR);
  }

  @Test
  void serverUrl_mustBeAbsoluteHttp() {
    CloudOpsGlobalConfiguration config = config(true);

    assertThat(config.doCheckServerUrl("https://ops.example.com/cloudops").kind)
        .isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckServerUrl("/relative").kind).isEqualTo(FormValidation.Kind.ERROR);
    assertThat(config.doCheckServerUrl("").kind).isEqualTo(FormValidation.Kind.WARNING);
  }

  @Test
  void qdrantUrl_isRequiredOnlyForTheQdrantStore() {
    CloudOpsGlobalConfiguration config = config(true);

    assertThat(config.doCheckQdrantUrl("", "EMBEDDED").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckQdrantUrl("", "QDRANT").kind).isEqualTo(FormValidation.Kind.ERROR);
    assertThat(config.doCheckQdrantUrl("http://qdrant:6333", "QDRANT").kind)
        .isEqualTo(FormValidation.Kind.OK);
  }

  @Test
  void approvers_warnWhenTooFewForTheLevel() {
    CloudOpsGlobalConfiguration config = config(true);

    assertThat(config.doCheckHighApprovers("alice, bob").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckHighApprovers("alice").kind).isEqualTo(FormValidation.Kind.WARNING);
    assertThat(config.doCheckMediumApprovers("al<script>").kind)
        .isEqualTo(FormValidation.Kind.ERROR);
  }

  @Test
  void approversFor_parsesTheListPerLevel() {
    CloudOpsGlobalConfiguration config = config(true);
    config.setMediumApprovers("alice,bob");
    config.setHighApprovers(" carol  dave, carol ");

    assertThat(config.approversFor(RiskLevel.LOW)).isEmpty();
    assertThat(config.approversFor(RiskLevel.MEDIUM)).containsExactly("alice", "bob");
    assertThat(config.approversFor(RiskLevel.HIGH)).containsExactly("carol", "dave");
  }

  @Test
  void defaults_areSafe() {
    CloudOpsGlobalConfiguration config = config(true);

    assertThat(config.isAllowControllerDefaultCredentials()).isFalse();
    assertThat(config.isAllowControllerExecution()).isFalse();
    assertThat(config.getAwsCli()).isNull();
    assertThat(config.getStoreKind()).isEqualTo(StoreKind.EMBEDDED);
    assertThat(config.approvalValidity()).isEqualTo(Duration.ofHours(24));
    assertThat(config.getEncryptionKey()).isNull();
  }

  @Test
  void awsCli_isStripped_andBlankMeansTheDefaults() {
    CloudOpsGlobalConfiguration config = config(true);
    config.setAwsCli(" /opt/aws/bin/aws ");
    assertThat(config.getAwsCli()).isEqualTo("/opt/aws/bin/aws");

    config.setAwsCli(" ");
    assertThat(config.getAwsCli()).isNull();
  }

  @Test
  void encryptionKey_isKeptAsASecret_andBlankClearsIt() {
    CloudOpsGlobalConfiguration config = config(true);
    config.setEncryptionKey(Secret.fromString("k3y"));
    assertThat(config.getEncryptionKey().getPlainText()).isEqualTo("k3y");

    config.setEncryptionKey(Secret.fromString(""));
    assertThat(config.getEncryptionKey()).isNull();
  }

  @Test
  void backupSchedule_isOptional_butWarnedAboutWhenABucketIsSet() {
    CloudOpsGlobalConfiguration config = config(true);

    assertThat(config.doCheckBackupSchedule("", "").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckBackupSchedule("", "my-bucket").kind)
        .isEqualTo(FormValidation.Kind.WARNING);
    assertThat(config(false).doCheckBackupSchedule("0 25 * * *", "b").kind)
        .isEqualTo(FormValidation.Kind.OK);
  }

  @Test
  void backupKeep_defaultsTo14_andABadValueFallsBackToIt() {
    CloudOpsGlobalConfiguration config = config(true);
    assertThat(config.getBackupKeep()).isEqualTo(14);

    config.setBackupKeep(3);
    assertThat(config.getBackupKeep()).isEqualTo(3);
    config.setBackupKeep(0);
    assertThat(config.getBackupKeep()).isEqualTo(14);
  }

  @Test
  void backupKeep_isCheckedForAdministratorsOnly() {
    CloudOpsGlobalConfiguration config = config(true);

    assertThat(config.doCheckBackupKeep("14").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckBackupKeep(" 1 ").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckBackupKeep("1000").kind).isEqualTo(FormValidation.Kind.OK);
    assertThat(config.doCheckBackupKeep("0").getMessage()).isEqualTo("Keep 1 to 1000 backups");
    assertThat(config.doCheckBackupKeep("1001").kind).isEqualTo(FormValidation.Kind.ERROR);
    assertThat(config.doCheckBackupKeep("two").getMessage())
        .isEqualTo("A whole number of backups, e.g. 14");
    assertThat(config.doCheckBackupKeep(null).kind).isEqualTo(FormValidation.Kind.ERROR);
    assertThat(config(false).doCheckBackupKeep("0").kind).isEqualTo(FormValidation.Kind.OK);
  }
}
