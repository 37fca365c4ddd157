package io.cloudops.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceFilterTest {

  private final AwsResource db =
      AwsResource.builder()
          .id("billing-prod-db")
          .resourceType("rds:db-instance")
          .service("rds")
          .accountId("111111111111")
          .region("eu-west-1")
          .state("available")
          .tag("env", "prod")
          .build();

  @Test
  void any_acceptsEverything() {
    assertThat(ResourceFilter.any().matches(db)).isTrue();
    assertThat(ResourceFilter.any().isEmpty()).isTrue();
  }

  @Test
  void eachField_narrows() {
    assertThat(ResourceFilter.byAccount("111111111111").matches(db)).isTrue();
    assertThat(ResourceFilter.byAccount("222222222222").matches(db)).isFalse();
    assertThat(ResourceFilter.byRegion("us-east-1").matches(db)).isFalse();
    assertThat(ResourceFilter.byType("rds:db-instance").matches(db)).isTrue();
    assertThat(ResourceFilter.any().withStates(Set.of("stopped")).matches(db)).isFalse();
  }

  @Test
  void tags_mustAllMatch() {
    assertThat(ResourceFilter.any().withTags(Map.of("env", "prod")).matches(db)).isTrue();
    assertThat(ResourceFilter.any().withTags(Map.of("env", "prod", "team", "x")).matches(db))
        .isFalse();
  }
}
