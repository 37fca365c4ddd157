package hudson;

import java.util.Map;
import java.util.TreeMap;

/** Stand-in of Jenkins' EnvVars (case-insensitive keys like on Windows are not modelled). */
public class EnvVars extends TreeMap<String, String> {
  private static final long serialVersionUID = 1L;

  public EnvVars() {}

  public EnvVars(Map<String, String> m) {
    super(m);
  }

  public EnvVars(String... keyValuePairs) {
    if (keyValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("key/value pairs expected");
    }
    for (int i = 0; i < keyValuePairs.length; i += 2) {
      put(keyValuePairs[i], keyValuePairs[i + 1]);
    }
  }

  /**
   * As the real {@code override} (jenkinsci/jenkins tag jenkins-2.541.3, commit 4d8ef2fc,
   * core/src/main/java/hudson/EnvVars.java:145-168): an empty or null value removes the variable;
   * {@code KEY+SUFFIX} prepends to {@code KEY} with the path separator.
   */
  public void override(String key, String value) {
    if (value == null || value.isEmpty()) {
      remove(key);
      return;
    }
    int idx = key.indexOf('+');
    if (idx > 0) {
      String realKey = key.substring(0, idx);
      String v = get(realKey);
      put(realKey, v == null ? value : value + java.io.File.pathSeparatorChar + v);
      return;
    }
    put(key, value);
  }

  /** As the real {@code overrideAll} (EnvVars.java:175-180): {@link #override} for each entry. */
  public EnvVars overrideAll(Map<String, String> all) {
    for (Map.Entry<String, String> e : all.entrySet()) {
      override(e.getKey(), e.getValue());
    }
    return this;
  }

  public String get(String key, String defaultValue) {
    String value = get(key);
    return value == null ? defaultValue : value;
  }
}
