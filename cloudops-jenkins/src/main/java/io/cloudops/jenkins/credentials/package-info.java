/**
 * Where a step's AWS identity comes from: a credentials id, the environment of {@code
 * withCredentials([aws(...)])} / {@code withAWS}, or (only when the administrator allows it) the
 * controller's default chain. The decision is plain code ({@link
 * io.cloudops.jenkins.credentials.AwsCredentialsResolver}); {@link
 * io.cloudops.jenkins.credentials.StepAwsCredentials} is the Jenkins glue.
 */
package io.cloudops.jenkins.credentials;
