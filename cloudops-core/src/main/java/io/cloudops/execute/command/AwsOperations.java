package io.cloudops.execute.command;

import io.cloudops.InvalidInputException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.core.traits.TraitType;

/**
 * The operations of a service, read from its SDK client interface: every method that takes one
 * request object and returns a response (or streams one to a file) is an operation.
 */
public final class AwsOperations {

  private static final Map<Class<?>, Map<String, Operations>> CACHE = new ConcurrentHashMap<>();

  /**
   * Members the SDK renamed from the service model ({@code service Operation SdkName} → model
   * name): the AWS CLI takes the model's name. Found by {@code CliModelAgreementIT}, which compares
   * every operation with the installed AWS CLI's models.
   */
  private static final Map<String, String> MODEL_NAMES =
      Map.of(
          "s3api CopyObject DestinationBucket", "Bucket",
          "s3api CopyObject DestinationKey", "Key",
          "s3api UploadPartCopy DestinationBucket", "Bucket",
          "s3api UploadPartCopy DestinationKey", "Key",
          "sns AddPermission AWSAccountIds", "AWSAccountId",
          "sns AddPermission ActionNames", "ActionName",
          "cloudformation ListStacks stackStatusFilters", "StackStatusFilter");

  private AwsOperations() {}

  /** The operation the AWS CLI calls {@code aws <service> <cliOperation>}, if it exists. */
  public static Optional<OperationModel> find(String service, String cliOperation) {
    return AwsServices.client(service).map(client -> operations(service, client).get(cliOperation));
  }

  /**
   * The operation the AWS CLI calls {@code aws <service> <cliOperation>}.
   *
   * @throws InvalidInputException naming the unknown service or operation
   */
  public static OperationModel require(String service, String cliOperation) {
    Class<?> client = AwsServices.requireClient(service);
    OperationModel operation = operations(service, client).get(cliOperation);
    if (operation == null) {
      throw new InvalidInputException(
          "'" + cliOperation + "' is not an operation of the AWS service '" + service + "'");
    }
    return operation;
  }

  /** The CLI names of a service's operations; empty when the service is unknown. */
  public static List<String> names(String service) {
    return AwsServices.client(service)
        .map(client -> List.copyOf(operations(service, client).methods.keySet()))
        .orElse(List.of());
  }

  static SdkPojo newBuilder(Class<?> modelClass) {
    try {
      return (SdkPojo) modelClass.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("Cannot create a " + modelClass.getName() + " builder", e);
    }
  }

  private static Operations operations(String service, Class<?> client) {
    return CACHE
        .computeIfAbsent(client, c -> new ConcurrentHashMap<>())
        .computeIfAbsent(service, s -> new Operations(s, client));
  }

  /** A service's operations by CLI name; each operation's members are read on first use. */
  private static final class Operations {
    private final Map<String, Method> methods = new TreeMap<>();
    private final Map<String, OperationModel> models = new ConcurrentHashMap<>();
    private final String service;
    private final Class<?> client;

    Operations(String service, Class<?> client) {
      this.service = service;
      this.client = client;
      for (Method method : client.getMethods()) {
        if (method.getParameterCount() == 1
            && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])
            && (SdkResponse.class.isAssignableFrom(method.getReturnType())
                || streamsToFile(client, method))) {
          methods.putIfAbsent(CliNames.of(apiName(method)), method);
        }
      }
    }

    OperationModel get(String cliName) {
      Method method = methods.get(cliName);
      return method == null ? null : models.computeIfAbsent(cliName, n -> read(method));
    }

    private OperationModel read(Method method) {
      Class<?> request = method.getParameterTypes()[0];
      boolean streaming =
          streamsToFile(client, method)
              || (SdkResponse.class.isAssignableFrom(method.getReturnType())
                  && hasBlobPayload(method.getReturnType()));
      List<MemberModel> members = new ArrayList<>();
      String apiName = apiName(method);
      for (SdkField<?> field : newBuilder(request).sdkFields()) {
        String name =
            MODEL_NAMES.getOrDefault(
                service + " " + apiName + " " + field.memberName(), field.memberName());
        members.add(new MemberModel(name, CliNames.of(name), field));
      }
      return new OperationModel(
          service, apiName, CliNames.of(apiName), request, streaming, members);
    }
  }

  private static String apiName(Method method) {
    return Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
  }

  /** {@code getObject(GetObjectRequest, Path)}: the SDK can write the response body to a file. */
  private static boolean streamsToFile(Class<?> client, Method method) {
    return hasOverload(client, method.getName(), method.getParameterTypes()[0], Path.class);
  }

  private static boolean hasOverload(Class<?> client, String name, Class<?>... parameters) {
    return Arrays.stream(client.getMethods())
        .anyMatch(
            m -> m.getName().equals(name) && Arrays.equals(m.getParameterTypes(), parameters));
  }

  /** A response whose body is a blob: the AWS CLI writes it to a file ({@code lambda invoke}). */
  private static boolean hasBlobPayload(Class<?> response) {
    try {
      return newBuilder(response).sdkFields().stream()
          .anyMatch(
              f ->
                  f.marshallingType() == MarshallingType.SDK_BYTES
                      && f.containsTrait(PayloadTrait.class, TraitType.PAYLOAD_TRAIT));
    } catch (IllegalStateException noBuilder) {
      return false;
    }
  }
}
