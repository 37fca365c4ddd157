package io.cloudops.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format is a contract with the planning server and with data already on disk: each golden
 * fixture must read into its record and write back to exactly the same JSON.
 */
class GoldenWireFormatTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("aws_resource.json", AwsResource.class),
        Arguments.of("execution_plan.json", ExecutionPlan.class),
        Arguments.of("risk_assessment.json", RiskAssessment.class),
        Arguments.of("message.json", Message.class),
        Arguments.of("conversation.json", Conversation.class),
        Arguments.of("resource_filter.json", ResourceFilter.class),
        Arguments.of("execution_record.json", ExecutionRecord.class),
        Arguments.of("execution_result.json", ExecutionResult.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture_roundTripsUnchanged(String fixture, Class<?> type) throws IOException {
    JsonNode golden = Json.mapper().readTree(golden(fixture));

    Object value = Json.mapper().treeToValue(golden, type);
    JsonNode written = Json.tree(value);

    assertThat(written.equals(GoldenWireFormatTest::sameValue, golden))
        .as("written %s%nexpected %s", written, golden)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void writtenRecord_usesSnakeCaseTopLevelNames(String fixture, Class<?> type) throws IOException {
    Object value = Json.mapper().readValue(golden(fixture), type);

    Iterable<String> names = () -> Json.tree(value).fieldNames();

    assertThat(names).isNotEmpty().allMatch(name -> name.matches("[a-z0-9_]+"));
  }

  /** Numbers compare by value: 30 read as a long is the same as the fixture's 30. */
  private static int sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  static String golden(String name) throws IOException {
    try (InputStream in = GoldenWireFormatTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
