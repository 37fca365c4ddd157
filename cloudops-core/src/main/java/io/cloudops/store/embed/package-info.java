/**
 * Text embeddings for semantic search: the {@link io.cloudops.store.embed.Embedder} SPI and the
 * in-process ONNX model that ships in a Maven Central jar.
 */
package io.cloudops.store.embed;
