package io.cloudops.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.Secret;
import io.cloudops.aws.AwsCredentialsSpec;
import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.SliceKey;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoExtension;
import io.cloudops.testing.MotoServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@ExtendWith(MotoExtension.class)
class EstateScannerIT {

  static final AwsCredentialsSpec KEYS =
      new AwsCredentialsSpec.StaticKeys("AKIDTESTING", Secret.of("testing"), null);
  static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

  private final EstateScanner scanner = new EstateScanner();

  static ScanOptions.Builder options(MotoServer moto) {
    return ScanOptions.builder()
        .credentials(KEYS)
        .endpointOverride(moto.endpoint())
        .regions(REGIONS)
        .callsPerSecondPerClient(0);
  }

  @Test
  void scanAll_findsEverySupportedType_inBothRegions_withTheirFields(MotoServer moto) {
    EstateSeed seed = new EstateSeed(moto);
    String role = seed.seedGlobal();
    REGIONS.forEach(r -> seed.seedRegion(r, role));
    List<ScanProgress> progress = Collections.synchronizedList(new ArrayList<>());

    ScanResult result = scanner.scanAll(options(moto).build(), progress::add);

    assertThat(result.errors()).isEmpty();
    Map<String, Set<String>> regionsByType =
        result.resources().stream()
            .collect(
                Collectors.groupingBy(
                    AwsResource::resourceType,
                    Collectors.mapping(AwsResource::region, Collectors.toSet())));
    for (String type : ScannerRegistry.resourceTypes()) {
      if (type.startsWith("iam:")) {
        assertThat(regionsByType.get(type)).as(type).containsExactly(AwsResource.GLOBAL_REGION);
      } else {
        assertThat(regionsByType.get(type)).as(type).containsAll(REGIONS);
      }
    }
    assertThat(result.totalCount()).isEqualTo(result.resources().size());
    assertThat(result.byService().keySet())
        .containsExactlyInAnyOrderElementsOf(ScannerRegistry.services());
    assertThat(progress).hasSize(result.slices());
    assertThat(progress.get(progress.size() - 1).percentage()).isEqualTo(100);

    AwsResource web = find(result, "ec2:instance", "web-eu-west-1");
    assertThat(web.state()).isEqualTo("running");
    assertThat(web.arn()).startsWith("arn:aws:ec2:eu-west-1:123456789012:instance/i-");
    assertThat(web.tags()).containsEntry("env", "test");
    assertThat(web.properties().get("instance_type").asText()).isEqualTo("t3.micro");
    assertThat(web.relationships()).containsKeys("vpc", "subnet");

    AwsResource bucket = find(result, "s3:bucket", "bucket-eu-west-1");
    assertThat(bucket.region()).isEqualTo("eu-west-1");
    assertThat(bucket.arn()).isEqualTo("arn:aws:s3:::bucket-eu-west-1");
    assertThat(bucket.properties().get("versioning").asText()).isEqualTo("Enabled");
    assertThat(bucket.properties().get("default_encryption").asText()).isEqualTo("AES256");
    assertThat(bucket.properties().get("block_public_acls").asBoolean()).isTrue();
    assertThat(bucket.tags()).containsEntry("owner", "data");

    AwsResource alice = find(result, "iam:user", "alice");
    assertThat(alice.properties().get("access_keys")).hasSize(1);
    assertThat(alice.properties().get("access_keys").get(0).get("age_days").asLong()).isZero();
    assertThat(alice.tags()).containsEntry("team", "platform");

    AwsResource fn = find(result, "lambda:function", "fn-us-east-1");
    assertThat(fn.relationships().get("role")).containsExactly(role);
    assertThat(fn.properties().get("runtime").asText()).isEqualTo("python3.12");
    assertThat(fn.tags()).containsEntry("team", "platform");

    AwsResource db = find(result, "rds:db-instance", "db-eu-west-1");
    assertThat(db.properties().get("engine").asText()).isEqualTo("postgres");
    assertThat(db.tags()).containsEntry("env", "test");
    assertThat(
            find(result, "rds:db-snapshot", "dbsnap-eu-west-1").relationships().get("db_instance"))
        .containsExactly("db-eu-west-1");
    assertThat(find(result, "elbv2:load-balancer", "lb-eu-west-1").tags())
        .containsEntry("env", "test");
    assertThat(find(result, "dynamodb:table", "table-eu-west-1").tags())
        .containsEntry("env", "test");
    assertThat(find(result, "ecs:service", "svc-eu-west-1").relationships().get("cluster").get(0))
        .endsWith("cluster/ecs-eu-west-1");
    assertThat(find(result, "eks:cluster", "eks-eu-west-1").relationships().get("role"))
        .containsExactly(role);
    assertThat(find(result, "cloudformation:stack", "stack-eu-west-1").state())
        .isEqualTo("CREATE_COMPLETE");
    assertThat(find(result, "sqs:queue", "queue-eu-west-1").tags()).containsEntry("env", "test");
    assertThat(find(result, "sns:topic", "topic-eu-west-1").arn())
        .isEqualTo("arn:aws:sns:eu-west-1:123456789012:topic-eu-west-1");
    assertThat(find(result, "ec2:image", "image-eu-west-1").state()).isEqualTo("available");
    assertThat(find(result, "ec2:snapshot", "backup-eu-west-1").relationships())
        .containsKey("volume");
    assertThat(
            find(result, "ec2:subnet", "subnet-eu-west-1").properties().get("cidr_block").asText())
        .isEqualTo("10.1.1.0/24");
    assertThat(find(result, "iam:policy", "read-buckets").arn())
        .isEqualTo("arn:aws:iam::123456789012:policy/read-buckets");
  }

