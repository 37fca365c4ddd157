package jenkins.security;

import jenkins.agents.ControllerToAgentCallable;

/** Stand-in: the base of callables the controller ships to an agent. */
public abstract class MasterToSlaveCallable<V, T extends Throwable>
    implements ControllerToAgentCallable<V, T> {
  private static final long serialVersionUID = 1L;
}
