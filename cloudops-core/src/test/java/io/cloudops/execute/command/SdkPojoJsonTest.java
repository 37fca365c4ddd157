package io.cloudops.execute.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.InvalidInputException;
import io.cloudops.execute.executor.SdkClients;
import io.cloudops.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Tag;

class SdkPojoJsonTest {

  @Test
  void params_fillTheRequest_byMemberNames() {
    CreateTagsRequest.Builder builder = CreateTagsRequest.builder();

    SdkPojoJson.fill(
        builder,
        json(
            "{\"Resources\":[\"i-1\"],\"Tags\":[{\"Key\":\"a\",\"Value\":\"$(id)\"}],\"DryRun\":true}"),
        "CreateTags");
    CreateTagsRequest request = builder.build();

    assertThat(request.resources()).containsExactly("i-1");
    assertThat(request.tags()).containsExactly(Tag.builder().key("a").value("$(id)").build());
    assertThat(request.dryRun()).isTrue();
  }

  @Test
  void unknownMember_isBadInput_namingTheKnownOnes() {
    assertThatThrownBy(
            () -> SdkPojoJson.fill(CreateTagsRequest.builder(), json("{\"Nope\":1}"), "CreateTags"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CreateTags has no parameter 'Nope'")
        .hasMessageContaining("Resources");
  }

  @Test
  void wrongType_isBadInput_withThePath() {
    assertThatThrownBy(
            () ->
                SdkPojoJson.fill(
                    CreateTagsRequest.builder(), json("{\"Resources\":\"i-1\"}"), "CreateTags"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("CreateTags.Resources must be a JSON array, got string");
  }

  @Test
  void response_becomesJson_byMemberNames() {
    DescribeInstancesResponse response =
        DescribeInstancesResponse.builder()
            .reservations(
                Reservation.builder()
                    .instances(
                        Instance.builder()
                            .instanceId("i-1")
                            .launchTime(Instant.parse("2026-11-25T18:00:00Z"))
                            .state(s -> s.name(InstanceStateName.STOPPED).code(80))
                            .build())
                    .build())
            .build();

    ObjectNode json = SdkPojoJson.toJson(response);

    assertThat(json.at("/Reservations/0/Instances/0/InstanceId").asText()).isEqualTo("i-1");
    assertThat(json.at("/Reservations/0/Instances/0/State/Name").asText()).isEqualTo("stopped");
    assertThat(json.at("/Reservations/0/Instances/0/State/Code").asInt()).isEqualTo(80);
    assertThat(json.at("/Reservations/0/Instances/0/LaunchTime").asText())
        .isEqualTo("2026-11-25T18:00:00Z");
  }

  @Test
  void ec2Operations_withDryRunMember_areDetected() {
    assertThat(SdkClients.supportsDryRun("ec2", "stop-instances")).isTrue();
    assertThat(SdkClients.supportsDryRun("ec2", "StopInstances")).isTrue();
    assertThat(SdkClients.supportsDryRun("s3", "CreateBucket")).isFalse();
    assertThat(SdkClients.supportsDryRun("ec2", "no-such-thing")).isFalse();
  }

  private static ObjectNode json(String text) {
    return Json.read(text, ObjectNode.class, "params");
  }
}
