package io.cloudops.store.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

class RegionsTest {

  private final Regions regions = Regions.bundled();

  @Test
  void everyRegion_hasTheNameTheAwsSdkGivesIt() {
    assertThat(regions.all()).hasSizeGreaterThanOrEqualTo(30);
    for (Regions.Region region : regions.all()) {
      RegionMetadata metadata = Region.of(region.code()).metadata();
      assertThat(metadata).as(region.code()).isNotNull();
      assertThat(region.name()).as(region.code()).isEqualTo(metadata.description());
    }
  }

  @Test
  void everyCommercialRegionOfTheSdk_isInTheTable() {
    for (Region region : Region.regions()) {
      if (region.metadata() != null
          && region.metadata().partition().id().equals("aws")
          && !region.isGlobalRegion()) {
        assertThat(regions.get(region.id())).as(region.id()).isPresent();
      }
    }
  }

  @Test
  void places_findTheirRegions_longestFirst() {
    assertThat(codes("the bastion in Frankfurt")).containsExactly(Set.of("eu-central-1"));
    assertThat(codes("Dublin or Irish")).containsExactly(Set.of("eu-west-1"), Set.of("eu-west-1"));
    assertThat(codes("in South America")).containsExactly(Set.of("sa-east-1"));
    assertThat(codes("in the States").get(0))
        .containsExactlyInAnyOrder("us-east-1", "us-east-2", "us-west-1", "us-west-2");
  }

  @Test
  void capitalisedShortForms_matchOnlyInCapitals() {
    assertThat(codes("show us the UK bucket")).containsExactly(Set.of("eu-west-2"));
  }

  private List<Set<String>> codes(String text) {
    return regions.places().find(Words.of(text)).stream().map(PhraseIndex.Found::values).toList();
  }
}
