package io.cloudops.jenkins.execute;

import groovy.lang.Closure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jenkinsci.plugins.workflow.cps.CpsScript;

/**
 * The Pipeline script as the Groovy global sees it: {@code env}, {@code echo}, {@code error},
 * {@code timeout}, {@code input} and the two CloudOps steps, each recorded. {@code input} and the
 * steps do what the test wires in (the real Java steps over a flow graph, or a shadowing closure).
 */
public final class TestScript extends CpsScript {

  final Map<String, String> env = new HashMap<>();
  final List<String> echoes = new ArrayList<>();
  final List<Map<String, Object>> inputs = new ArrayList<>();
  final List<Map<String, Object>> timeouts = new ArrayList<>();
  final List<Map<String, Object>> runs = new ArrayList<>();
  final List<String> runsOnNode = new ArrayList<>();
  private final Function<Map<String, Object>, Object> input;
  private final StepCall review;
  private final StepCall run;

  /** A step call that may fail as the step fails. */
  @FunctionalInterface
  interface StepCall {
    Map<String, Object> call(Map<String, Object> args) throws Exception;
  }

  TestScript(Function<Map<String, Object>, Object> input, StepCall review, StepCall run)
      throws IOException {
    this.input = input;
    this.review = review;
    this.run = run;
  }

  public Map<String, String> getEnv() {
    return env;
  }

  public void echo(String message) {
    echoes.add(message);
  }

  /** As the {@code error} step: fails the build with the message. */
  public void error(String message) {
    throw new IllegalStateException(message);
  }

  public Object timeout(Map<String, Object> args, Closure<?> body) {
    timeouts.add(args);
    return body.call();
  }

  public Object input(Map<String, Object> args) {
    inputs.add(args);
    return input.apply(args);
  }

  public Map<String, Object> cloudopsReviewPlan(Map<String, Object> args) throws Exception {
    return review.call(args);
  }

  /** As the {@code node} step: runs the body with NODE_NAME set to the label. */
  public Object node(String label, Closure<?> body) {
    String before = env.put("NODE_NAME", label);
    try {
      return body.call();
    } finally {
      if (before == null) {
        env.remove("NODE_NAME");
      } else {
        env.put("NODE_NAME", before);
      }
    }
  }

  public Map<String, Object> cloudopsRunPlan(Map<String, Object> args) throws Exception {
    runs.add(args);
    runsOnNode.add(env.get("NODE_NAME"));
    return run.call(args);
  }
}
