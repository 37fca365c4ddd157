package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * Where a decision was taken, so that the history can point back to it: for a Jenkins build, its
 * name and its page.
 *
 * @param host the front end, e.g. {@code jenkins}
 * @param name a readable name, e.g. {@code team/deploy #12}
 * @param url the page, relative to the host's root (Jenkins: {@code job/team/job/deploy/12/}); null
 *     when it has none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionOrigin(String host, String name, String url) {

  public ExecutionOrigin {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(name, "name");
  }
}
