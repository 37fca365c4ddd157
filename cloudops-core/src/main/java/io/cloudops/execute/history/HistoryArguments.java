package io.cloudops.execute.history;

import io.cloudops.InvalidInputException;
import io.cloudops.model.ExecutionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the status and date arguments of a history query as people type them, for every front end
 * (the CLI's flags, the console's query parameters).
 */
public final class HistoryArguments {

  private HistoryArguments() {}

  /**
   * A status, ignoring case, {@code _} and {@code -} ({@code running}, {@code awaiting-approval}).
   *
   * @param name how the front end names the argument, for the error message
   */
  public static ExecutionStatus status(String name, String text) {
    String wanted = text.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    for (ExecutionStatus candidate : ExecutionStatus.values()) {
      if (candidate.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
        return candidate;
      }
    }
    throw new InvalidInputException(
        name
            + " '"
            + text
            + "' is not a status; use Pending, AwaitingApproval, Running, Success, Failed or"
            + " Cancelled");
  }

  /** A day (UTC midnight) or an instant: {@code 2026-11-25} or {@code 2026-11-25T18:00:00Z}. */
  public static Instant since(String name, String text) {
    try {
      return text.contains("T")
          ? Instant.parse(text)
          : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name + " '" + text + "' is not a date; use 2026-11-25 or 2026-11-25T18:00:00Z", e);
    }
  }
}
