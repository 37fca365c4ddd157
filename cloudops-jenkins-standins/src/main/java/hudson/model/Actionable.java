package hudson.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.RunAction2;

/** Stand-in: a model object that carries actions. */
public abstract class Actionable {

  private final List<Action> actions = new CopyOnWriteArrayList<>();

  public final List<? extends Action> getAllActions() {
    return List.copyOf(actions);
  }

  public <T extends Action> List<T> getActions(Class<T> type) {
    List<T> matching = new ArrayList<>();
    for (Action action : actions) {
      if (type.isInstance(action)) {
        matching.add(type.cast(action));
      }
    }
    return matching;
  }

  public void addAction(Action a) {
    actions.add(a);
    if (a instanceof RunAction2 && this instanceof Run<?, ?> run) {
      ((RunAction2) a).onAttached(run);
    }
  }

  public <T extends Action> T getAction(Class<T> type) {
    for (Action action : actions) {
      if (type.isInstance(action)) {
        return type.cast(action);
      }
    }
    return null;
  }
}
