package io.cloudops.store.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void environments_readTagValuesIgnoringCaseAndHyphens() {
    Environments environments = Environments.bundled();

    assertThat(environments.of("Prod")).contains("production");
    assertThat(environments.of("live")).contains("production");
    assertThat(environments.of("Pre-Prod")).contains("staging");
    assertThat(environments.of("dev")).contains("development");
    assertThat(environments.of("blue")).isEmpty();
  }

  @Test
  void environmentPhrases_preferTheLongest_soPreProdIsNotProd() {
    assertThat(Environments.bundled().phrases().find(Words.of("pre-prod mysql")))
        .singleElement()
        .satisfies(found -> assertThat(found.values()).containsExactly("staging"));
  }

  @Test
  void tagRoles_readKeysIgnoringCase() {
    assertThat(TagRoles.bundled().of("Owner")).contains(TagRoles.Role.OWNER);
    assertThat(TagRoles.bundled().of("department")).contains(TagRoles.Role.TEAM);
    assertThat(TagRoles.bundled().of("stage")).contains(TagRoles.Role.ENVIRONMENT);
    assertThat(TagRoles.bundled().of("Name")).isEmpty();
  }

  @Test
  void instanceFamilies_sayWhatATypeIsFor() {
    InstanceFamilies families = InstanceFamilies.bundled();

    assertThat(families.purposes("p3.2xlarge")).contains("GPU");
    assertThat(families.purposes("r5.large")).containsExactly("memory optimized");
    assertThat(families.purposes("db.r6g.large"))
        .containsExactly("memory optimized", "Graviton Arm");
    assertThat(families.purposes("t3.micro")).contains("burstable");
    assertThat(families.purposes("inf2.xlarge")).contains("machine learning inference");
    assertThat(families.purposes("weird")).isEmpty();
  }

  @Test
  void engines_andGlossary_nameWhatTheyKnow() {
    assertThat(Engines.bundled().name("aurora-postgresql")).contains("Aurora PostgreSQL");
    assertThat(Engines.bundled().name("cassandra")).isEmpty();
    assertThat(Glossary.bundled().meaning("Jenkins")).hasValueSatisfying(m -> m.contains("build"));
    assertThat(Glossary.bundled().meaning("db")).contains("database");
  }
}
