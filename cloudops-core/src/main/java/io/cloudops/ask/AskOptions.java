package io.cloudops.ask;

import java.time.Duration;
import java.util.Objects;

/**
 * Budgets and limits of one ask: how much grounding is sent, how long to wait, how large an answer
 * may be.
 *
 * @param maxResources at most this many resources are sent
 * @param resourceBudgetBytes the resources' JSON stays within this many bytes
 * @param recentMessages the last N messages of the conversation are always sent (budget allowing)
 * @param relevantMessages up to M older messages relevant to the prompt are added
 * @param historyBudgetBytes the messages' JSON stays within this many bytes
 * @param maxResponseBytes a larger answer is refused
 * @param connectTimeout per connection attempt
 * @param requestTimeout per attempt, from sending to the last byte
 * @param deadline the whole ask, retries included
 * @param maxAttempts attempts in all (1 = no retry)
 */
public record AskOptions(
    int maxResources,
    int resourceBudgetBytes,
    int recentMessages,
    int relevantMessages,
    int historyBudgetBytes,
    int maxResponseBytes,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration deadline,
    int maxAttempts) {

  /** Defaults: 10 resources in 64 KiB, 10 recent + 5 relevant messages in 32 KiB, 1 MiB answers. */
  public static final AskOptions DEFAULTS =
      new AskOptions(
          10,
          64 * 1024,
          10,
          5,
          32 * 1024,
          1024 * 1024,
          Duration.ofSeconds(10),
          Duration.ofSeconds(60),
          Duration.ofSeconds(120),
          4);

  public AskOptions {
    positive("max resources", maxResources);
    positive("resource budget", resourceBudgetBytes);
    positive("history budget", historyBudgetBytes);
    positive("max response bytes", maxResponseBytes);
    positive("max attempts", maxAttempts);
    if (recentMessages < 0 || relevantMessages < 0) {
      throw new IllegalArgumentException("message counts must not be negative");
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** The same options with another overall deadline (and per-attempt timeout capped by it). */
  public AskOptions withDeadline(Duration newDeadline) {
    Duration attempt = requestTimeout.compareTo(newDeadline) > 0 ? newDeadline : requestTimeout;
    return new AskOptions(
        maxResources,
        resourceBudgetBytes,
        recentMessages,
        relevantMessages,
        historyBudgetBytes,
        maxResponseBytes,
        connectTimeout,
        attempt,
        newDeadline,
        maxAttempts);
  }

  private static void positive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
  }
}
