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

  public String get(String key, String defaultValue) {
    String value = get(key);
    return value == null ? defaultValue : value;
  }
}
