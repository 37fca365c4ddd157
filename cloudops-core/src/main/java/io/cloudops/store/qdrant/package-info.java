/**
 * The Qdrant backend of the store SPI: one collection for the estate and one for conversations on a
 * shared Qdrant server or cluster, reached over gRPC with the official Java client.
 */
package io.cloudops.store.qdrant;
