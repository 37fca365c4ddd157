package org.jenkinsci.plugins.workflow.cps;

/** Stand-in: allows a plugin's Groovy source file to be loaded by the trusted CPS class loader. */
public abstract class GroovySourceFileAllowlist {

  public abstract boolean isAllowed(String groovySourceFileUrl);
}
