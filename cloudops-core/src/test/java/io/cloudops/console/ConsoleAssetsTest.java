package io.cloudops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleAssetsTest {

  private final ConsoleAssets assets = new ConsoleAssets();

  @Test
  void page_withMeta_putsTheTagsInTheHeadEscaped() {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("cloudops-crumb-field", "Jenkins-Crumb");
    meta.put("cloudops-crumb", "a\"><script>alert(1)</script>");

    String html = new String(assets.page(meta).content(), StandardCharsets.UTF_8);

    assertThat(html)
        .contains("<meta name=\"cloudops-crumb-field\" content=\"Jenkins-Crumb\">")
        .contains(
            "<meta name=\"cloudops-crumb\" content=\"a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">")
        .doesNotContain("<script>alert(1)");
    assertThat(html.indexOf("cloudops-crumb")).isLessThan(html.indexOf("</head>"));
  }

  @Test
  void page_withAForeignMetaName_isRefused() {
    assertThatThrownBy(() -> assets.page(Map.of("referrer\" x=\"", "v")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void find_outsideTheUi_isEmpty() {
    assertThat(assets.find("/../ConsoleApi.class")).isEmpty();
    assertThat(assets.find("/app.js")).isPresent();
    assertThat(assets.find("/"))
        .get()
        .extracting(ConsoleAssets.Asset::contentType)
        .asString()
        .startsWith("text/html");
  }

  @Test
  void body_overTheLimit_is413AndNotAnObject_is400() {
    byte[] big = new byte[ApiExchange.MAX_BODY + 1];
    assertThatThrownBy(() -> ApiExchange.body(new ByteArrayInputStream(big)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
    RuntimeException notObject =
        org.assertj.core.api.Assertions.catchRuntimeException(
            () ->
                ApiExchange.body(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))));
    assertThat(ApiExchange.status(notObject)).isEqualTo(400);
    assertThat(ApiExchange.error(new IllegalStateException("secret detail")).toString())
        .doesNotContain("secret detail");
  }
}
