package io.cloudops.store.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.crypto.RecordCipher;
import io.cloudops.json.Json;
import io.cloudops.model.AwsResource;
import io.cloudops.store.ResourceText;
import io.cloudops.store.StoreException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a resource to a Lucene document and back. Properties are sealed (AES-GCM, associated data =
 * the resource key) before they reach Lucene; everything needed for matching stays clear.
 */
final class ResourceDocuments {

  private final RecordCipher cipher;

  ResourceDocuments(RecordCipher cipher) {
    this.cipher = cipher;
  }

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
    doc.add(new KnnFloatVectorField(EstateFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
    doc.add(new StoredField(EstateFields.VECTOR_COPY, toBytes(vector)));
    doc.add(new StoredField(EstateFields.CONTENT_HASH, resource.contentHash()));
    ObjectNode clear = Json.mapper().valueToTree(resource);
    JsonNode properties = clear.remove("properties");
    doc.add(new StoredField(EstateFields.CLEAR, clear.toString()));
    byte[] sealed =
        cipher.encrypt(
            (properties == null ? "{}" : properties.toString()).getBytes(StandardCharsets.UTF_8),
            key.getBytes(StandardCharsets.UTF_8));
    doc.add(new StoredField(EstateFields.SEALED_PROPERTIES, sealed));
    return doc;
  }

  AwsResource fromDocument(Document doc) {
    String key = doc.get(EstateFields.KEY);
    try {
      ObjectNode clear = (ObjectNode) Json.mapper().readTree(doc.get(EstateFields.CLEAR));
      BytesRef sealed = doc.getBinaryValue(EstateFields.SEALED_PROPERTIES);
      byte[] plain =
          cipher.decrypt(BytesRef.deepCopyOf(sealed).bytes, key.getBytes(StandardCharsets.UTF_8));
      clear.set("properties", Json.mapper().readTree(plain));
      return Json.mapper().treeToValue(clear, AwsResource.class);
    } catch (java.io.IOException e) {
      throw new StoreException("Stored resource " + key + " is unreadable: " + e, e);
    }
  }

  /** Re-seals a document's properties under the cipher's current key (key rotation). */
  Document reseal(Document stored) {
    AwsResource resource = fromDocument(stored);
    return toDocument(resource, vectorOf(stored));
  }

  static float[] vectorOf(Document doc) {
    BytesRef bytes = doc.getBinaryValue(EstateFields.VECTOR_COPY);
    ByteBuffer buffer =
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN);
    float[] vector = new float[bytes.length / Float.BYTES];
    buffer.asFloatBuffer().get(vector);
    return vector;
  }

  private static byte[] toBytes(float[] vector) {
    ByteBuffer buffer =
        ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }
}
