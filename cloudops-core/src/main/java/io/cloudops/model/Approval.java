package io.cloudops.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone's approval of exactly one plan, identified by its digest.
 *
 * @param signerKey the fingerprint of the SSH key whose signature of this approval verified against
 *     the allowed signers ({@code SHA256:...}); null for an unverified approval (a name typed at a
 *     terminal or given with {@code --approver})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Approval(
    String planDigest, String approver, Instant time, String comment, String signerKey) {

  public Approval {
    Objects.requireNonNull(planDigest, "plan_digest");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(time, "time");
    if (approver.isBlank()) {
      throw new IllegalArgumentException("approver must not be blank");
    }
  }

  /** An unverified approval: the approver's name is taken as given. */
  public Approval(String planDigest, String approver, Instant time, String comment) {
    this(planDigest, approver, time, comment, null);
  }

  /** Whether a signature proves who approved. */
  public boolean verified() {
    return signerKey != null;
  }

  /** {@code signed (SHA256:...)} or {@code unverified}, for output and history. */
  public String verification() {
    return verified() ? "signed (" + signerKey + ")" : "unverified";
  }
}
