package com.cloudbees.jenkins.plugins.awscredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Stand-in: AWS keys (optionally an assumed role) stored in Jenkins. The SDK v1 supertype and its
 * members are omitted.
 */
public interface AmazonWebServicesCredentials extends StandardCredentials, AwsCredentialsProvider {
  String getDisplayName();

  AwsCredentials resolveCredentials(String mfaToken);
}
