package io.cloudops.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.scan.ScanRecord;
import io.cloudops.store.ChatStore;
import java.util.List;
import java.util.Optional;

/** What a host (the CLI, Jenkins) gives the console's API: its stores and its own actions. */
public interface ConsoleHost {

  ChatStore chat();

  /** The execution history, when there is one. */
  Optional<ExecutionHistory> history();

  /** The names of the accounts the user may check (AWS profiles, Jenkins credentials ids). */
  List<String> accountNames();

  /** Checks an account's credentials (STS GetCallerIdentity); the identity as JSON. */
  JsonNode checkAccount(String name);

  /** Asks the planning server, grounded in the estate, as {@code cloudops ask} does. */
  JsonNode ask(String conversation, String prompt);

  /** The last scan of each account and region ({@code ScanRecords}); none by default. */
  default List<ScanRecord> scanRecords() {
    return List.of();
  }

  /**
   * Cancels a running execution with the effect the host's own way has (Ctrl-C in the terminal, the
   * build's abort); hosts that cannot refuse with 405.
   */
  default JsonNode cancelExecution(String id) {
    throw new ApiException(405, "this host does not cancel executions");
  }

  /** Deletes a conversation; hosts that do not allow it refuse with 405. */
  default boolean deleteConversation(String contextId) {
    throw new ApiException(405, "this host does not delete conversations");
  }
}
