package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.config.StoreKind;
import io.cloudops.model.RiskLevel;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.time.Duration;
import jenkins.model.GlobalConfiguration;
import org.junit.jupiter.api.Test;

/** The global configuration is JCasC-compatible ({@code unclassified: cloudops:}). */
class ConfigurationAsCodeTest {

  @Test
  @WithJenkinsConfiguredWithCode
  @ConfiguredWithCode("cloudops-casc.yml")
  void everyFieldIsConfigurableFromYaml(JenkinsConfiguredWithCodeRule r) {
    CloudOpsGlobalConfiguration config =
        GlobalConfiguration.all().get(CloudOpsGlobalConfiguration.class);

    assertThat(config.getStoreKind()).isEqualTo(StoreKind.QDRANT);
    assertThat(config.getQdrantUrl()).isEqualTo("http://qdrant.internal:6333");
    assertThat(config.getQdrantCredentialsId()).isEqualTo("qdrant-api-key");
    assertThat(config.getServerUrl()).isEqualTo("https://ops.example.com/cloudops");
    assertThat(config.getServerCredentialsId()).isEqualTo("cloudops-planner-token");
    assertThat(config.approversFor(RiskLevel.HIGH)).containsExactly("bob", "carol", "dave");
    assertThat(config.approvalValidity()).isEqualTo(Duration.ofHours(12));
    assertThat(config.getEncryptionKey().getPlainText()).isEqualTo("store-key-from-casc");
    assertThat(config.getBackupBucket()).isEqualTo("my-cloudops-backups");
    assertThat(config.getBackupSchedule()).isEqualTo("H 2 * * *");
    assertThat(config.isAllowControllerDefaultCredentials()).isFalse();
  }
}
