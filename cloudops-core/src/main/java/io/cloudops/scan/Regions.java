package io.cloudops.scan;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Region names: the ones the SDK knows, and the ones enabled in an account. */
final class Regions {

  private static final Set<String> KNOWN =
      Region.regions().stream()
          .filter(r -> !r.isGlobalRegion() && RegionMetadata.of(r) != null)
          .map(Region::id)
          .filter(id -> !id.contains("fips") && !id.contains("iso"))
          .collect(Collectors.toCollection(TreeSet::new));

  private Regions() {}

  /** Every region the SDK knows (commercial, China, GovCloud partitions). */
  static Set<String> known() {
    return KNOWN;
  }

  /** The regions enabled in the caller's account (opted-in or not requiring opt-in). */
  static List<String> enabled(Ec2Client ec2) {
    return ec2.describeRegions(r -> r.allRegions(false)).regions().stream()
        .filter(r -> !"not-opted-in".equals(r.optInStatus()))
        .map(software.amazon.awssdk.services.ec2.model.Region::regionName)
        .sorted()
        .toList();
  }
}
