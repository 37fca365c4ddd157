package io.cloudops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionSettingsTest {

  @Test
  void defaults_andOverridesFromTheEnvironment() {
    assertThat(ExecutionSettings.from(Map.of())).isEqualTo(ExecutionSettings.DEFAULT);

    ExecutionSettings set =
        ExecutionSettings.from(
            Map.of(
                ExecutionSettings.MAX_PLAN_STEPS, "5",
                ExecutionSettings.MAX_STEP_ARGUMENT_BYTES, "1000",
                ExecutionSettings.PRODUCTION_TAGS, "tier=gold"));

    assertThat(set).isEqualTo(new ExecutionSettings(5, 1000, "tier=gold"));
  }

  @Test
  void badValues_nameTheSetting() {
    assertThatThrownBy(() -> ExecutionSettings.from(Map.of(ExecutionSettings.MAX_PLAN_STEPS, "0")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CLOUDOPS_MAX_PLAN_STEPS");
    assertThatThrownBy(
            () -> ExecutionSettings.from(Map.of(ExecutionSettings.PRODUCTION_TAGS, "prod")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CLOUDOPS_PRODUCTION_TAGS");
  }
}
