package io.cloudops.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void keys_areSortedAtEveryLevel_andNullsDropped() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", null);
    inner.put("m", List.of(Map.of("y", 2, "b", 3)));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("outer", inner);
    outer.put("first", "x");

    assertThat(CanonicalJson.of(outer))
        .isEqualTo("{\"first\":\"x\",\"outer\":{\"m\":[{\"b\":3,\"y\":2}],\"z\":1}}");
  }

  @Test
  void sha256_isOrderIndependent_butValueSensitive() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", 2);
    ba.put("a", 1);

    assertThat(CanonicalJson.sha256(ab)).isEqualTo(CanonicalJson.sha256(ba));
    assertThat(CanonicalJson.sha256(Map.of("a", 1))).isNotEqualTo(CanonicalJson.sha256(ab));
  }
}
