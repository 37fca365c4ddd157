package io.cloudops.store.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an instance type is for ({@code instance-families.tsv}): {@code r5.large} is memory
 * optimized, {@code p3.2xlarge} a GPU machine, {@code db.t3.small} burstable.
 */
public final class InstanceFamilies {

  /** {@code [db.|cache.]family generation [processor and options].size}. */
  private static final Pattern TYPE =
      Pattern.compile("^(?:db\\.|cache\\.)?([a-z]+)(\\d+)([a-z-]*)\\.[a-z0-9]+$");

  private static final Map<Character, String> PROCESSORS =
      Map.of('a', "AMD", 'g', "Graviton Arm", 'i', "Intel");

  private static final InstanceFamilies BUNDLED =
      new InstanceFamilies(TsvTable.read("instance-families.tsv", 2));

  private final Map<String, List<String>> purposes = new HashMap<>();
  private final PhraseIndex<String> phrases = new PhraseIndex<>(false);

  private InstanceFamilies(List<String[]> rows) {
    for (String[] row : rows) {
      List<String> words = TsvTable.list(row[1]);
      purposes.put(row[0], words);
      words.forEach(word -> phrases.add(word, word.toLowerCase(Locale.ROOT)));
    }
  }

  public static InstanceFamilies bundled() {
    return BUNDLED;
  }

  /** What the type's family is for, then its processor; empty for an unknown or odd type. */
  public List<String> purposes(String instanceType) {
    Matcher m = TYPE.matcher(instanceType.strip());
    if (!m.matches() || !purposes.containsKey(m.group(1))) {
      return List.of();
    }
    List<String> out = new ArrayList<>(purposes.get(m.group(1)));
    if (!m.group(3).isEmpty() && PROCESSORS.containsKey(m.group(3).charAt(0))) {
      out.add(PROCESSORS.get(m.group(3).charAt(0)));
    }
    return out;
  }

  /** Purpose phrases ("GPU", "memory optimized"), each standing for itself in lower case. */
  public PhraseIndex<String> phrases() {
    return phrases;
  }
}
