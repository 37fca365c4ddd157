package io.cloudops.store.qdrant;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.CollectionConfig;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CollectionParams;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.GetCollectionInfoRequest;
import io.qdrant.client.grpc.Collections.GetCollectionInfoResponse;
import io.qdrant.client.grpc.Collections.UpdateCollection;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.CollectionsGrpc;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.HashMap;
import java.util.Map;

/** Create, describe, check and delete collections (single unnamed cosine vectors only). */
final class FakeCollectionsService extends CollectionsGrpc.CollectionsImplBase {

  private final Map<String, FakeCollection> collections;

  FakeCollectionsService(Map<String, FakeCollection> collections) {
    this.collections = collections;
  }

  @Override
  public void create(
      CreateCollection request, StreamObserver<CollectionOperationResponse> response) {
    VectorsConfig config = request.getVectorsConfig();
    if (!config.hasParams() || config.getParams().getDistance() != Distance.Cosine) {
      response.onError(
          Status.UNIMPLEMENTED
              .withDescription("the fake keeps one unnamed cosine vector per point")
              .asRuntimeException());
      return;
    }
    FakeCollection created =
        new FakeCollection((int) config.getParams().getSize(), request.getMetadataMap());
    if (collections.putIfAbsent(request.getCollectionName(), created) != null) {
      response.onError(
          Status.ALREADY_EXISTS
              .withDescription("Collection `" + request.getCollectionName() + "` already exists!")
              .asRuntimeException());
      return;
    }
    ok(response, true);
  }

  @Override
  public void get(
      GetCollectionInfoRequest request, StreamObserver<GetCollectionInfoResponse> response) {
    FakeCollection collection = collections.get(request.getCollectionName());
    if (collection == null) {
      response.onError(FakeQdrant.notFound(request.getCollectionName()));
      return;
    }
    VectorParams params =
        VectorParams.newBuilder()
            .setSize(collection.dimensions)
            .setDistance(Distance.Cosine)
            .build();
    CollectionInfo info =
        CollectionInfo.newBuilder()
            .setPointsCount(collection.points.size())
            .setConfig(
                CollectionConfig.newBuilder()
                    .putAllMetadata(collection.metadata)
                    .setParams(
                        CollectionParams.newBuilder()
                            .setVectorsConfig(VectorsConfig.newBuilder().setParams(params))))
            .build();
    response.onNext(GetCollectionInfoResponse.newBuilder().setResult(info).build());
    response.onCompleted();
  }

  /**
   * Only the collection's metadata, merged into what it holds, as Qdrant does ("will be merged with
   * already stored metadata", UpdateCollection in collections.proto).
   */
  @Override
  public void update(
      UpdateCollection request, StreamObserver<CollectionOperationResponse> response) {
    FakeCollection collection = collections.get(request.getCollectionName());
    if (collection == null) {
      response.onError(FakeQdrant.notFound(request.getCollectionName()));
      return;
    }
    Map<String, Value> merged = new HashMap<>(collection.metadata);
    merged.putAll(request.getMetadataMap());
    collection.metadata = Map.copyOf(merged);
    ok(response, true);
  }

  @Override
  public void collectionExists(
      CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> response) {
    boolean exists = collections.containsKey(request.getCollectionName());
    response.onNext(
        CollectionExistsResponse.newBuilder()
            .setResult(CollectionExists.newBuilder().setExists(exists))
            .build());
    response.onCompleted();
  }

  @Override
  public void delete(
      DeleteCollection request, StreamObserver<CollectionOperationResponse> response) {
    ok(response, collections.remove(request.getCollectionName()) != null);
  }

  private static void ok(StreamObserver<CollectionOperationResponse> response, boolean result) {
    response.onNext(CollectionOperationResponse.newBuilder().setResult(result).build());
    response.onCompleted();
  }
}
