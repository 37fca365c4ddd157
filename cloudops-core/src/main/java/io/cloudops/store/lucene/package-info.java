/**
 * The embedded store backend: Apache Lucene indexes under {@code <data-dir>/store} with BM25 text,
 * exact keyword fields and an HNSW vector field, fused by reciprocal rank.
 */
package io.cloudops.store.lucene;
