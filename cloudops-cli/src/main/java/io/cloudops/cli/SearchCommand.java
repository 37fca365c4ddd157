package io.cloudops.cli;

import io.cloudops.InvalidInputException;
import io.cloudops.model.AwsResource;
import io.cloudops.store.SearchHit;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudops search QUERY}: hybrid search over the stored estate. */
@Command(
    name = "search",
    description = {
      "Search the estate: exact id, ARN and name matches first, then lexical and semantic"
          + " matches fused.",
      "Reads the last committed state; works while a scan is writing."
    })
final class SearchCommand extends BaseCommand {

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "At most N results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin FilterOptions filter = new FilterOptions();

  @Override
  protected int run(CliContext context) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("--limit must be between 1 and 1000, not " + limit);
    }
    String query = String.join(" ", words);
    List<SearchHit> hits;
    try (StoreHandle stores =
        Stores.open(
            context.settings(), context.env(), StoreAccess.READ_ONLY, Stores.Warmup.EMBEDDER)) {
      hits = stores.estate().search(query, filter.toFilter(), limit);
    }
    if (context.json()) {
      List<Map<String, Object>> results = new ArrayList<>();
      for (SearchHit hit : hits) {
        results.add(row(hit));
      }
      context.printJson(Map.of("results", results));
    } else if (hits.isEmpty()) {
      context.progress("No resources match '" + query + "'.");
    } else {
      for (SearchHit hit : hits) {
        AwsResource r = hit.resource();
        context
            .out()
            .printf(
                "%7.4f  %-40s %-22s %-14s %-12s %s%n",
                hit.score(),
                r.name() == null ? r.id() : r.name(),
                r.resourceType(),
                r.region(),
                r.accountId(),
                r.arn() == null ? r.id() : r.arn());
      }
      context.out().flush();
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> row(SearchHit hit) {
    AwsResource r = hit.resource();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", r.id());
    row.put("arn", r.arn());
    row.put("name", r.name());
    row.put("resource_type", r.resourceType());
    row.put("region", r.region());
    row.put("account_id", r.accountId());
    row.put("state", r.state());
    row.put("score", hit.score());
    row.put("match", hit.match().name().toLowerCase(Locale.ROOT));
    return row;
  }
}
