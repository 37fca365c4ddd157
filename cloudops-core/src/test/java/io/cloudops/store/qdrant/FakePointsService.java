package io.cloudops.store.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.FieldType;
import io.qdrant.client.grpc.Points.GetPoints;
import io.qdrant.client.grpc.Points.GetResponse;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.PointsGrpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Upsert, retrieve, scroll (with offset), count, delete (by ids or filter), nearest-neighbour query
 * (exact cosine over the stored vectors, filtered) and keyword field indexes.
 */
final class FakePointsService extends PointsGrpc.PointsImplBase {

  private final Map<String, FakeCollection> collections;

  FakePointsService(Map<String, FakeCollection> collections) {
    this.collections = collections;
  }

  /** Answers under the collection's lock, turning gRPC statuses into errors. */
  private static <T> void answer(
      StreamObserver<T> response, FakeCollection collection, Supplier<T> body) {
    T result;
    try {
      synchronized (collection) {
        result = body.get();
      }
    } catch (StatusRuntimeException e) {
      response.onError(e);
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }

  private static <T> void answer(
      StreamObserver<T> response,
      Map<String, FakeCollection> all,
      String name,
      Function<FakeCollection, T> body) {
    FakeCollection collection = all.get(name);
    if (collection == null) {
      response.onError(FakeQdrant.notFound(name));
      return;
    }
    answer(response, collection, () -> body.apply(collection));
  }

  private static PointsOperationResponse completed() {
    return PointsOperationResponse.newBuilder()
        .setResult(UpdateResult.newBuilder().setStatus(UpdateStatus.Completed))
        .build();
  }

  @Override
  public void upsert(UpsertPoints request, StreamObserver<PointsOperationResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          for (PointStruct point : request.getPointsList()) {
            float[] vector = FakeVectors.dense(point.getVectors(), c.dimensions);
            c.points.put(
                FakeCollection.order(point.getId()),
                new FakeCollection.StoredPoint(point.getId(), vector, point.getPayloadMap()));
          }
          return completed();
        });
  }

  @Override
  public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          if (request.getPoints().hasFilter()) {
            Filter filter = request.getPoints().getFilter();
            c.points.values().removeIf(p -> FakeFilters.accepts(filter, p));
          } else {
            for (PointId id : request.getPoints().getPoints().getIdsList()) {
              c.points.remove(FakeCollection.order(id));
            }
          }
          return completed();
        });
  }

  @Override
  public void get(GetPoints request, StreamObserver<GetResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          GetResponse.Builder out = GetResponse.newBuilder();
          for (PointId id : request.getIdsList()) {
            FakeCollection.StoredPoint point = c.points.get(FakeCollection.order(id));
            if (point != null) {
              out.addResult(
                  FakeVectors.retrieved(
                      point, request.getWithPayload(), request.getWithVectors().getEnable()));
            }
          }
          return out.build();
        });
  }

  @Override
  public void scroll(ScrollPoints request, StreamObserver<ScrollResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          int limit = request.hasLimit() ? request.getLimit() : 10;
          Map<String, FakeCollection.StoredPoint> from =
              request.hasOffset()
                  ? c.points.tailMap(FakeCollection.order(request.getOffset()), true)
                  : c.points;
          ScrollResponse.Builder out = ScrollResponse.newBuilder();
          for (FakeCollection.StoredPoint point : from.values()) {
            if (!FakeFilters.accepts(request.getFilter(), point)) {
              continue;
            }
            if (out.getResultCount() == limit) {
              out.setNextPageOffset(point.id());
              break;
            }
            out.addResult(
                FakeVectors.retrieved(
                    point, request.getWithPayload(), request.getWithVectors().getEnable()));
          }
          return out.build();
        });
  }

  @Override
  public void count(CountPoints request, StreamObserver<CountResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          long count =
              c.points.values().stream()
                  .filter(p -> FakeFilters.accepts(request.getFilter(), p))
                  .count();
          return CountResponse.newBuilder()
              .setResult(CountResult.newBuilder().setCount(count))
              .build();
        });
  }

  @Override
  public void query(QueryPoints request, StreamObserver<QueryResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          if (!request.getQuery().hasNearest() || !request.getQuery().getNearest().hasDense()) {
            throw Status.UNIMPLEMENTED
                .withDescription("only nearest queries with a dense vector")
                .asRuntimeException();
          }
          DenseVector dense = request.getQuery().getNearest().getDense();
          float[] query = FakeVectors.floats(dense.getDataList(), c.dimensions);
          List<ScoredPoint> scored = new ArrayList<>();
          for (FakeCollection.StoredPoint point : c.points.values()) {
            if (FakeFilters.accepts(request.getFilter(), point)) {
              scored.add(
                  ScoredPoint.newBuilder()
                      .setId(point.id())
                      .setScore(FakeVectors.cosine(query, point.vector()))
                      .putAllPayload(FakeVectors.payload(point, request.getWithPayload()))
                      .build());
            }
          }
          scored.sort(Comparator.comparingDouble(ScoredPoint::getScore).reversed());
          int limit = request.hasLimit() ? (int) request.getLimit() : 10;
          return QueryResponse.newBuilder()
              .addAllResult(scored.subList(0, Math.min(limit, scored.size())))
              .build();
        });
  }

  @Override
  public void createFieldIndex(
      CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> response) {
    answer(
        response,
        collections,
        request.getCollectionName(),
        c -> {
          if (request.getFieldType() != FieldType.FieldTypeKeyword) {
            throw Status.UNIMPLEMENTED.withDescription("only keyword indexes").asRuntimeException();
          }
          c.indexedFields.add(request.getFieldName());
          if (request.getFieldIndexParams().getKeywordIndexParams().getIsTenant()) {
            c.tenantFields.add(request.getFieldName());
          }
          return completed();
        });
  }
}
