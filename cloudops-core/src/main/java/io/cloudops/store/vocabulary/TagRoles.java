package io.cloudops.store.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tag keys read as roles ({@code tag-roles.tsv}): {@code Owner}, {@code created-by} and {@code
 * contact} say who owns a resource; {@code team} and {@code department} which team it belongs to.
 */
public final class TagRoles {

  /** What a tag says about its resource. */
  public enum Role {
    OWNER,
    TEAM,
    SERVICE,
    PURPOSE,
    ENVIRONMENT
  }

  private static final TagRoles BUNDLED = new TagRoles(TsvTable.read("tag-roles.tsv", 3));

  private final Map<String, Role> byKey = new HashMap<>();
  private final Map<Role, String> words = new HashMap<>();

  private TagRoles(List<String[]> rows) {
    for (String[] row : rows) {
      Role role = Role.valueOf(row[0].toUpperCase(Locale.ROOT));
      words.put(role, row[1]);
      TsvTable.list(row[2]).forEach(key -> byKey.put(key, role));
    }
  }

  public static TagRoles bundled() {
    return BUNDLED;
  }

  /** The role of a tag key, ignoring case and surrounding spaces. */
  public Optional<Role> of(String tagKey) {
    return Optional.ofNullable(byKey.get(tagKey.strip().toLowerCase(Locale.ROOT)));
  }

  /** How resource text says the role, e.g. "owned by". */
  public String words(Role role) {
    return words.get(role);
  }
}
