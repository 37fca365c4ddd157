package jenkins.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;

/**
 * Stand-in: how Jenkins compares user ids. Behaviour as the real one (jenkins-2.541.3 commit
 * 4d8ef2f, core/src/main/java/jenkins/model/IdStrategy.java, lines per member).
 */
public abstract class IdStrategy implements Comparator<String> {

  /** IdStrategy.java:60. */
  public static IdStrategy CASE_INSENSITIVE = new CaseInsensitive();

  /** IdStrategy.java:108-110: the id itself. */
  public String keyFor(String id) {
    return id;
  }

  /** IdStrategy.java:123-125. */
  public boolean equals(String id1, String id2) {
    return compare(id1, id2) == 0;
  }

  @Override
  public abstract int compare(String id1, String id2);

  /** Stand-in: the default strategy, ids compared ignoring case. */
  public static class CaseInsensitive extends IdStrategy implements Serializable {
    private static final long serialVersionUID = 1L;

    public CaseInsensitive() {}

    /** IdStrategy.java:209-211. */
    @Override
    public String keyFor(String id) {
      return id.toLowerCase(Locale.ENGLISH);
    }

    /** IdStrategy.java:214-216. */
    @Override
    public boolean equals(String id1, String id2) {
      return id1.equalsIgnoreCase(id2);
    }

    /** IdStrategy.java:219-221. */
    @Override
    public int compare(String id1, String id2) {
      return id1.compareToIgnoreCase(id2);
    }
  }
}
