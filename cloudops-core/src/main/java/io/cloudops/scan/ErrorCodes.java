package io.cloudops.scan;

import java.io.IOException;
import java.net.SocketTimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns a failure into the short code reported in a {@link ScanError}. */
final class ErrorCodes {

  private ErrorCodes() {}

  static String of(Throwable failure) {
    if (failure instanceof AwsServiceException aws) {
      if (aws.awsErrorDetails() != null && aws.awsErrorDetails().errorCode() != null) {
        return aws.awsErrorDetails().errorCode();
      }
      return aws.isThrottlingException() ? "Throttling" : "HTTP " + aws.statusCode();
    }
    if (failure instanceof ApiCallTimeoutException
        || failure instanceof ApiCallAttemptTimeoutException) {
      return "Timeout";
    }
    if (failure instanceof SdkClientException) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof SocketTimeoutException) {
          return "Timeout";
        }
        if (t instanceof IOException) {
          return "ConnectionFailed";
        }
      }
      return "ClientError";
    }
    return failure.getClass().getSimpleName();
  }

  /** The first line of the failure's message, without the SDK's request id noise. */
  static String message(Throwable failure) {
    String message = failure.getMessage();
    if (failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      message = aws.awsErrorDetails().errorMessage();
    }
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    return message.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
