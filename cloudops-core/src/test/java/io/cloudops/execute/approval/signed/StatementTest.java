package io.cloudops.execute.approval.signed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static final String DIGEST = "d".repeat(64);
  private static final Instant TIME = Instant.parse("2026-12-01T20:15:00.123Z");

  @Test
  void message_isCanonical_andParsesBack() {
    Statement statement =
        new Statement(StatementKind.APPROVAL, DIGEST, "alice@example.com", TIME, "checked ids");

    assertThat(statement.message())
        .isEqualTo(
            "cloudops-statement v1\nkind: approval\nplan-digest: "
                + DIGEST
                + "\nprincipal: alice@example.com\ntime: 2026-12-01T20:15:00Z\n"
                + "comment: checked ids\n");
    assertThat(Statement.parse(statement.message())).isEqualTo(statement);
  }

  @Test
  void parse_refusesTextThatIsNotCanonical() {
    String good = new Statement(StatementKind.REQUEST, DIGEST, "carol", TIME, null).message();

    assertThatThrownBy(() -> Statement.parse(good + "extra: field\n"))
        .hasMessageContaining("unknown field extra");
    assertThatThrownBy(() -> Statement.parse(good.replace("\n", "\r\n")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statement.parse(good + "principal: mallory\n"))
        .hasMessageContaining("repeats principal");
    assertThatThrownBy(() -> Statement.parse(good.strip())).hasMessageContaining("newline");
  }

  @Test
  void principalAndComment_mustBeOneLineWithoutPatterns() {
    assertThatThrownBy(() -> new Statement(StatementKind.APPROVAL, DIGEST, "a*", TIME, null))
        .hasMessageContaining("wildcards");
    assertThatThrownBy(
            () ->
                new Statement(StatementKind.APPROVAL, DIGEST, "alice", TIME, "one\nkind: request"))
        .hasMessageContaining("one line");
    assertThatThrownBy(() -> new Statement(StatementKind.APPROVAL, "abc", "alice", TIME, null))
        .hasMessageContaining("64 lower-case hex digits");
  }
}
