/**
 * AWS CLI commands understood through the AWS SDK's own service model: a plan's {@code ec2
 * stop-instances --instance-ids i-1} is parsed against {@code StopInstancesRequest}'s members into
 * typed parameters, and the command that runs is rebuilt from them. Whatever cannot be proven
 * against the model is refused.
 */
package io.cloudops.execute.command;
