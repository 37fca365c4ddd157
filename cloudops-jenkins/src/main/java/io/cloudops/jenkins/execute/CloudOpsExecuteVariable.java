package io.cloudops.jenkins.execute;

import hudson.Extension;
import java.net.URL;
import org.jenkinsci.plugins.workflow.cps.CpsScript;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;
import org.jenkinsci.plugins.workflow.cps.GroovySourceFileAllowlist;

/**
 * The {@code cloudopsExecute} global: a small stateless Groovy class shipped with the plugin
 * ({@code CloudOpsExecute.groovy}) that asks {@code cloudopsReviewPlan}, calls the built-in {@code
 * input} once per missing approval and then {@code cloudopsRunPlan}. It carries no security: the
 * two Java steps check everything again. Loaded as docker-workflow's {@code DockerDSL} loads its
 * class: through the script's own class loader, which compiles allow-listed plugin sources with the
 * trusted CPS shell.
 */
@Extension
public class CloudOpsExecuteVariable extends GlobalVariable {

  /** The variable's name in a Jenkinsfile. */
  static final String NAME = "cloudopsExecute";

  /** The Groovy class behind it, in this package. */
  static final String CLASS_NAME = "io.cloudops.jenkins.execute.CloudOpsExecute";

  @Override
  public String getName() {
    return NAME;
  }

  /** A fresh instance per use: the class keeps nothing but the script. */
  @Override
  public Object getValue(CpsScript script) throws Exception {
    return script
        .getClass()
        .getClassLoader()
        .loadClass(CLASS_NAME)
        .getConstructor(CpsScript.class)
        .newInstance(script);
  }

  /** The plugin's Groovy source, for the allowlist and tests. */
  static URL source() {
    return CloudOpsExecuteVariable.class.getResource("CloudOpsExecute.groovy");
  }

  /** Lets workflow-cps load exactly {@code CloudOpsExecute.groovy} of this plugin. */
  @Extension
  public static final class Allowlist extends GroovySourceFileAllowlist {

    @Override
    public boolean isAllowed(String groovySourceFileUrl) {
      URL source = source();
      return source != null && source.toString().equals(groovySourceFileUrl);
    }
  }
}
