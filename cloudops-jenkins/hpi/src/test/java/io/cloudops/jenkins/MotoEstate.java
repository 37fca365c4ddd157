package io.cloudops.jenkins;

import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoServer;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * The AWS the real engines work on in the JenkinsRule pipelines: moto with one running instance,
 * and the step environment that points the steps at it (as {@code CoreEnginesIT} does).
 */
final class MotoEstate {

  static final String REGION = MotoServer.DEFAULT_REGION;

  private final MotoServer moto;
  private final String instanceId;

  private MotoEstate(MotoServer moto, String instanceId) {
    this.moto = moto;
    this.instanceId = instanceId;
  }

  /** Seeds one running t3.micro instance into the (freshly reset) moto server. */
  static MotoEstate seed(MotoServer moto) {
    try (Ec2Client ec2 = ec2(moto)) {
      String image = ec2.registerImage(r -> r.name("hpi").rootDeviceName("/dev/sda1")).imageId();
      String id =
          ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1).instanceType("t3.micro"))
              .instances()
              .get(0)
              .instanceId();
      return new MotoEstate(moto, id);
    }
  }

  String instanceId() {
    return instanceId;
  }

  /** The script inside {@code withEnv} that sends the steps' AWS calls to moto. */
  String inside(String script) {
    return "withEnv(" + environment() + ") {\n" + script + "}\n";
  }

  /** The Groovy list of variables for {@code withEnv} or a declarative {@code environment}. */
  String environment() {
    return "['AWS_ENDPOINT_URL=" + moto.endpoint() + "', 'AWS_REGION=" + REGION + "']";
  }

  String endpoint() {
    return moto.endpoint().toString();
  }

  /** The seeded instance's state now, as moto reports it. */
  InstanceStateName instanceState() {
    try (Ec2Client ec2 = ec2(moto)) {
      return ec2.describeInstances(r -> r.instanceIds(instanceId))
          .reservations()
          .get(0)
          .instances()
          .get(0)
          .state()
          .name();
    }
  }

  private static Ec2Client ec2(MotoServer moto) {
    return MotoClients.configure(Ec2Client.builder(), moto, REGION).build();
  }
}
