package io.cloudops.store.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking class-path resources once into the data dir's cache (the model's own jar here). */
class ResourceFilesTest {

  private static final ClassLoader LOADER = ResourceFilesTest.class.getClassLoader();
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  @TempDir Path cache;

  @Test
  void jarResource_isUnpackedOnce_underItsCrcAndSize() throws IOException {
    Path file = ResourceFiles.file(LOADER, TOKENIZER, cache, "tok-{version}.json").orElseThrow();

    assertThat(file.getParent()).isEqualTo(cache);
    assertThat(file.getFileName().toString()).matches("tok-[0-9a-f]+-\\d+\\.json");
    assertThat(Files.readAllBytes(file)).isEqualTo(resourceBytes());
    assertThat(cache).isDirectoryNotContaining("glob:**.tmp");

    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(file, old);
    assertThat(ResourceFiles.file(LOADER, TOKENIZER, cache, "tok-{version}.json")).contains(file);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old); // reused, not rewritten
  }

  @Test
  void truncatedCopy_isReplaced() throws IOException {
    Path file = ResourceFiles.file(LOADER, TOKENIZER, cache, "tok-{version}.json").orElseThrow();
    Files.write(file, new byte[] {'{'});

    Path again = ResourceFiles.file(LOADER, TOKENIZER, cache, "tok-{version}.json").orElseThrow();

    assertThat(again).isEqualTo(file);
    assertThat(Files.readAllBytes(again)).isEqualTo(resourceBytes());
  }

  @Test
  void missingResource_orUnwritableCache_meansNotCached() throws IOException {
    assertThat(ResourceFiles.file(LOADER, "no/such/resource.bin", cache, "x-{version}")).isEmpty();
    Path notADirectory = Files.writeString(cache.resolve("plain-file"), "x");
    assertThat(ResourceFiles.file(LOADER, TOKENIZER, notADirectory, "tok-{version}.json"))
        .isEmpty();
  }

  @Test
  void resourceInAClassDirectory_isUsedInPlace() {
    Optional<Path> file =
        ResourceFiles.file(
            LOADER, "io/cloudops/store/embed/ResourceFilesTest.class", cache, "x-{version}");

    assertThat(file).hasValueSatisfying(f -> assertThat(f).exists().isRegularFile());
    assertThat(file.orElseThrow().startsWith(cache)).isFalse();
  }

  @Test
  void platform_namesTheRuntimeJarsDirectoryForThisMachine() {
    assertThat(OnnxNativeLibraries.platform())
        .hasValueSatisfying(p -> assertThat(p).matches("(linux|osx|win)-(x64|aarch64)"));
    assertThat(
            LOADER.getResource(
                "ai/onnxruntime/native/"
                    + OnnxNativeLibraries.platform().orElseThrow()
                    + "/"
                    + System.mapLibraryName("onnxruntime")))
        .isNotNull();
  }

  @Test
  void embedderWithACache_unpacksTheModel_andEmbedsAsWithout() {
    try (OnnxEmbedder cached = OnnxEmbedder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 1, cache);
        OnnxEmbedder plain = OnnxEmbedder.load(EmbeddingModelSpec.ALL_MINILM_L6_V2_Q, 1)) {
      assertThat(cache).isDirectoryContaining("glob:**/all-minilm-l6-v2-q-*.onnx");
      assertThat(cached.embed("billing prod database"))
          .isEqualTo(plain.embed("billing prod database"));
    }
  }

  private static byte[] resourceBytes() throws IOException {
    try (InputStream in = LOADER.getResourceAsStream(TOKENIZER)) {
      return in.readAllBytes();
    }
  }
}
