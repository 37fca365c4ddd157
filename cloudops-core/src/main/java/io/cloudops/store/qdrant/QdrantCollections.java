package io.cloudops.store.qdrant;

import io.cloudops.store.StoreException;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.KeywordIndexParams;
import io.qdrant.client.grpc.Collections.PayloadIndexParams;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.UpdateCollection;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import java.util.List;

/**
 * Creates a collection on first use (cosine, the embedder's size, keyword indexes) or checks it.
 */
final class QdrantCollections {

  private QdrantCollections() {}

  /**
   * Makes sure the collection exists with this vector size.
   *
   * @param keywordFields fields to index as keywords
   * @param tenantField the keyword field that partitions the data by tenant, or null
   * @return the schema version the collection recorded (the current one when just created)
   * @throws StoreException when it exists with another vector size
   */
  static long ensure(
      QdrantConnection qdrant,
      String collection,
      int dimensions,
      List<String> keywordFields,
      String tenantField,
      CollectionMetadata metadata) {
    boolean exists =
        qdrant.call(
            qdrant.client().collectionExistsAsync(collection, qdrant.timeout()),
            "checking collection " + collection);
    if (exists) {
      return check(qdrant, collection, dimensions, metadata);
    }
    VectorParams params =
        VectorParams.newBuilder().setSize(dimensions).setDistance(Distance.Cosine).build();
    CreateCollection create =
        CreateCollection.newBuilder()
            .setCollectionName(collection)
            .setVectorsConfig(VectorsConfig.newBuilder().setParams(params))
            .putAllMetadata(metadata.current())
            .build();
    qdrant.call(
        qdrant.client().createCollectionAsync(create, qdrant.timeout()),
        "creating collection " + collection);
    for (String field : keywordFields) {
      PayloadIndexParams index =
          PayloadIndexParams.newBuilder()
              .setKeywordIndexParams(
                  KeywordIndexParams.newBuilder().setIsTenant(field.equals(tenantField)))
              .build();
      qdrant.call(
          qdrant
              .client()
              .createPayloadIndexAsync(
                  collection,
                  field,
                  PayloadSchemaType.Keyword,
                  index,
                  true,
                  null,
                  qdrant.timeout()),
          "indexing " + field + " in collection " + collection);
    }
    return CollectionMetadata.CURRENT_SCHEMA;
  }

  /** Records the current metadata (schema version, model, key check) on an existing collection. */
  static void recordCurrent(
      QdrantConnection qdrant, String collection, CollectionMetadata metadata) {
    qdrant.call(
        qdrant
            .client()
            .updateCollectionAsync(
                UpdateCollection.newBuilder()
                    .setCollectionName(collection)
                    .putAllMetadata(metadata.current())
                    .build(),
                qdrant.timeout()),
        "recording schema " + CollectionMetadata.CURRENT_SCHEMA + " on collection " + collection);
  }

  private static long check(
      QdrantConnection qdrant, String collection, int dimensions, CollectionMetadata metadata) {
    CollectionInfo info =
        qdrant.call(
            qdrant.client().getCollectionInfoAsync(collection, qdrant.timeout()),
            "reading collection " + collection);
    var vectors = info.getConfig().getParams().getVectorsConfig();
    long size = vectors.hasParams() ? vectors.getParams().getSize() : -1;
    if (size != dimensions) {
      throw new StoreException(
          "Qdrant collection "
              + collection
              + " holds vectors of size "
              + (size < 0 ? "unknown (named vectors)" : size)
              + " but the embedding model makes "
              + dimensions
              + "; use another collection prefix or delete the collection");
    }
    metadata.check(collection, info.getConfig().getMetadataMap());
    return CollectionMetadata.schemaVersion(info.getConfig().getMetadataMap());
  }
}
