package io.cloudops.scan;

import io.cloudops.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The named profiles of {@code ~/.aws/config} and {@code ~/.aws/credentials} (or the files named by
 * {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}), read with the SDK's parser.
 */
public final class AwsProfiles {

  private AwsProfiles() {}

  /**
   * The profile names.
   *
   * @param env the environment to take file locations from
   */
  public static Set<String> list(Map<String, String> env) {
    Path home = Path.of(System.getProperty("user.home"));
    Path config =
        Path.of(env.getOrDefault("AWS_CONFIG_FILE", home.resolve(".aws/config").toString()));
    Path credentials =
        Path.of(
            env.getOrDefault(
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString()));
    Set<String> names = new TreeSet<>();
    read(config, ProfileFile.Type.CONFIGURATION, names);
    read(credentials, ProfileFile.Type.CREDENTIALS, names);
    return names;
  }

  /**
   * Fails with the valid names unless the profile exists.
   *
   * @throws InvalidInputException naming the profiles that exist
   */
  public static void requireExists(String profile, Map<String, String> env) {
    Set<String> names = list(env);
    if (!names.contains(profile)) {
      throw new InvalidInputException(
          "Unknown AWS profile '"
              + profile
              + "'; profiles in ~/.aws/config and ~/.aws/credentials: "
              + (names.isEmpty() ? "(none)" : String.join(", ", names)));
    }
  }

  private static void read(Path file, ProfileFile.Type type, Set<String> names) {
    if (Files.isRegularFile(file)) {
      names.addAll(ProfileFile.builder().content(file).type(type).build().profiles().keySet());
    }
  }
}
