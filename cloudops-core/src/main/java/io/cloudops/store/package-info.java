/**
 * The store SPI: {@link io.cloudops.store.EstateStore} and {@link io.cloudops.store.ChatStore},
 * with an embedded default (Lucene, in-process embeddings) and a Qdrant backend.
 */
package io.cloudops.store;
