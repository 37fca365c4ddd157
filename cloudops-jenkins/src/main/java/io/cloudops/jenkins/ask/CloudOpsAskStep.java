package io.cloudops.jenkins.ask;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.cloudops.jenkins.services.CloudOpsServices;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code cloudopsAsk prompt: '...', conversation: '...', server: '...'}: returns the planning
 * server's answer as a Map.
 */
public class CloudOpsAskStep extends Step {

  private final String prompt;
  private String conversation;
  private String server;
  private transient CloudOpsServices services;

  @DataBoundConstructor
  public CloudOpsAskStep(String prompt) {
    this.prompt = prompt;
  }

  public String getPrompt() {
    return prompt;
  }

  public String getConversation() {
    return conversation;
  }

  /** The conversation id; default: the job's full name. */
  @DataBoundSetter
  public void setConversation(String conversation) {
    this.conversation = conversation == null || conversation.isBlank() ? null : conversation;
  }

  public String getServer() {
    return server;
  }

  /** A planning server URL instead of the configured one (the configured token is not sent). */
  @DataBoundSetter
  public void setServer(String server) {
    this.server = server == null || server.isBlank() ? null : server.strip();
  }

  /** For tests. */
  CloudOpsAskStep withServices(CloudOpsServices services) {
    this.services = services;
    return this;
  }

  @Override
  public StepExecution start(StepContext context) {
    return new AskExecution(
        this, context, services == null ? CloudOpsServices.defaults() : services);
  }

  /** The descriptor: function name {@code cloudopsAsk}. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }

    @Override
    public String getFunctionName() {
      return "cloudopsAsk";
    }

    @Override
    public String getDisplayName() {
      return "CloudOps: ask about or plan a change to the AWS estate";
    }
  }
}
