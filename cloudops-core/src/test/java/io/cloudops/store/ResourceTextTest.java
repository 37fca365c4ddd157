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
          .tag("Env", "prod")
          .tag("Owner", "dave.kowalski@example.com")
          .tag("department", "finance")
          .property("engine", "postgres")
          .property("db_instance_class", "db.r6g.large")
          .property("master_password_hint", "hunter2")
          .build();

  @Test
  void lexical_holdsClearFieldsOnly_neverProperties() {
    String text = ResourceText.lexical(db);

    assertThat(text)
        .contains("RDS relational SQL database instance", "billing-prod-db", "db-7", "eu-west-1")
        .contains("111111111111", "team billing", "available")
        .doesNotContain("postgres", "PostgreSQL", "r6g", "memory optimized", "hunter2");
  }

  @Test
  void lexical_saysWhatTagsAndRegionMean_inEveryWordTheyAreSaidBy() {
    String text = ResourceText.lexical(db);

    assertThat(text)
        .contains("environment production prod prd live")
        .contains("owned by dave kowalski")
        .contains("department finance (team finance)")
        .contains("Europe (Ireland)", "Dublin", "Irish");
  }

  @Test
  void lexical_writesEnvironmentSynonymsAsSingleWords_soPreProdIsNotProd() {
    AwsResource staging = db.toBuilder().name("billing-stg-db").tag("Env", "pre-prod").build();

    assertThat(ResourceText.lexical(staging))
        .contains("Env environment staging stage stg preproduction preprod prelive uat")
        .doesNotContain("prod (production)", "pre-prod");
  }

  @Test
  void semantic_describesTheResource_withKeyPropertiesOnly() {
    String text = ResourceText.semantic(db);

    assertThat(text)
        .contains("database", "billing prod (production) db (database)", "engine PostgreSQL")
        .contains("production, owned by dave kowalski", "team finance", "in Ireland.")
        .contains("db instance class db.r6g.large memory optimized, Graviton Arm")
        .doesNotContain("hunter2", "111111111111", "db-7", "eu-west-1");
  }

  @Test
  void nameWords_explainWellKnownProducts() {
    assertThat(ResourceText.nameWords("jenkins-01"))
        .isEqualTo("jenkins (CI continuous integration build server, automation server) 01");
  }

  @Test
  void unknownType_becomesItsWords() {
    assertThat(ResourceText.typeWords("glue:crawler")).isEqualTo("glue crawler");
    assertThat(ResourceText.nameWords("etl_stg.job"))
        .isEqualTo("etl (ETL data pipeline) stg (staging) job");
  }
}
