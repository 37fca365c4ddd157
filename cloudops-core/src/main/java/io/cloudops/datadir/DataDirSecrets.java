package io.cloudops.datadir;

import io.cloudops.Secret;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.store.backends.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets a front end hands to a data dir, as values.
 *
 * @param storeKey the store's key (base64 of 32 bytes); empty: the data dir's key file
 * @param qdrantApiKey the Qdrant API key, when the server needs one
 * @param others further secrets of the front end (the planning server's token) that are masked like
 *     the two keys in every review, output line and history entry
 */
public record DataDirSecrets(
    Optional<Secret> storeKey, Optional<Secret> qdrantApiKey, List<Secret> others) {

  /** No secrets: the key file, no Qdrant API key. */
  public static final DataDirSecrets NONE =
      new DataDirSecrets(Optional.empty(), Optional.empty(), List.of());

  public DataDirSecrets {
    Objects.requireNonNull(storeKey, "storeKey");
    Objects.requireNonNull(qdrantApiKey, "qdrantApiKey");
    others = List.copyOf(others);
  }

  /**
   * The secrets of a command line's environment: {@value KeyFiles#KEY_VARIABLE}, {@value
   * Stores#QDRANT_API_KEY} and the named {@code others}, each when set.
   */
  public static DataDirSecrets fromEnvironment(Map<String, String> env, List<String> others) {
    return new DataDirSecrets(
        KeyFiles.fromEnvironment(env),
        value(env, Stores.QDRANT_API_KEY),
        others.stream().map(name -> value(env, name)).flatMap(Optional::stream).toList());
  }

  /** Every secret, for masking. */
  public List<Secret> all() {
    List<Secret> all = new ArrayList<>();
    storeKey.ifPresent(all::add);
    qdrantApiKey.ifPresent(all::add);
    all.addAll(others);
    return all;
  }

  private static Optional<Secret> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Secret.of(value));
  }

  @Override
  public String toString() {
    return "DataDirSecrets[****]";
  }
}
