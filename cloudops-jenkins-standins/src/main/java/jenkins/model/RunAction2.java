package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** Stand-in: an action told when it is attached to, or loaded with, a build. */
public interface RunAction2 extends Action {
  void onAttached(Run<?, ?> r);

  void onLoad(Run<?, ?> r);
}
