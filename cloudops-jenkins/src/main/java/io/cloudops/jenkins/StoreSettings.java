package io.cloudops.jenkins;

import io.cloudops.Secret;
import io.cloudops.config.StoreKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a store backend needs, resolved from the global configuration: secrets are {@link Secret}
 * (their {@code toString()} shows no value).
 *
 * @param dataDir the embedded store's directory (JENKINS_HOME/cloudops)
 * @param qdrantUrl for {@link StoreKind#QDRANT}
 * @param qdrantApiKey for {@link StoreKind#QDRANT}, when the server needs one
 * @param encryptionKey encrypts conversations at rest, when configured
 */
public record StoreSettings(
    StoreKind kind,
    Path dataDir,
    Optional<URI> qdrantUrl,
    Optional<Secret> qdrantApiKey,
    Optional<Secret> encryptionKey) {

  public StoreSettings {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(qdrantUrl, "qdrantUrl");
    Objects.requireNonNull(qdrantApiKey, "qdrantApiKey");
    Objects.requireNonNull(encryptionKey, "encryptionKey");
  }
}
