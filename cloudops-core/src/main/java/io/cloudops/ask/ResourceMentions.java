package io.cloudops.ask;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a prompt names exactly: AWS ids by their shapes (i-, vol-, snap-, sg-, subnet-, vpc-, ami-
 * and more), ARNs, and name-like tokens (bucket, DB, function and role names such as {@code
 * billing-prod-db}). Candidates only: the store decides which exist.
 */
final class ResourceMentions {

  private static final Pattern ARN =
      Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\\d{0,12}:[^\\s\"'`,;()]+");

  private static final Pattern AWS_ID =
      Pattern.compile(
          "\\b(?:i|vol|snap|sg|subnet|vpc|ami|eni|igw|nat|rtb|acl|eipalloc|lt|tgw|vpce|pcx|db|cluster)"
              + "-[0-9a-zA-Z]{4,32}\\b");

  /** Names: at least 3 characters, with a separator or digit, as people name resources. */
  private static final Pattern NAME_LIKE =
      Pattern.compile("(?<![\\w./:-])[A-Za-z0-9][A-Za-z0-9._-]{1,254}[A-Za-z0-9](?![\\w/:-])");

  private ResourceMentions() {}

  /** ARNs first, then ids, then name-like tokens; each once, in prompt order. */
  static Set<String> in(String prompt) {
    Set<String> found = new LinkedHashSet<>();
    Matcher arns = ARN.matcher(prompt);
    while (arns.find()) {
      found.add(trimPunctuation(arns.group()));
    }
    String withoutArns = ARN.matcher(prompt).replaceAll(" ");
    Matcher ids = AWS_ID.matcher(withoutArns);
    while (ids.find()) {
      found.add(ids.group());
    }
    Matcher names = NAME_LIKE.matcher(withoutArns);
    while (names.find()) {
      String token = trimPunctuation(names.group());
      if (looksLikeAName(token)) {
        found.add(token);
      }
    }
    return found;
  }

  private static boolean looksLikeAName(String token) {
    return token.length() >= 3
        && (token.indexOf('-') >= 0 || token.indexOf('_') >= 0 || token.indexOf('.') > 0)
        && token.chars().anyMatch(Character::isLetter);
  }

  private static String trimPunctuation(String token) {
    int end = token.length();
    while (end > 0 && ".,;:!?)".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(0, end);
  }
}
