package io.cloudops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceQueryTest {

  @Test
  void parse_readsTextFacetsTagsAndPage() {
    ResourceQuery query =
        ResourceQuery.parse(
            QueryParameters.parse(
                "q=billing+db&type=rds%3Adb-instance&type=sqs:queue&env=prod&tag=team%3Dbilling"
                    + "&offset=50&limit=25&token=ignored"));

    assertThat(query.text()).isEqualTo("billing db");
    assertThat(query.selected())
        .containsEntry(Facet.TYPE, Set.of("rds:db-instance", "sqs:queue"))
        .containsEntry(Facet.ENV, Set.of("prod"))
        .hasSize(2);
    assertThat(query.tags()).isEqualTo(Map.of("team", "billing"));
    assertThat(query.offset()).isEqualTo(50);
    assertThat(query.limit()).isEqualTo(25);
  }

  @Test
  void parse_blankValues_countAsAbsent() {
    ResourceQuery query = ResourceQuery.parse(QueryParameters.parse("q=&type=&limit="));

    assertThat(query.text()).isEmpty();
    assertThat(query.selected()).isEmpty();
    assertThat(query.limit()).isEqualTo(ResourceQuery.DEFAULT_LIMIT);
  }

  @Test
  void parse_badInput_failsWithTheParameterName() {
    assertThatThrownBy(() -> ResourceQuery.parse(QueryParameters.parse("limit=0")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> ResourceQuery.parse(QueryParameters.parse("limit=501")))
        .hasMessageContaining("limit must be 1 to 500");
    assertThatThrownBy(() -> ResourceQuery.parse(QueryParameters.parse("offset=-1")))
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> ResourceQuery.parse(QueryParameters.parse("offset=ten")))
        .hasMessageContaining("offset must be a whole number");
    assertThatThrownBy(() -> ResourceQuery.parse(QueryParameters.parse("tag=team")))
        .hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> QueryParameters.parse("q=%zz"))
        .isInstanceOf(InvalidInputException.class);
  }
}
