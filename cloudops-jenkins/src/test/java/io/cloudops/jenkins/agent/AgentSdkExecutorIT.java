package io.cloudops.jenkins.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.FilePath;
import io.cloudops.Secret;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.execute.executor.Cancellation;
import io.cloudops.execute.executor.ExecutorContext;
import io.cloudops.execute.executor.SecretMasker;
import io.cloudops.execute.executor.StepOutcome;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionStatus;
import io.cloudops.model.PlannedStep;
import io.cloudops.model.StepKind;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An SDK step and the account lookup run as callables on the node, against moto. */
@ExtendWith(MotoExtension.class)
class AgentSdkExecutorIT {

  private static final String SECRET = "agent-sdk-secret-key-0000000000000001";

  @TempDir Path workspace;

  @Test
  void anSdkStep_runsOnTheNode_andItsOutputStreamsBackMasked(MotoServer moto) throws Exception {
    WorkPlace node =
        new WorkPlace(
            Optional.of(new FilePath(workspace.toFile())), Optional.empty(), "node 'linux'");
    AwsCredentialsSpec.StaticKeys keys =
        new AwsCredentialsSpec.StaticKeys("AKIAAGENTSDK00001", Secret.of(SECRET), null);
    List<String> lines = new CopyOnWriteArrayList<>();
    PlannedStep step =
        new PlannedStep(
            "1",
            null,
            null,
            "create a bucket",
            StepKind.AWS_SDK,
            "s3",
            "CreateBucket",
            Json.read("{\"Bucket\":\"agent-sdk-bucket\"}", ObjectNode.class, "params"),
            null);
    ExecutorContext context =
        new ExecutorContext(
            "exec-1",
            MotoServer.DEFAULT_REGION,
            Map.of("AWS_ACCESS_KEY_ID", keys.accessKeyId(), "AWS_SECRET_ACCESS_KEY", SECRET),
            moto.endpoint(),
            workspace,
            Duration.ofSeconds(60),
            false,
            new Cancellation(),
            new SecretMasker(List.of(Secret.of(SECRET))),
            lines::add);

    StepOutcome outcome;
    try (AwsClientFactory clients = AwsClientFactory.builder().credentials(keys).build()) {
      outcome = new AgentSdkExecutor(clients, node).run(step, context);
    }

    assertThat(outcome.status()).as(outcome.error()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(outcome.argv()).startsWith("sdk", "s3", "CreateBucket");
    assertThat(String.join("\n", lines)).contains("agent-sdk-bucket").doesNotContain(SECRET);
    assertThat(CallerAccount.on(node, keys, moto.endpoint()))
        .isEqualTo(MotoServer.DEFAULT_ACCOUNT_ID);
  }
}