  @Test
  void rescan_reportsAddedChangedUnchangedAndRemoved_perSlice(MotoServer moto) {
    try (SqsClient sqs = MotoClients.configure(SqsClient.builder(), moto, "eu-west-1").build();
        SnsClient sns = MotoClients.configure(SnsClient.builder(), moto, "eu-west-1").build()) {
      String keep = sqs.createQueue(r -> r.queueName("keep")).queueUrl();
      String gone = sqs.createQueue(r -> r.queueName("gone")).queueUrl();
      sns.createTopic(r -> r.name("first"));
      ScanOptions options = options(moto).services(List.of("sqs", "sns")).build();
      ScanResult first = scanner.scanAll(options);
      assertThat(first.changes().added()).isEqualTo(3);

      sqs.tagQueue(r -> r.queueUrl(keep).tags(Map.of("owner", "me")));
      sqs.deleteQueue(r -> r.queueUrl(gone));
      sns.createTopic(r -> r.name("second"));
      RecordingSink sink = new RecordingSink();

      ScanResult second =
          scanner.scanIncremental(options, SnapshotKnownState.of(first.resources()), null, sink);

      assertThat(second.changes()).isEqualTo(new ChangeCounts(1, 1, 1, 1));
      assertThat(sink.removed).containsExactly("arn:aws:sqs:eu-west-1:123456789012:gone");
      assertThat(sink.resources)
          .extracting(AwsResource::name)
          .containsExactlyInAnyOrder("keep", "second");
    }
  }

  @Test
  void rescan_ofGivenIds_listsOnlyTheImpliedTypes(MotoServer moto) {
    EstateSeed seed = new EstateSeed(moto);
    String instanceId = seed.seedRegion("us-east-1", seed.seedGlobal());
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, "us-east-1").build()) {
      ec2.createTags(r -> r.resources(instanceId).tags(List.of(ec2Tag("changed", "yes"))));
    }
    RecordingSink sink = new RecordingSink();

    ScanResult result =
        scanner.rescan(options(moto).build(), List.of(instanceId), KnownState.NONE, sink);

    assertThat(result.errors()).isEmpty();
    assertThat(result.slices()).isEqualTo(REGIONS.size());
    assertThat(sink.resources)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(instanceId);
              assertThat(r.tags()).containsEntry("changed", "yes");
            });
  }

  @Test
  void allRegions_meansTheAccountsEnabledRegions(MotoServer moto) {
    ScanOptions options =
        ScanOptions.builder()
            .credentials(KEYS)
            .endpointOverride(moto.endpoint())
            .services(List.of("sns"))
            .build();

    ScanResult result = scanner.scanAll(options);

    assertThat(result.errors()).isEmpty();
    assertThat(result.slices()).isGreaterThan(10);
  }

  @Test
  void validateCredentials_namesTheAccount(MotoServer moto) {
    CallerIdentity identity = scanner.validateCredentials(options(moto).build());

    assertThat(identity.accountId()).isEqualTo(MotoServer.DEFAULT_ACCOUNT_ID);
  }

  private static Tag ec2Tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static AwsResource find(ScanResult result, String type, String name) {
    return result.resources().stream()
        .filter(r -> r.resourceType().equals(type) && name.equals(r.name()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " named " + name));
  }

  /** Keeps what a scan streamed. */
  static final class RecordingSink implements ScanSink {
    final List<AwsResource> resources = Collections.synchronizedList(new ArrayList<>());
    final List<String> removed = Collections.synchronizedList(new ArrayList<>());
    final List<ScanError> failed = Collections.synchronizedList(new ArrayList<>());
    final List<SliceKey> completed = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> pageSizes = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void accept(SliceKey slice, List<AwsResource> page) {
      resources.addAll(page);
      pageSizes.add(page.size());
    }

    @Override
    public void sliceCompleted(SliceKey slice, List<String> removedKeys) {
      completed.add(slice);
      removed.addAll(removedKeys);
    }

    @Override
    public void sliceFailed(SliceKey slice, ScanError error) {
      failed.add(error);
    }
  }
}
