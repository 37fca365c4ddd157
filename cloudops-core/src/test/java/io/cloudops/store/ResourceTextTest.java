package io.cloudops.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.model.AwsResource;
import org.junit.jupiter.api.Test;

class ResourceTextTest {

  private final AwsResource db =
      AwsResource.builder()
          .id("db-7")
          .name("billing-prod-db")
          .resourceType("rds:db-instance")
          .service("rds")
          .accountId("111111111111")
          .region("eu-west-1")
          .state("available")
          .tag("team", "billing")
          .property("engine", "postgres")
          .property("master_password_hint", "hunter2")
          .build();

  @Test
  void lexical_holdsClearFieldsOnly_neverProperties() {
    String text = ResourceText.lexical(db);

    assertThat(text)
        .contains("RDS relational SQL database instance", "billing-prod-db", "db-7", "eu-west-1")
        .contains("111111111111", "team billing", "available")
        .doesNotContain("postgres", "hunter2");
  }

  @Test
  void semantic_describesTheResource_withKeyPropertiesOnly() {
    String text = ResourceText.semantic(db);

    assertThat(text)
        .contains("database", "billing prod (production) db (database)", "engine postgres")
        .doesNotContain("hunter2", "111111111111", "db-7");
  }

  @Test
  void unknownType_becomesItsWords() {
    assertThat(ResourceText.typeWords("glue:crawler")).isEqualTo("glue crawler");
    assertThat(ResourceText.nameWords("etl_stg.job"))
        .isEqualTo("etl (ETL data pipeline) stg (staging) job");
  }
}
