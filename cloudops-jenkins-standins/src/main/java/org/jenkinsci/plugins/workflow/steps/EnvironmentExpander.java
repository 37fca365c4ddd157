package org.jenkinsci.plugins.workflow.steps;

import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stand-in: what block steps ({@code withCredentials}, {@code withEnv}, {@code withAWS}) add to the
 * environment of the steps inside them. Behaviour as the real class
 * (jenkinsci/workflow-step-api-plugin tag 710.v3e456cc85233+6, commit 0773c3c6,
 * src/main/java/org/jenkinsci/plugins/workflow/steps/EnvironmentExpander.java): {@link #constant}
 * applies its map with {@code EnvVars.overrideAll}; {@link #merge} expands the original, then the
 * subsequent one, and unites their sensitive variables.
 */
public abstract class EnvironmentExpander implements Serializable {
  private static final long serialVersionUID = 1L;

  public abstract void expand(EnvVars env) throws IOException, InterruptedException;

  public Set<String> getSensitiveVariables() {
    return Collections.emptySet();
  }

  public static EnvironmentExpander constant(Map<String, String> env) {
    Map<String, String> envMap = new HashMap<>(env);
    return new EnvironmentExpander() {
      private static final long serialVersionUID = 1L;

      @Override
      public void expand(EnvVars target) {
        target.overrideAll(envMap);
      }
    };
  }

  public static EnvironmentExpander merge(
      EnvironmentExpander original, EnvironmentExpander subsequent) {
    if (original == null) {
      return subsequent;
    }
    return new EnvironmentExpander() {
      private static final long serialVersionUID = 1L;

      @Override
      public void expand(EnvVars env) throws IOException, InterruptedException {
        original.expand(env);
        subsequent.expand(env);
      }

      @Override
      public Set<String> getSensitiveVariables() {
        Set<String> merged = new HashSet<>(original.getSensitiveVariables());
        merged.addAll(subsequent.getSensitiveVariables());
        return merged;
      }
    };
  }
}
