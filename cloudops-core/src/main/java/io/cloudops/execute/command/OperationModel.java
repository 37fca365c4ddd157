package io.cloudops.execute.command;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One API operation of a service, as the SDK's model describes it.
 *
 * @param service the AWS CLI's service name ({@code ec2}, {@code s3api})
 * @param apiName the API's operation name ({@code StopInstances})
 * @param cliName the AWS CLI's operation name ({@code stop-instances})
 * @param requestType the SDK's request class
 * @param streamingOutput the response body is written to a file the command names ({@code s3api
 *     get-object}, {@code lambda invoke}): the AWS CLI takes that file as a positional argument
 * @param members the request's members, in the model's order
 */
public record OperationModel(
    String service,
    String apiName,
    String cliName,
    Class<?> requestType,
    boolean streamingOutput,
    List<MemberModel> members) {

  public OperationModel {
    members = List.copyOf(members);
  }

  /** The member the CLI calls {@code --cliName}. */
  public Optional<MemberModel> member(String cliName) {
    return members.stream().filter(m -> m.cliName().equals(cliName)).findFirst();
  }

  /** A fresh request builder, to check parameters against. */
  public SdkPojo newRequestBuilder() {
    return AwsOperations.newBuilder(requestType);
  }
}
