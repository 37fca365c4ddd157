package io.cloudops.jenkins.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.cloudops.jenkins.FakeJenkins;
import io.cloudops.jenkins.InMemoryStores;
import io.cloudops.jenkins.LocalPlanningServer;
import io.cloudops.jenkins.TestCredentials;
import io.cloudops.jenkins.TestRun;
import io.cloudops.jenkins.TestServices;
import io.cloudops.jenkins.TestStepContext;
import io.cloudops.jenkins.engines.CoreStoreProvider;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ExecutionPlan;
import io.cloudops.model.RiskLevel;
import io.cloudops.model.ServerResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudOpsAskStepTest {

  static final String TOKEN = "tok-7f3a9c-very-secret";

  static final String COMMAND =
      """
      {"response_type":"Command","content":"Stopping the idle dev instance.",
       "execution_plan":{"steps":[
         {"step_id":"1","command":"ec2","args":["stop-instances","--instance-ids","i-0abc1234"],
          "description":"stop <b>it</b>"}],
        "estimated_duration":20},
       "requires_approval":true,
       "risk_assessment":{"level":"Medium","summary":"changes one instance","reasons":["write"]}}
      """;

  @TempDir Path home;
  private FakeJenkins jenkins;
  private InMemoryStores stores;
  private LocalPlanningServer server;

  @BeforeEach
  void setUp() throws Exception {
    jenkins = new FakeJenkins(home).add(TestCredentials.secretText("planner-token", TOKEN));
    stores =
        new InMemoryStores()
            .add(
                AwsResource.builder()
                    .id("i-0abc1234")
                    .resourceType("ec2:instance")
                    .service("ec2")
                    .name("dev-box")
                    .accountId("123456789012")
                    .region("eu-west-1")
                    .build());
    server = new LocalPlanningServer(COMMAND);
    jenkins.configuration().setServerUrl(server.url());
    jenkins.configuration().setServerCredentialsId("planner-token");
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private TestStepContext ask(CloudOpsAskStep step, TestRun run) throws Exception {
    TestStepContext context = new TestStepContext(run);
    step.withServices(new TestServices(jenkins).with(stores)).start(context).start();
    return context;
  }

  @Test
  void ask_returnsTheAnswerAsAMapWithPlanRiskAndDigest() throws Exception {
    TestStepContext context = ask(new CloudOpsAskStep("stop dev-box"), new TestRun("team/app", 7));

    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) context.await();

    ExecutionPlan plan = Json.read(COMMAND, ServerResponse.class, "t").plan().orElseThrow();
    assertThat(result)
        .containsEntry("type", "Command")
        .containsEntry("content", "Stopping the idle dev instance.")
        .containsEntry("risk", "Medium")
        .containsEntry("reasons", List.of("write"))
        .containsEntry("requiresApproval", true)
        .containsEntry("planDigest", plan.digest());
    assertThat((List<?>) result.get("plan")).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> first = ((List<Map<String, Object>>) result.get("plan")).get(0);
    assertThat(first)
        .containsEntry("step_id", "1")
        .containsEntry("args", List.of("stop-instances", "--instance-ids", "i-0abc1234"));
  }

  @Test
  void ask_sendsTheTokenAsBearer_groundsInTheStore_andRecordsTheConversation() throws Exception {
    TestRun run = new TestRun("team/app", 7).startedBy("alice");
    ask(new CloudOpsAskStep("stop dev-box"), run).await();

    LocalPlanningServer.Received received = server.received().get(0);
    assertThat(received.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(Json.mapper().readTree(received.body()).path("context_id").asText())
        .isEqualTo("team/app");
    assertThat(Json.mapper().readTree(received.body()).at("/user_context/user").asText())
        .isEqualTo("alice");
    assertThat(Json.mapper().readTree(received.body()).at("/identified_resources/0/id").asText())
        .isEqualTo("i-0abc1234");
    assertThat(stores.messages("team/app")).hasSize(2);
    assertThat(stores.allClosed()).isTrue();
    assertThat(jenkins.tracked()).contains("planner-token");
  }

  @Test
  void ask_usesTheGivenConversation() throws Exception {
    CloudOpsAskStep step = new CloudOpsAskStep("stop dev-box");
    step.setConversation("ops-weekly");
    ask(step, new TestRun("team/app", 7)).await();

    assertThat(Json.mapper().readTree(server.received().get(0).body()).path("context_id").asText())
        .isEqualTo("ops-weekly");
    assertThat(stores.messages("ops-weekly")).hasSize(2);
  }

  @Test
  void ask_logsMatchedResourcesAndTheAnswer_butNeverTheToken() throws Exception {
    server.close();
    server =
        new LocalPlanningServer(
            COMMAND.replace("Stopping the idle", "Token " + TOKEN + " stopping the idle"));
    jenkins.configuration().setServerUrl(server.url());

    TestStepContext context = ask(new CloudOpsAskStep("stop dev-box"), new TestRun("app", 1));
    context.await();

    assertThat(context.log())
        .contains("matched 1 resource(s)")
        .contains("ec2:instance i-0abc1234 (dev-box) in 123456789012/eu-west-1")
        .contains("stopping the idle dev instance")
        .contains("aws ec2 stop-instances --instance-ids i-0abc1234")
        .contains("risk Medium")
        .doesNotContain(TOKEN);
  }

  @Test
  void ask_keepsThePlanWithTheRun() throws Exception {
    TestRun run = new TestRun("app", 3);
    ask(new CloudOpsAskStep("stop dev-box"), run).await();

    CloudOpsPlanAction action = run.getAction(CloudOpsPlanAction.class);
    assertThat(action).isNotNull();
    assertThat(action.getRun()).isSameAs(run);
    assertThat(action.getRiskLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(action.getReasons()).containsExactly("write");
    assertThat(action.getSteps())
        .extracting(CloudOpsPlanAction.StepView::what)
        .containsExactly("aws ec2 stop-instances --instance-ids i-0abc1234");
    assertThat(action.plan().digest()).isEqualTo(action.getDigest());
    assertThat(CloudOpsPlanAction.find(run, action.getDigest())).containsSame(action);
  }

  @Test
  void ask_withAServerOverride_doesNotSendTheConfiguredToken() throws Exception {
    LocalPlanningServer other = new LocalPlanningServer(COMMAND);
    try {
      CloudOpsAskStep step = new CloudOpsAskStep("stop dev-box");
      step.setServer(other.url());
      TestStepContext context = ask(step, new TestRun("app", 1));
      context.await();

      assertThat(other.received()).hasSize(1);
      assertThat(other.received().get(0).authorization()).isNull();
      assertThat(server.received()).isEmpty();
      assertThat(context.log()).contains("token is not sent to the overriding server");
    } finally {
      other.close();
    }
  }

  @Test
  void ask_withoutAServerUrl_abortsSayingWhereToSetIt() {
    jenkins.configuration().setServerUrl(null);

    assertThatThrownBy(() -> ask(new CloudOpsAskStep("hi"), new TestRun("app", 1)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("Planning server URL")
        .hasMessageContaining("server:");
  }

  @Test
  void ask_withMissingTokenCredentials_aborts() {
    jenkins.configuration().setServerCredentialsId("nope");

    assertThatThrownBy(() -> ask(new CloudOpsAskStep("hi"), new TestRun("app", 1)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("'nope' were not found");
  }

  @Test
  void ask_withAnEmptyPrompt_abortsWithTheCoresMessage() {
    assertThatThrownBy(() -> ask(new CloudOpsAskStep(" "), new TestRun("app", 1)).await())
        .isInstanceOf(AbortException.class)
        .hasMessageContaining("the prompt is empty");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void ask_whenTheStoreCannotOpen_abortsWithOneLineSayingWhere() throws Exception {
    // JENKINS_HOME/cloudops is a file, so the controller's data dir cannot be created
    Files.writeString(home.resolve("cloudops"), "not a directory");
    TestStepContext context = new TestStepContext(new TestRun("app", 1));
    assertThatThrownBy(
            () -> {
              new CloudOpsAskStep("hi")
                  .withServices(new TestServices(jenkins).with(new CoreStoreProvider()))
                  .start(context)
                  .start();
              context.await();
            })
        .isInstanceOf(AbortException.class)
        .hasMessageStartingWith("CloudOps: the store could not be opened: ")
        .hasMessageContaining("cloudops")
        .hasMessageNotContaining("CLOUDOPS_");
  }

  @Test
  void ask_storeSettings_putTheEmbeddedStoreUnderJenkinsHome() throws Exception {
    ask(new CloudOpsAskStep("stop dev-box"), new TestRun("app", 1)).await();

    assertThat(stores.lastSettings().dataDir()).isEqualTo(home.resolve("cloudops"));
  }
}
