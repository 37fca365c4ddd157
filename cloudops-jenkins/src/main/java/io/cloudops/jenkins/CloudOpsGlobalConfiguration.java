package io.cloudops.jenkins;

import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.Extension;
import hudson.model.Item;
import hudson.scheduler.CronTabList;
import hudson.scheduler.Hash;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.cloudops.InvalidInputException;
import io.cloudops.ask.ServerEndpoint;
import io.cloudops.config.HttpUrls;
import io.cloudops.config.StoreKind;
import io.cloudops.execute.approval.ApprovalPolicy;
import io.cloudops.model.RiskLevel;
import io.cloudops.store.backends.Stores;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * CloudOps in Manage Jenkins, System (and JCasC: {@code unclassified: cloudops: ...}). Secrets are
 * kept as credential ids or {@link Secret}, never as plain strings. Form fill and check methods
 * answer POST only and only to administrators.
 */
@Extension
@Symbol("cloudops")
public class CloudOpsGlobalConfiguration extends GlobalConfiguration {

  static final int DEFAULT_APPROVAL_VALIDITY_HOURS =
      (int) ApprovalPolicy.DEFAULT_VALIDITY.toHours();

  /** How many backups retention keeps when none is configured. */
  public static final int DEFAULT_BACKUP_KEEP = 14;

  static final int MAX_BACKUP_KEEP = 1000;

  private StoreKind storeKind = StoreKind.EMBEDDED;
  private String qdrantUrl;
  private String qdrantCredentialsId;
  private String serverUrl;
  private String serverCredentialsId;
  private String mediumApprovers;
  private String highApprovers;
  private int approvalValidityHours = DEFAULT_APPROVAL_VALIDITY_HOURS;
  private Secret encryptionKey;
  private String backupBucket;
  private String backupSchedule;
  private int backupKeep = DEFAULT_BACKUP_KEEP;
  private boolean allowControllerDefaultCredentials;
  private boolean allowControllerExecution;
  private String awsCli;

  private transient JenkinsFacade jenkins;

  @DataBoundConstructor
  public CloudOpsGlobalConfiguration() {
    load();
  }

  /** For tests: the facade the form methods check permissions with. */
  CloudOpsGlobalConfiguration withJenkins(JenkinsFacade facade) {
    this.jenkins = facade;
    return this;
  }

  private JenkinsFacade jenkins() {
    return jenkins == null ? new DefaultJenkinsFacade() : jenkins;
  }

  /**
   * The line this page shows when semantic search is off (the CloudOps Embeddings plugin is not
   * installed), or null.
   */
  public String getSemanticSearchNotice() {
    return SemanticSearchNotice.of(Stores.semanticSearch()).orElse(null);
  }

  @Override
  public String getDisplayName() {
    return "CloudOps";
  }

  public StoreKind getStoreKind() {
    return storeKind == null ? StoreKind.EMBEDDED : storeKind;
  }

  @DataBoundSetter
  public void setStoreKind(StoreKind storeKind) {
    this.storeKind = storeKind == null ? StoreKind.EMBEDDED : storeKind;
    save();
  }

  public String getQdrantUrl() {
    return qdrantUrl;
  }

  @DataBoundSetter
  public void setQdrantUrl(String qdrantUrl) {
    this.qdrantUrl = blankToNull(qdrantUrl);
    save();
  }

  public String getQdrantCredentialsId() {
    return qdrantCredentialsId;
  }

  @DataBoundSetter
  public void setQdrantCredentialsId(String qdrantCredentialsId) {
    this.qdrantCredentialsId = blankToNull(qdrantCredentialsId);
    save();
  }

  public String getServerUrl() {
    return serverUrl;
  }

  @DataBoundSetter
  public void setServerUrl(String serverUrl) {
    this.serverUrl = blankToNull(serverUrl);
    save();
  }

  public String getServerCredentialsId() {
    return serverCredentialsId;
  }

  @DataBoundSetter
  public void setServerCredentialsId(String serverCredentialsId) {
    this.serverCredentialsId = blankToNull(serverCredentialsId);
    save();
  }

  public String getMediumApprovers() {
    return mediumApprovers;
  }

  @DataBoundSetter
  public void setMediumApprovers(String mediumApprovers) {
    this.mediumApprovers = blankToNull(mediumApprovers);
    save();
  }

  public String getHighApprovers() {
    return highApprovers;
  }

  @DataBoundSetter
  public void setHighApprovers(String highApprovers) {
    this.highApprovers = blankToNull(highApprovers);
    save();
  }

