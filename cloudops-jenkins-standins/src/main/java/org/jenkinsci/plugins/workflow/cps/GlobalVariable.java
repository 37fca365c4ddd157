package org.jenkinsci.plugins.workflow.cps;

/** Stand-in: a Pipeline global variable contributed by a plugin. */
public abstract class GlobalVariable {

  public abstract String getName();

  public abstract Object getValue(CpsScript script) throws Exception;
}
