package io.cloudops.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsResourceTest {

  private static AwsResource.Builder instance() {
    return AwsResource.builder()
        .id("i-1")
        .arn("arn:aws:ec2:eu-west-1:123456789012:instance/i-1")
        .resourceType("ec2:instance")
        .service("ec2")
        .name("web-1")
        .accountId("123456789012")
        .region("eu-west-1")
        .state("running")
        .tag("env", "prod")
        .property("instance_type", "t3.micro")
        .relate("vpc", "vpc-1");
  }

  @Test
  void contentHash_ignoresScanTime() {
    AwsResource first = instance().lastScanned(Instant.parse("2026-01-01T00:00:00Z")).build();
    AwsResource later = first.withLastScanned(Instant.parse("2026-06-01T00:00:00Z"));

    assertThat(later.contentHash()).isEqualTo(first.contentHash());
    assertThat(later.contentDiffers(first)).isFalse();
  }

  @Test
  void contentHash_changesWithState_tags_properties() {
    AwsResource base = instance().build();

    assertThat(instance().state("stopped").build().contentDiffers(base)).isTrue();
    assertThat(instance().tag("env", "staging").build().contentDiffers(base)).isTrue();
    assertThat(instance().property("instance_type", "m5.large").build().contentDiffers(base))
        .isTrue();
  }

  @Test
  void contentHash_doesNotDependOnTagInsertionOrder() {
    AwsResource ab = instance().tags(Map.of()).tag("a", "1").tag("b", "2").build();
    AwsResource ba = instance().tags(Map.of()).tag("b", "2").tag("a", "1").build();

    assertThat(ab.contentHash()).isEqualTo(ba.contentHash());
  }

  @Test
  void goldenResource_hashIsStable() throws Exception {
    AwsResource golden =
        Json.mapper()
            .readValue(GoldenWireFormatTest.golden("aws_resource.json"), AwsResource.class);

    AwsResource recomputed = golden.toBuilder().build();

    assertThat(recomputed.contentHash())
        .as("the hash recipe is part of the stored format; changing it re-embeds every resource")
        .isEqualTo(golden.contentHash());
  }

  @Test
  void properties_cannotBeChangedFromOutside() {
    AwsResource resource = instance().build();

    resource.properties().put("instance_type", "x1.32xlarge");

    assertThat(resource.properties().get("instance_type").asText()).isEqualTo("t3.micro");
  }

  @Test
  void collections_areImmutable() {
    AwsResource resource = instance().build();

    assertThatThrownBy(() -> resource.tags().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> resource.relationships().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void requiredFields_areNamedWhenMissing() {
    assertThatThrownBy(() -> instance().accountId(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("account_id");
  }

  @Test
  void key_isTheArn_orAComposite() {
    assertThat(instance().build().key()).startsWith("arn:aws:ec2:");
    assertThat(instance().arn(null).build().key())
        .isEqualTo("123456789012/eu-west-1/ec2:instance/i-1");
  }
}
