package io.cloudops.store.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.store.ResourceText;
import io.cloudops.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a resource to a Lucene document (schema 2) and back. Properties are sealed (AES-GCM,
 * associated data = the resource key) before they reach Lucene; everything needed for matching
 * stays clear. The vector is unit length and indexed for dot product (as cosine, but a third of the
 * arithmetic); the last-scanned time is an updatable doc value.
 */
final class ResourceDocuments {

  /** The vector similarity of schema 2 (schema 1 used cosine over the same unit vectors). */
  static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  /** {@link EstateFields#LAST_SCANNED} when the time is in the clear JSON instead (or absent). */
  static final long SCANNED_IN_JSON = Long.MIN_VALUE;

  private static final String LAST_SCANNED_JSON = "last_scanned";

  /** The stored fields a resource is read from (never the schema-1 vector copy). */
  private static final Set<String> CLEAR_FIELDS = Set.of(EstateFields.KEY, EstateFields.CLEAR);

  private static final Set<String> RESOURCE_FIELDS =
      Set.of(EstateFields.KEY, EstateFields.CLEAR, EstateFields.SEALED_PROPERTIES);

  private final RecordCipher cipher;

  ResourceDocuments(RecordCipher cipher) {
    this.cipher = cipher;
  }

  /**
   * @param vector the resource's unit vector, or null when the store has no model (lexical only)
   */
  Document toDocument(AwsResource resource, float[] vector) {
    String key = resource.key();
    Document doc = new Document();
    doc.add(new StringField(EstateFields.KEY, key, Field.Store.YES));
    doc.add(new SortedDocValuesField(EstateFields.KEY_SORT, new BytesRef(key)));
    doc.add(new StringField(EstateFields.ID, EstateFields.lower(resource.id()), Field.Store.NO));
    if (resource.arn() != null) {
      doc.add(
          new StringField(EstateFields.ARN, EstateFields.lower(resource.arn()), Field.Store.NO));
    }
    if (resource.name() != null && !resource.name().isBlank()) {
      doc.add(
          new StringField(EstateFields.NAME, EstateFields.lower(resource.name()), Field.Store.NO));
    }
    doc.add(new StringField(EstateFields.TYPE, resource.resourceType(), Field.Store.NO));
    doc.add(new StringField(EstateFields.ACCOUNT, resource.accountId(), Field.Store.NO));
    doc.add(new StringField(EstateFields.REGION, resource.region(), Field.Store.NO));
    if (resource.state() != null) {
      doc.add(new StringField(EstateFields.STATE, resource.state(), Field.Store.NO));
    }
    for (Map.Entry<String, String> tag : resource.tags().entrySet()) {
      doc.add(
          new StringField(
              EstateFields.TAG, EstateFields.tag(tag.getKey(), tag.getValue()), Field.Store.NO));
      doc.add(new StringField(EstateFields.TAG_KEY, tag.getKey(), Field.Store.NO));
    }
    doc.add(new TextField(EstateFields.TEXT, ResourceText.lexical(resource), Field.Store.NO));
    if (vector != null) {
      doc.add(new KnnFloatVectorField(EstateFields.VECTOR, vector, SIMILARITY));
    }
    doc.add(new StoredField(EstateFields.CONTENT_HASH, resource.contentHash()));
    ObjectNode clear = Json.mapper().valueToTree(resource);
    JsonNode properties = clear.remove("properties");
    OptionalLong scanned = epochNanos(resource.lastScanned());
    if (scanned.isPresent()) {
      clear.remove(LAST_SCANNED_JSON);
    }
    doc.add(new NumericDocValuesField(EstateFields.LAST_SCANNED, scanned.orElse(SCANNED_IN_JSON)));
    doc.add(new StoredField(EstateFields.CLEAR, clear.toString()));
    byte[] sealed =
        cipher.encrypt(
            (properties == null ? "{}" : properties.toString()).getBytes(StandardCharsets.UTF_8),
            key.getBytes(StandardCharsets.UTF_8));
    doc.add(new StoredField(EstateFields.SEALED_PROPERTIES, sealed));
    return doc;
  }

  /** The resource of a doc: its stored fields plus, in schema 2, the last-scanned doc value. */
  AwsResource read(IndexSearcher searcher, DocValuesReader values, int doc) throws IOException {
    Document stored = searcher.storedFields().document(doc, RESOURCE_FIELDS);
    OptionalLong scanned = values.number(EstateFields.LAST_SCANNED, doc);
    Instant lastScanned =
        scanned.isPresent() && scanned.getAsLong() != SCANNED_IN_JSON
            ? Instant.ofEpochSecond(0, scanned.getAsLong())
            : null;
    return fromDocument(stored, lastScanned);
  }

  /** The resources of the docs, in the given order (read in doc order). */
  List<AwsResource> readAll(IndexSearcher searcher, DocValuesReader values, int[] docs)
      throws IOException {
    AwsResource[] out = new AwsResource[docs.length];
    for (int i : inDocOrder(docs)) {
      out[i] = read(searcher, values, docs[i]);
    }
    return List.of(out);
  }

  /** The positions of the docs, ordered by doc id: column readers only move forward. */
  static int[] inDocOrder(int[] docs) {
    return IntStream.range(0, docs.length)
        .boxed()
        .sorted(Comparator.comparingInt(i -> docs[i]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * The resource of a doc with its clear fields only (properties left empty, nothing decrypted):
   * enough to judge what a query names of its region, tags, type or name.
   */
  AwsResource readClear(IndexSearcher searcher, int doc) throws IOException {
    Document stored = searcher.storedFields().document(doc, CLEAR_FIELDS);
    String key = stored.get(EstateFields.KEY);
    try {
      return Json.mapper().readValue(stored.get(EstateFields.CLEAR), AwsResource.class);
    } catch (IOException e) {
      throw new StoreException("Stored resource " + key + " is unreadable: " + e, e);
    }
  }

  /**
   * The resource of a doc's stored fields.
   *
   * @param lastScanned overrides the JSON's {@code last_scanned} when not null
   */
  AwsResource fromDocument(Document doc, Instant lastScanned) {
    String key = doc.get(EstateFields.KEY);
    try {
      ObjectNode clear = (ObjectNode) Json.mapper().readTree(doc.get(EstateFields.CLEAR));
      BytesRef sealed = doc.getBinaryValue(EstateFields.SEALED_PROPERTIES);
      byte[] plain =
          cipher.decrypt(BytesRef.deepCopyOf(sealed).bytes, key.getBytes(StandardCharsets.UTF_8));
      clear.set("properties", Json.mapper().readTree(plain));
      if (lastScanned != null) {
        clear.put(LAST_SCANNED_JSON, lastScanned.toString());
      }
      return Json.mapper().treeToValue(clear, AwsResource.class);
    } catch (IOException e) {
      throw new StoreException("Stored resource " + key + " is unreadable: " + e, e);
    }
  }

  /**
   * A time as epoch nanoseconds, when it fits in a long (years 1677 to 2262); other times stay in
   * the clear JSON.
   */
  static OptionalLong epochNanos(Instant time) {
    if (time == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(
          Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano()));
    } catch (ArithmeticException outOfRange) {
      return OptionalLong.empty();
    }
  }
}