  public int getApprovalValidityHours() {
    return approvalValidityHours < 1 ? DEFAULT_APPROVAL_VALIDITY_HOURS : approvalValidityHours;
  }

  @DataBoundSetter
  public void setApprovalValidityHours(int approvalValidityHours) {
    this.approvalValidityHours = approvalValidityHours;
    save();
  }

  public Secret getEncryptionKey() {
    return encryptionKey;
  }

  @DataBoundSetter
  public void setEncryptionKey(Secret encryptionKey) {
    this.encryptionKey =
        encryptionKey == null || encryptionKey.getPlainText().isEmpty() ? null : encryptionKey;
    save();
  }

  public String getBackupBucket() {
    return backupBucket;
  }

  @DataBoundSetter
  public void setBackupBucket(String backupBucket) {
    this.backupBucket = blankToNull(backupBucket);
    save();
  }

  public String getBackupSchedule() {
    return backupSchedule;
  }

  @DataBoundSetter
  public void setBackupSchedule(String backupSchedule) {
    this.backupSchedule = blankToNull(backupSchedule);
    save();
  }

  /** How many backups retention keeps after each scheduled backup (the newest ones). */
  public int getBackupKeep() {
    return backupKeep < 1 ? DEFAULT_BACKUP_KEEP : backupKeep;
  }

  @DataBoundSetter
  public void setBackupKeep(int backupKeep) {
    this.backupKeep = backupKeep;
    save();
  }

  public boolean isAllowControllerDefaultCredentials() {
    return allowControllerDefaultCredentials;
  }

  @DataBoundSetter
  public void setAllowControllerDefaultCredentials(boolean allowControllerDefaultCredentials) {
    this.allowControllerDefaultCredentials = allowControllerDefaultCredentials;
    save();
  }

  /** Whether steps outside {@code node {}} may run their AWS work on the controller. */
  public boolean isAllowControllerExecution() {
    return allowControllerExecution;
  }

  @DataBoundSetter
  public void setAllowControllerExecution(boolean allowControllerExecution) {
    this.allowControllerExecution = allowControllerExecution;
    save();
  }

  /**
   * The AWS CLI v2 binary on the node that runs a plan; null: {@code /usr/bin/aws}, else {@code
   * aws} on that node's PATH.
   */
  public String getAwsCli() {
    return awsCli;
  }

  @DataBoundSetter
  public void setAwsCli(String awsCli) {
    this.awsCli = awsCli == null || awsCli.isBlank() ? null : awsCli.strip();
    save();
  }

  /** The configured approvers for a risk level; Low needs none. */
  public Set<String> approversFor(RiskLevel level) {
    if (level == RiskLevel.HIGH) {
      return UserIds.parse(highApprovers);
    }
    return level == RiskLevel.MEDIUM ? UserIds.parse(mediumApprovers) : Set.of();
  }

  /** How long an approval stays valid. */
  public Duration approvalValidity() {
    return Duration.ofHours(getApprovalValidityHours());
  }

  /**
   * The core's approval policy with the configured approvers and validity, approver ids in the
   * spelling {@code idKey} gives (Jenkins's user id strategy), so the plugin and the engine decide
   * with the same rules and numbers.
   */
  public ApprovalPolicy approvalPolicy(UnaryOperator<String> idKey) {
    return ApprovalPolicy.named(
        keys(approversFor(RiskLevel.MEDIUM), idKey),
        keys(approversFor(RiskLevel.HIGH), idKey),
        approvalValidity());
  }

  private static Set<String> keys(Set<String> ids, UnaryOperator<String> idKey) {
    Set<String> keys = new LinkedHashSet<>();
    ids.forEach(id -> keys.add(idKey.apply(id)));
    return keys;
  }

  // ---- form methods: POST only, administrators only ----

  @POST
  public ListBoxModel doFillStoreKindItems() {
    ListBoxModel items = new ListBoxModel();
    if (!isAdministrator()) {
      return items;
    }
    items.add("Embedded (under JENKINS_HOME/cloudops)", StoreKind.EMBEDDED.name());
    items.add("Qdrant server", StoreKind.QDRANT.name());
    return items;
  }

  @POST
  public ListBoxModel doFillServerCredentialsIdItems(@QueryParameter String serverCredentialsId) {
    return secretTextCredentials(serverCredentialsId);
  }

  @POST
  public ListBoxModel doFillQdrantCredentialsIdItems(@QueryParameter String qdrantCredentialsId) {
    return secretTextCredentials(qdrantCredentialsId);
  }

