package io.cloudops.scan;

/**
 * Who the credentials are, as STS GetCallerIdentity says.
 *
 * @param accountId the account
 * @param arn the user or assumed-role ARN
 * @param userId the unique id
 */
public record CallerIdentity(String accountId, String arn, String userId) {}
