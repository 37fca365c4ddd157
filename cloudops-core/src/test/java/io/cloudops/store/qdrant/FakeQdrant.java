package io.cloudops.store.qdrant;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** Shared answers of the fake services. */
final class FakeQdrant {

  private FakeQdrant() {}

  static StatusRuntimeException notFound(String collection) {
    return Status.NOT_FOUND
        .withDescription("Collection `" + collection + "` doesn't exist!")
        .asRuntimeException();
  }
}
