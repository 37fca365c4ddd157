package io.cloudops.execute.command;

import java.util.Locale;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * One input member of an operation, as the SDK's model describes it.
 *
 * @param name the API's member name ({@code InstanceIds})
 * @param cliName the AWS CLI's option name without dashes ({@code instance-ids})
 * @param field the SDK's description of the member: its type and nested members
 */
public record MemberModel(String name, String cliName, SdkField<?> field) {

  /** Whether the CLI takes the member as a flag ({@code --dry-run} / {@code --no-dry-run}). */
  public boolean isFlag() {
    return field.marshallingType() == MarshallingType.BOOLEAN;
  }

  /** Whether the member is a list. */
  public boolean isList() {
    return field.marshallingType() == MarshallingType.LIST;
  }

  /**
   * Whether the member is documented to take a URL or URI ({@code QueueUrl}, {@code TemplateURL}).
   */
  public boolean takesUrl() {
    return takesUrl(name);
  }

  static boolean takesUrl(String memberName) {
    String lower = memberName.toLowerCase(Locale.ROOT);
    return lower.endsWith("url") || lower.endsWith("uri");
  }
}
