package org.jenkinsci.plugins.workflow.cps;

import java.io.IOException;

/**
 * Stand-in: the base class of a Pipeline script (the real extends SerializableScript, a Groovy
 * Script, and dispatches method calls to the binding, global variables and steps). Nothing of that
 * is modelled; tests of the plugin's Groovy global subclass it with the methods they need.
 */
public abstract class CpsScript {

  public CpsScript() throws IOException {}
}
