package io.cloudops.execute.executor;

import io.cloudops.InvalidInputException;
import io.cloudops.execute.command.AwsServices;
import io.cloudops.execute.command.SdkPojoJson;
import io.cloudops.execute.risk.IamActionNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * Finds SDK v2 clients and operations by name: service {@code ec2} is {@code Ec2Client}, operation
 * {@code CreateTags} is {@code Ec2Client#createTags(CreateTagsRequest)} ({@link AwsServices} knows
 * the services). Operations that stream their response are refused.
 */
public final class SdkClients {

  /** An operation found on a client interface. */
  public record Operation(Class<?> clientInterface, Method method, Class<?> requestType) {

    /** A fresh request builder for the operation. */
    public SdkPojo newRequestBuilder() {
      try {
        return (SdkPojo) requestType.getMethod("builder").invoke(null);
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException("Cannot create a " + requestType.getName() + " builder", e);
      }
    }
  }

  private SdkClients() {}

  /**
   * The client interface of a service.
   *
   * @throws InvalidInputException when the service is unknown or its SDK module is absent
   */
  public static Class<?> clientInterface(String service) {
    return AwsServices.requireClient(service);
  }

  /** A new builder of the service's client. */
  public static AwsClientBuilder<?, ?> builder(String service) {
    Class<?> client = clientInterface(service);
    try {
      return (AwsClientBuilder<?, ?>) client.getMethod("builder").invoke(null);
    } catch (InvocationTargetException | IllegalAccessException | NoSuchMethodException e) {
      throw new IllegalStateException("Cannot create a " + client.getName() + " builder", e);
    }
  }

  /**
   * The operation's method on the service's client.
   *
   * @throws InvalidInputException when the client has no such operation
   */
  public static Operation operation(String service, String operation) {
    Class<?> client = clientInterface(service);
    String methodName =
        operation.isEmpty()
            ? operation
            : Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
    for (Method method : client.getMethods()) {
      if (method.getName().equals(methodName)
          && method.getParameterCount() == 1
          && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
        if (!SdkResponse.class.isAssignableFrom(method.getReturnType())) {
          throw new InvalidInputException(
              "'"
                  + service
                  + " "
                  + operation
                  + "' streams its response, which an SDK step cannot keep; use an aws_cli step,"
                  + " which writes it to the run's own directory");
        }
        return new Operation(client, method, method.getParameterTypes()[0]);
      }
    }
    throw new InvalidInputException(
        "service '" + service + "' has no SDK operation '" + operation + "'");
  }

  /** The operation, if the service and operation exist; empty otherwise. */
  public static Optional<Operation> find(String service, String operation) {
    try {
      return Optional.of(operation(service, operation));
    } catch (InvalidInputException unknown) {
      return Optional.empty();
    }
  }

  /** Whether an operation takes EC2's {@code DryRun} flag (CLI or SDK naming). */
  public static boolean supportsDryRun(String service, String operation) {
    String pascal = operation.contains("-") ? IamActionNames.kebabToPascal(operation) : operation;
    return find(service, pascal)
        .map(op -> SdkPojoJson.hasMember(op.newRequestBuilder(), "DryRun"))
        .orElse(false);
  }
}
