package io.cloudops.store.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** AWS regions with their names and places ({@code regions.tsv}): eu-west-1 is Dublin, Ireland. */
public final class Regions {

  /**
   * One region.
   *
   * @param name AWS's name, e.g. {@code Europe (Ireland)}
   * @param otherWords continent, adjective, short forms
   */
  public record Region(
      String code, String name, String country, String city, List<String> otherWords) {

    /** Every word a person may name the region by, the name and code first. */
    public List<String> places() {
      List<String> all = new ArrayList<>(List.of(name, country, city));
      all.addAll(otherWords);
      return all;
    }
  }

  private static final Regions BUNDLED = new Regions(TsvTable.read("regions.tsv", 5));

  private final Map<String, Region> byCode = new LinkedHashMap<>();
  private final PhraseIndex<String> places = new PhraseIndex<>(true);

  private Regions(List<String[]> rows) {
    for (String[] row : rows) {
      Region region = new Region(row[0], row[1], row[2], row[3], TsvTable.list(row[4]));
      byCode.put(region.code(), region);
      places.add(region.country(), region.code());
      places.add(region.city(), region.code());
      region.otherWords().forEach(word -> places.add(word, region.code()));
    }
  }

  public static Regions bundled() {
    return BUNDLED;
  }

  public Optional<Region> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public List<Region> all() {
    return List.copyOf(byCode.values());
  }

  /** Place phrases (countries, cities, continents, adjectives) and the regions they name. */
  public PhraseIndex<String> places() {
    return places;
  }
}
