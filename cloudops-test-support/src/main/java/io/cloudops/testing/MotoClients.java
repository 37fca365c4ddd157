package io.cloudops.testing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/** Points SDK client builders at a moto server with dummy credentials. */
public final class MotoClients {

  private MotoClients() {}

  /** Endpoint override, dummy static credentials and the given region. */
  public static <B extends AwsClientBuilder<B, C>, C> B configure(
      B builder, MotoServer moto, String region) {
    return builder
        .endpointOverride(moto.endpoint())
        .region(Region.of(region))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
  }

  /** As {@link #configure(AwsClientBuilder, MotoServer, String)} in the default region. */
  public static <B extends AwsClientBuilder<B, C>, C> B configure(B builder, MotoServer moto) {
    return configure(builder, moto, MotoServer.DEFAULT_REGION);
  }
}
