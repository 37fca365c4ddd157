package io.cloudops.cli;

import io.cloudops.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** One running EC2 instance in moto, for tests that run plans against it. */
record Ec2Instance(Ec2Client ec2, String id) {

  static Ec2Instance launch(Ec2Client ec2, String imageName) {
    String ami = ec2.registerImage(r -> r.name(imageName).rootDeviceName("/dev/sda1")).imageId();
    String id =
        ec2.runInstances(r -> r.imageId(ami).minCount(1).maxCount(1))
            .instances()
            .get(0)
            .instanceId();
    return new Ec2Instance(ec2, id);
  }

  InstanceStateName state() {
    return ec2.describeInstances(r -> r.instanceIds(id))
        .reservations()
        .get(0)
        .instances()
        .get(0)
        .state()
        .name();
  }

  /** Writes a one-step {@code ec2} plan: {@code {"steps": [{"command": "ec2", "args": ...}]}}. */
  static Path plan(Path file, List<String> args) throws IOException {
    Files.writeString(
        file,
        Json.write(
            Map.of("steps", List.of(Map.of("step_id", "1", "command", "ec2", "args", args)))));
    return file;
  }
}
