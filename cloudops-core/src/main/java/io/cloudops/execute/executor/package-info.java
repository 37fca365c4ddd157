/**
 * Step executors: the AWS CLI (argument lists, never a shell; refused arguments), the AWS SDK
 * (params JSON to request objects through the SDK model) and scripts; timeouts and cancel kill the
 * process tree.
 */
package io.cloudops.execute.executor;
