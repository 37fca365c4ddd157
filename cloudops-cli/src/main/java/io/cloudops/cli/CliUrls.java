package io.cloudops.cli;

import io.cloudops.InvalidInputException;
import io.cloudops.config.HttpUrls;
import java.net.URI;

/** The CLI's {@code --endpoint-url}, checked by the core's one URL rule. */
final class CliUrls {

  private CliUrls() {}

  /** The endpoint, or a one-line error naming the flag. */
  static URI endpoint(String text) {
    HttpUrls.problem(text)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  HttpUrls.message("--endpoint-url", text, problem, HttpUrls.AWS_ENDPOINT_EXAMPLE));
            });
    return URI.create(text.strip());
  }
}
