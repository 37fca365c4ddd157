package com.cloudbees.plugins.credentials.common;

import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.cloudops.standins.StandIns;

/** Stand-in: a drop-down of credentials; lookups use the test registry. */
public abstract class AbstractIdCredentialsListBoxModel<
        T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
    extends ListBoxModel {
  private static final long serialVersionUID = 1L;

  protected abstract String describe(C c);

  public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
    add("- none -", "");
    return this;
  }

  public AbstractIdCredentialsListBoxModel<T, C> include(Item context, Class<? extends C> type) {
    for (C c : StandIns.credentials(type)) {
      add(describe(c), c.getId());
    }
    return this;
  }

  public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
    if (value != null && !value.isEmpty() && stream().noneMatch(o -> value.equals(o.value))) {
      add(value, value);
    }
    return this;
  }
}
