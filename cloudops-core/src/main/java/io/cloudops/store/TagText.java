package io.cloudops.store;

import io.cloudops.store.vocabulary.Environments;
import io.cloudops.store.vocabulary.TagRoles;
import io.cloudops.store.vocabulary.TagRoles.Role;
import io.cloudops.store.vocabulary.Words;
import java.util.List;
import java.util.Optional;

/**
 * What one tag says, for {@link ResourceText}: its key read as a role ({@code owner}, {@code team},
 * {@code env}…), an environment with its synonyms, an owner as the person's name.
 */
final class TagText {

  /** Which text a tag is said in: every synonym for BM25, few words for the embedding model. */
  private enum Leg {
    LEXICAL,
    SEMANTIC
  }

  private TagText() {}

  /** For the lexical index: the tag as written, then what it says in every word it is said by. */
  static String lexical(String key, String value) {
    Optional<Role> role = TagRoles.bundled().of(key);
    if (role.isEmpty()) {
      return key + " " + ResourceText.nameWords(value);
    }
    String says = roleWords(role.get(), value, Leg.LEXICAL);
    return role.get() == Role.ENVIRONMENT && Environments.bundled().of(value).isPresent()
        ? key + " " + says // its value is among the synonyms, and "pre-prod" must not read "prod"
        : key + " " + ResourceText.nameWords(value) + " (" + says + ")";
  }

  /** For the embedding model: what the tag says, in few words ("production", "team billing"). */
  static String semantic(String key, String value) {
    Optional<Role> role = TagRoles.bundled().of(key);
    if (role.isEmpty()) {
      return key + " " + ResourceText.nameWords(value);
    }
    return roleWords(role.get(), value, Leg.SEMANTIC);
  }

  private static String roleWords(Role role, String value, Leg leg) {
    String says = TagRoles.bundled().words(role);
    return switch (role) {
      case ENVIRONMENT ->
          Environments.bundled()
              .of(value)
              .map(
                  env ->
                      leg == Leg.LEXICAL
                          ? says + " " + lexicalWords(Environments.bundled().words(env))
                          : env)
              .orElse(says + " " + ResourceText.nameWords(value));
      case OWNER -> says + " " + person(value);
      default -> says + " " + ResourceText.nameWords(value);
    };
  }

  /** Synonyms as single words ("pre-prod" → preprod), so that none of them reads as "prod". */
  static String lexicalWords(List<String> synonyms) {
    return String.join(" ", synonyms.stream().map(w -> w.replace("-", "")).distinct().toList());
  }

  /** A person's name from an owner tag: {@code dave.kowalski@example.com} → "dave kowalski". */
  static String person(String value) {
    int at = value.indexOf('@');
    return String.join(" ", Words.of(at > 0 ? value.substring(0, at) : value));
  }
}
