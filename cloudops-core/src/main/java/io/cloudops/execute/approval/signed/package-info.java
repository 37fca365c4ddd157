/**
 * Approvals and requests that prove who made them: a short text bound to a plan digest, a principal
 * and a time, signed with the person's SSH key ({@code ssh-keygen -Y sign}) and checked against an
 * allowed-signers file.
 */
package io.cloudops.execute.approval.signed;
