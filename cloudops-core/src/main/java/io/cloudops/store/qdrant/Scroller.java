package io.cloudops.store.qdrant;

import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pages through every point passing a filter, following the scroll offset. */
final class Scroller {

  /** Points per scroll page. */
  static final int PAGE = 256;

  private final QdrantConnection qdrant;
  private final String collection;

  Scroller(QdrantConnection qdrant, String collection) {
    this.qdrant = qdrant;
    this.collection = collection;
  }

  /**
   * The payloads of every point passing the filter.
   *
   * @param keyOnly fetch only the {@code key} field
   */
  List<Map<String, Value>> payloads(Filter filter, boolean keyOnly) {
    WithPayloadSelector payload =
        keyOnly
            ? WithPayloadSelectorFactory.include(List.of(EstatePayload.KEY))
            : WithPayloadSelectorFactory.enable(true);
    ScrollPoints.Builder request =
        ScrollPoints.newBuilder()
            .setCollectionName(collection)
            .setFilter(filter)
            .setLimit(PAGE)
            .setWithPayload(payload)
            .setWithVectors(WithVectorsSelectorFactory.enable(false));
    List<Map<String, Value>> all = new ArrayList<>();
    while (true) {
      ScrollResponse page =
          qdrant.call(
              qdrant.client().scrollAsync(request.build(), qdrant.timeout()), "listing points");
      for (RetrievedPoint point : page.getResultList()) {
        all.add(point.getPayloadMap());
      }
      if (!page.hasNextPageOffset()) {
        return all;
      }
      request.setOffset(page.getNextPageOffset());
    }
  }
}
