package io.cloudops.jenkins.architecture;

import jenkins.model.Jenkins;
import software.amazon.awssdk.services.s3.S3Client;

/** A deliberate offender for the rules' own test (test sources only). */
final class CallsJenkinsAndAws {

  Object offend(boolean aws) {
    return aws ? S3Client.builder() : Jenkins.get();
  }
}
