package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * Who asks, from where: sent with every request so the server can plan for the right accounts.
 *
 * @param user the caller's identity (an IAM ARN on the CLI, the Jenkins user in a build)
 * @param job the Jenkins job's full name, in a build
 * @param buildUrl the build's URL, in a build
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserContext(
    List<String> accountIds,
    List<String> regions,
    String user,
    Source source,
    String job,
    String buildUrl) {

  /** Which front end sent the request. */
  public enum Source {
    @JsonProperty("cli")
    CLI,
    @JsonProperty("jenkins")
    JENKINS
  }

  public UserContext {
    accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    regions = regions == null ? List.of() : List.copyOf(regions);
    Objects.requireNonNull(source, "source");
  }

  /** A CLI context with no known identity. */
  public static UserContext cli() {
    return new UserContext(List.of(), List.of(), null, Source.CLI, null, null);
  }
}
