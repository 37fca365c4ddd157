package io.cloudops.jenkins.execute;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cloudops.json.Json;
import io.cloudops.model.ExecutionResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Map {@code cloudopsExecute} returns: the execution result's protocol fields. */
final class ExecutionMaps {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private ExecutionMaps() {}

  static Map<String, Object> toMap(ExecutionResult result) {
    return Json.mapper().convertValue(result, MAP);
  }
}
