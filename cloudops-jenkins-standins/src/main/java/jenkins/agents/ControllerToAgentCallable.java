package jenkins.agents;

import hudson.remoting.Callable;

/** Stand-in: a callable the controller sends to an agent (its role check is not modelled). */
public interface ControllerToAgentCallable<V, T extends Throwable> extends Callable<V, T> {}
