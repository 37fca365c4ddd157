package hudson.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kohsuke.stapler.HttpResponse;

/** Stand-in: the options of a drop-down list. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
  private static final long serialVersionUID = 1L;

  public ListBoxModel() {}

  public ListBoxModel(Collection<Option> c) {
    super(c);
  }

  public ListBoxModel(Option... data) {
    super(List.of(data));
  }

  public void add(String displayName, String value) {
    add(new Option(displayName, value));
  }

  public ListBoxModel add(String nameAndValue) {
    add(nameAndValue, nameAndValue);
    return this;
  }

  /** Stand-in: one option. */
  public static final class Option {
    public String name;
    public String value;
    public boolean selected;

    public Option(String name, String value) {
      this(name, value, false);
    }

    public Option(String name) {
      this(name, name, false);
    }

    public Option(String name, String value, boolean selected) {
      this.name = name;
      this.value = value;
      this.selected = selected;
    }

    @Override
    public String toString() {
      return name + '=' + value;
    }
  }
}
