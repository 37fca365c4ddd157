package io.cloudops.ask;

import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.model.ResourceFilter;
import io.cloudops.store.EstateStore;
import io.cloudops.store.SearchHit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the resources a prompt is about: exact ids, ARNs and names first (looked up in the store),
 * then hybrid search over the prompt; the top ones, with full metadata, within a byte budget so
 * that a request never explodes.
 */
public final class ResourceMatcher {

  private final EstateStore estate;
  private final AskOptions options;

  public ResourceMatcher(EstateStore estate, AskOptions options) {
    this.estate = estate;
    this.options = options;
  }

  /** Matching resources, exact mentions first, within {@code maxResources} and the byte budget. */
  public List<AwsResource> match(String prompt, ResourceFilter filter) {
    Map<String, AwsResource> chosen = new LinkedHashMap<>();
    for (String mention : ResourceMentions.in(prompt)) {
      Optional<AwsResource> exact = estate.get(mention);
      exact.filter(filter::matches).ifPresent(r -> chosen.putIfAbsent(r.key(), r));
    }
    if (chosen.size() < options.maxResources()) {
      for (SearchHit hit : estate.search(prompt, filter, options.maxResources())) {
        chosen.putIfAbsent(hit.resource().key(), hit.resource());
      }
    }
    return withinBudget(new ArrayList<>(chosen.values()));
  }

  private List<AwsResource> withinBudget(List<AwsResource> candidates) {
    List<AwsResource> kept = new ArrayList<>();
    int bytes = 0;
    for (AwsResource resource : candidates) {
      if (kept.size() == options.maxResources()) {
        break;
      }
      int size = Json.write(resource).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > options.resourceBudgetBytes()) {
        continue;
      }
      kept.add(resource);
      bytes += size;
    }
    return List.copyOf(kept);
  }
}
