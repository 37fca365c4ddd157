package com.cloudbees.jenkins.plugins.awscredentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/** Stand-in: an AWS access key and secret stored in Jenkins. Signatures only. */
public class AWSCredentialsImpl extends BaseAmazonWebServicesCredentials {
  private static final long serialVersionUID = 1L;

  public AWSCredentialsImpl(
      CredentialsScope scope, String id, String accessKey, String secretKey, String description) {
    super(scope, id, description);
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public AwsCredentials resolveCredentials() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public AwsCredentials resolveCredentials(String mfaToken) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
