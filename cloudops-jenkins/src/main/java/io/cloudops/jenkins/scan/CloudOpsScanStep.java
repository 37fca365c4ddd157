package io.cloudops.jenkins.scan;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.cloudops.jenkins.DefaultJenkinsFacade;
import io.cloudops.jenkins.JenkinsFacade;
import io.cloudops.jenkins.credentials.AwsCredentialItems;
import io.cloudops.jenkins.services.CloudOpsServices;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code cloudopsScan credentialsId: '...', regions: 'eu-west-1, us-east-1', services: 'ec2, s3',
 * incremental: true, roleArn: '...', externalId: '...', accounts: '...', unstableOnErrors: true}.
 * Lists are comma-separated.
 */
public class CloudOpsScanStep extends Step {

  private String credentialsId;
  private String regions;
  private String services;
  private boolean incremental;
  private String roleArn;
  private String externalId;
  private String accounts;
  private boolean unstableOnErrors;
  private transient CloudOpsServices overrides;

  @DataBoundConstructor
  public CloudOpsScanStep() {}

  public String getCredentialsId() {
    return credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = blankToNull(credentialsId);
  }

  public String getRegions() {
    return regions;
  }

  @DataBoundSetter
  public void setRegions(String regions) {
    this.regions = blankToNull(regions);
  }

  public String getServices() {
    return services;
  }

  @DataBoundSetter
  public void setServices(String services) {
    this.services = blankToNull(services);
  }

  public boolean isIncremental() {
    return incremental;
  }

  @DataBoundSetter
  public void setIncremental(boolean incremental) {
    this.incremental = incremental;
  }

  public String getRoleArn() {
    return roleArn;
  }

  @DataBoundSetter
  public void setRoleArn(String roleArn) {
    this.roleArn = blankToNull(roleArn);
  }

  public String getExternalId() {
    return externalId;
  }

  @DataBoundSetter
  public void setExternalId(String externalId) {
    this.externalId = blankToNull(externalId);
  }

  public String getAccounts() {
    return accounts;
  }

  @DataBoundSetter
  public void setAccounts(String accounts) {
    this.accounts = blankToNull(accounts);
  }

  public boolean isUnstableOnErrors() {
    return unstableOnErrors;
  }

  /** Mark the build UNSTABLE (instead of only logging) when some slices failed. */
  @DataBoundSetter
  public void setUnstableOnErrors(boolean unstableOnErrors) {
    this.unstableOnErrors = unstableOnErrors;
  }

  /** For tests. */
  CloudOpsScanStep withServices(CloudOpsServices services) {
    this.overrides = services;
    return this;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new ScanExecution(this, context, overrides);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The descriptor: function name {@code cloudopsScan}. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    private transient JenkinsFacade jenkins;

    /** For tests. */
    DescriptorImpl withJenkins(JenkinsFacade facade) {
      this.jenkins = facade;
      return this;
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, EnvVars.class);
    }

    @Override
    public String getFunctionName() {
      return "cloudopsScan";
    }

    @Override
    public String getDisplayName() {
      return "CloudOps: scan the AWS estate into the store";
    }

    /** AWS credentials the job may use; only for users who may configure it. */
    @POST
    public ListBoxModel doFillCredentialsIdItems(
        @AncestorInPath Item item, @QueryParameter String credentialsId) {
      return AwsCredentialItems.of(facade(), item, credentialsId);
    }

    private JenkinsFacade facade() {
      return jenkins == null ? new DefaultJenkinsFacade() : jenkins;
    }
  }
}
