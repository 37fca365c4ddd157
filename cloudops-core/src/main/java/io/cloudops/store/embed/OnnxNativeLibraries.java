package io.cloudops.store.embed;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Points ONNX Runtime at its native libraries unpacked once under a cache directory, through its
 * {@code onnxruntime.native.path} system property: otherwise every process extracts the 16 MB
 * library into a new temporary directory (about 0.1 s, and the directories stay behind). Does
 * nothing when the property is already set, on a platform the runtime's jar has no libraries for,
 * or when unpacking fails: the runtime then extracts them as it always does.
 */
final class OnnxNativeLibraries {

  static final String PATH_PROPERTY = "onnxruntime.native.path";

  private static final String RUNTIME = "onnxruntime";

  private OnnxNativeLibraries() {}

  /** The resource of the runtime's native library for this platform in the runtime's jar. */
  static Optional<String> runtimeResource() {
    return platform().map(platform -> directory(platform) + System.mapLibraryName(RUNTIME));
  }

  private static String directory(String platform) {
    return "ai/onnxruntime/native/" + platform + "/";
  }

  /** Call before the first use of {@code OrtEnvironment}; later calls change nothing. */
  static synchronized void useCacheIn(Path cacheDir) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    Optional<String> platform = platform();
    if (platform.isEmpty()) {
      return;
    }
    ClassLoader loader = OnnxNativeLibraries.class.getClassLoader();
    String base = directory(platform.get());
    String runtime = System.mapLibraryName(RUNTIME);
    String jni = System.mapLibraryName("onnxruntime4j_jni");
    Optional<Path> main =
        ResourceFiles.file(loader, base + runtime, cacheDir, "onnxruntime-{version}/" + runtime);
    if (main.isEmpty()) {
      return;
    }
    Path directory = main.get().getParent();
    Optional<Path> binding = ResourceFiles.file(loader, base + jni, directory, jni);
    if (binding.isPresent() && binding.get().getParent().equals(directory)) {
      System.setProperty(PATH_PROPERTY, directory.toString());
    }
  }

  /** The runtime jar's name for this platform, e.g. {@code linux-x64}. */
  static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osPart;
    if (os.contains("mac") || os.contains("darwin")) {
      osPart = "osx";
    } else if (os.contains("win")) {
      osPart = "win";
    } else if (os.contains("nux")) {
      osPart = "linux";
    } else {
      return Optional.empty();
    }
    String archPart;
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      archPart = "x64";
    } else if (arch.equals("aarch64")) {
      archPart = "aarch64";
    } else {
      return Optional.empty();
    }
    return Optional.of(osPart + "-" + archPart);
  }
}
