package io.cloudops.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceMentionsTest {

  @Test
  void findsIdsArnsAndNames_inPromptOrder() {
    assertThat(
            ResourceMentions.in(
                "Stop i-0abc1234def567890 and snapshot vol-0123abcd, then check "
                    + "arn:aws:rds:eu-west-1:123456789012:db:billing-prod-db. Is billing-prod-db ok?"))
        .containsExactly(
            "arn:aws:rds:eu-west-1:123456789012:db:billing-prod-db",
            "i-0abc1234def567890",
            "vol-0123abcd",
            "billing-prod-db");
  }

  @Test
  void ignoresPlainWords() {
    assertThat(ResourceMentions.in("Which database is the billing prod one?")).isEmpty();
  }

  @Test
  void bucketNamesWithDots_areNames() {
    assertThat(ResourceMentions.in("Is logs.example-corp public?")).contains("logs.example-corp");
  }
}
