package io.cloudops.store.lucene;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec with the HNSW graph parameters the store is tuned for (see
 * docs/benchmarks.md): a wider construction beam than Lucene's default of 100 buys recall on
 * estates full of near-identical resources (the same team, environment and type, differing only in
 * a number) for some indexing time. Only index construction reads these: segments record the format
 * by name, so any Lucene 9.12 reader opens them.
 */
final class StoreCodec {

  /** Neighbours per graph node (Lucene's default). */
  static final int MAX_CONNECTIONS = 16;

  /** Candidates kept while inserting a node. */
  static final int BEAM_WIDTH = 200;

  private StoreCodec() {}

  static Codec codec() {
    KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
    return new Lucene912Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
      }
    };
  }
}
