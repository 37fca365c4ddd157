package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudops.InvalidInputException;
import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanOptionsTest {

  @Test
  void noAccounts_meansTheBaseCredentialsOwnAccount() {
    ScanOptions options = ScanOptions.builder().build();

    assertThat(options.accounts())
        .singleElement()
        .satisfies(a -> assertThat(a.credentials()).isEqualTo(options.credentials()));
    assertThat(options.regions()).isEmpty();
    assertThat(options.services()).isEmpty();
  }

  @Test
  void accountsViaRole_assumeTheRoleInEachAccount_withTheBaseCredentials() {
    AwsCredentialsSpec keys =
        new AwsCredentialsSpec.StaticKeys("AKIDEXAMPLE", Secret.of("s"), null);

    ScanOptions options =
        ScanOptions.builder()
            .credentials(keys)
            .accountsViaRole(List.of("111122223333", "444455556666"), "audit", "ext-1")
            .build();

    assertThat(options.accounts())
        .extracting(a -> ((AwsCredentialsSpec.AssumeRole) a.credentials()).roleArn())
        .containsExactly(
            "arn:aws:iam::111122223333:role/audit", "arn:aws:iam::444455556666:role/audit");
    assertThat(options.accounts())
        .allSatisfy(
            a -> {
              AwsCredentialsSpec.AssumeRole role = (AwsCredentialsSpec.AssumeRole) a.credentials();
              assertThat(role.base()).isEqualTo(keys);
              assertThat(role.externalId()).isEqualTo("ext-1");
            });
  }

  @Test
  void badAccountId_isBadInput() {
    assertThatThrownBy(() -> ScanOptions.builder().accountsViaRole(List.of("12345"), "audit", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("12345");
  }

  @Test
  void noCredentialsMessage_namesTheSourcesTried_andNoSecret() {
    String message = NoCredentials.message(new AwsCredentialsSpec.DefaultChain());

    assertThat(message)
        .contains("environment variables", "~/.aws/credentials", "instance role", "a profile");
    assertThat(message.lines()).hasSize(1);
    assertThat(
            NoCredentials.message(
                new AwsCredentialsSpec.StaticKeys("AKIDEXAMPLE1234", Secret.of("topsecret"), null)))
        .doesNotContain("topsecret")
        .contains("****1234");
  }
}