  @POST
  public FormValidation doCheckServerUrl(@QueryParameter String value) {
    if (!isAdministrator()) {
      return FormValidation.ok();
    }
    if (value == null || value.isBlank()) {
      return FormValidation.warning("cloudopsAsk needs a planning server URL (or a step override)");
    }
    try {
      ServerEndpoint.of(new URI(value.strip()));
      return FormValidation.ok();
    } catch (URISyntaxException | InvalidInputException e) {
      return FormValidation.error(
          "Not an absolute http(s) URL, e.g. https://ops.example.com/cloudops");
    }
  }

  @POST
  public FormValidation doCheckQdrantUrl(
      @QueryParameter String value, @QueryParameter String storeKind) {
    if (!isAdministrator()) {
      return FormValidation.ok();
    }
    if (!StoreKind.QDRANT.name().equals(storeKind) && (value == null || value.isBlank())) {
      return FormValidation.ok();
    }
    return httpUrlProblem(value) == null
        ? FormValidation.ok()
        : FormValidation.error(httpUrlProblem(value));
  }

  @POST
  public FormValidation doCheckMediumApprovers(@QueryParameter String value) {
    return checkApprovers(value, 1);
  }

  @POST
  public FormValidation doCheckHighApprovers(@QueryParameter String value) {
    return checkApprovers(value, 2);
  }

  @POST
  public FormValidation doCheckApprovalValidityHours(@QueryParameter String value) {
    if (!isAdministrator()) {
      return FormValidation.ok();
    }
    try {
      int hours = Integer.parseInt(value.strip());
      return hours >= 1 && hours <= 24 * 30
          ? FormValidation.ok()
          : FormValidation.error("Use 1 to 720 hours");
    } catch (NumberFormatException | NullPointerException e) {
      return FormValidation.error("A whole number of hours, e.g. 24");
    }
  }

  @POST
  public FormValidation doCheckBackupSchedule(
      @QueryParameter String value, @QueryParameter String backupBucket) {
    if (!isAdministrator()) {
      return FormValidation.ok();
    }
    if (value == null || value.isBlank()) {
      return backupBucket == null || backupBucket.isBlank()
          ? FormValidation.ok()
          : FormValidation.warning("No backups run without a schedule, e.g. H 2 * * *");
    }
    // as "Build periodically" checks its spec: TimerTrigger.DescriptorImpl#doCheckSpec
    // (jenkinsci/jenkins, jenkins-2.541.3, core/src/main/java/hudson/triggers/TimerTrigger.java
    // lines 90-107): the parser's one-line error, else its sanity warning
    try {
      CronTabList tabs =
          CronTabList.create(
              value.strip(), Hash.from(backupBucket == null ? "" : backupBucket.strip()));
      String sanity = tabs.checkSanity();
      return sanity == null ? FormValidation.ok() : FormValidation.warning(sanity);
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }

  @POST
  public FormValidation doCheckBackupKeep(@QueryParameter String value) {
    if (!isAdministrator()) {
      return FormValidation.ok();
    }
    try {
      int keep = Integer.parseInt(value.strip());
      return keep >= 1 && keep <= MAX_BACKUP_KEEP
          ? FormValidation.ok()
          : FormValidation.error("Keep 1 to " + MAX_BACKUP_KEEP + " backups");
    } catch (NumberFormatException | NullPointerException e) {
      return FormValidation.error("A whole number of backups, e.g. " + DEFAULT_BACKUP_KEEP);
    }
  }

  private FormValidation checkApprovers(String value, int needed) {
    if (!isAdministrator()) {
      return FormValidation.ok();
    }
    String problem = UserIds.problem(value);
    if (problem != null) {
      return FormValidation.error(problem);
    }
    int count = UserIds.parse(value).size();
    if (count < needed) {
      return FormValidation.warning(
          "Plans at this level need "
              + needed
              + " distinct approver(s) who did not start the build; list at least "
              + (needed + 1)
              + " users");
    }
    return FormValidation.ok();
  }

  private ListBoxModel secretTextCredentials(String current) {
    StandardListBoxModel model = new StandardListBoxModel();
    if (!isAdministrator()) {
      model.includeCurrentValue(current == null ? "" : current);
      return model;
    }
    model
        .includeEmptyValue()
        .include((Item) null, StringCredentials.class)
        .includeCurrentValue(current == null ? "" : current);
    return model;
  }

  private boolean isAdministrator() {
    return jenkins().hasPermission(Jenkins.ADMINISTER, null);
  }

  static String httpUrlProblem(String value) {
    return HttpUrls.problem(value)
        .map(problem -> "Not usable (" + problem + "); use e.g. " + HttpUrls.QDRANT_EXAMPLE)
        .orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
