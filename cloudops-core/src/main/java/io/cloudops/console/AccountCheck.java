package io.cloudops.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudops.aws.AwsClientFactory;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.json.Json;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * {@code POST /api/accounts/check} in every host: STS GetCallerIdentity with an account's
 * credentials → {@code {"profile", "account_id", "arn", "user_id"}}; a refusal is a 502.
 */
public final class AccountCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private AccountCheck() {}

  /**
   * @param name the account's name in the host (AWS profile, Jenkins credentials id)
   * @param endpoint an AWS endpoint override (e.g. a local emulator); null for AWS
   */
  public static JsonNode check(
      String name, AwsCredentialsSpec credentials, URI endpoint, String region) {
    try (AwsClientFactory clients =
            AwsClientFactory.builder()
                .credentials(credentials)
                .endpointOverride(endpoint)
                .connectTimeout(TIMEOUT)
                .socketTimeout(TIMEOUT)
                .build();
        StsClient sts = clients.client(StsClient.builder(), region)) {
      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      ObjectNode json = Json.mapper().createObjectNode();
      json.put("profile", name);
      json.put("account_id", identity.account());
      json.put("arn", identity.arn());
      json.put("user_id", identity.userId());
      return json;
    } catch (SdkException failed) {
      throw new ApiException(
          502, "account " + name + " failed the check: " + firstLine(failed.getMessage()));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
