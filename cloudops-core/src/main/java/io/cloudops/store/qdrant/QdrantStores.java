package io.cloudops.store.qdrant;

import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyRing;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.store.ChatStore;
import io.cloudops.store.EstateStore;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.embed.Embedder;

/**
 * The estate and chat collections on one Qdrant connection, created on first use: {@code
 * <prefix>_estate} and {@code <prefix>_chat}, cosine vectors of the embedder's size.
 */
public final class QdrantStores implements StoreHandle {

  /** The default collection prefix. */
  public static final String DEFAULT_PREFIX = "cloudops";

  private final QdrantConnection qdrant;
  private final QdrantEstateStore estate;
  private final QdrantChatStore chat;

  private QdrantStores(QdrantConnection qdrant, QdrantEstateStore estate, QdrantChatStore chat) {
    this.qdrant = qdrant;
    this.estate = estate;
    this.chat = chat;
  }

  /**
   * Opens (creating when missing) the collections.
   *
   * @param qdrant closed with the stores
   * @param embedder used for indexing and queries; the caller closes it after the stores
   * @throws io.cloudops.store.StoreException when the server is unreachable or a collection holds
   *     vectors of another size or model
   * @throws io.cloudops.crypto.CryptoException when the key does not open the collections
   */
  public static QdrantStores open(
      QdrantConnection qdrant, String prefix, KeyRing keys, Embedder embedder) {
    try {
      RecordCipher cipher = new AesGcmCipher(keys);
      String estateCollection = prefix + "_estate";
      String chatCollection = prefix + "_chat";
      CollectionMetadata metadata = new CollectionMetadata(cipher, embedder.modelId());
      long estateSchema =
          QdrantCollections.ensure(
              qdrant,
              estateCollection,
              embedder.dimensions(),
              EstatePayload.INDEXED,
              EstatePayload.ACCOUNT,
              metadata);
      long chatSchema =
          QdrantCollections.ensure(
              qdrant,
              chatCollection,
              embedder.dimensions(),
              QdrantChatStore.INDEXED,
              null,
              metadata);
      QdrantEstateStore estate =
          new QdrantEstateStore(qdrant, estateCollection, embedder, new EstatePayload(cipher));
      if (estateSchema < CollectionMetadata.CURRENT_SCHEMA) {
        estate.reembedAll(); // then record the version: a crash before it re-embeds again
        QdrantCollections.recordCurrent(qdrant, estateCollection, metadata);
      }
      if (chatSchema < CollectionMetadata.CURRENT_SCHEMA) {
        QdrantCollections.recordCurrent(qdrant, chatCollection, metadata); // chat text unchanged
      }
      return new QdrantStores(
          qdrant, estate, new QdrantChatStore(qdrant, chatCollection, embedder, cipher));
    } catch (RuntimeException e) {
      qdrant.close();
      throw e;
    }
  }

  @Override
  public EstateStore estate() {
    return estate;
  }

  @Override
  public ChatStore chat() {
    return chat;
  }

  @Override
  public void close() {
    qdrant.close();
  }
}
