package io.cloudops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.config.CloudOpsSettings;
import io.cloudops.crypto.AesGcmCipher;
import io.cloudops.crypto.KeyFiles;
import io.cloudops.execute.history.ExecutionHistory;
import io.cloudops.model.Message;
import io.cloudops.store.StoreAccess;
import io.cloudops.store.StoreHandle;
import io.cloudops.store.backends.Stores;
import io.cloudops.testing.MotoClients;
import io.cloudops.testing.MotoServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A scanned moto estate and a real {@code cloudops console} process serving it: a VPC with a subnet
 * and a tagged instance, queues, two conversations and an AWS profile named {@code moto}.
 */
final class ConsoleEstate implements AutoCloseable {

  private static final Pattern URL =
      Pattern.compile("CloudOps console: (http://\\S+)/\\?token=(\\S+)");

  final Path dataDir;
  final Map<String, String> env;
  final String instanceId;
  final String subnetId;
  final String vpcId;
  private Process process;
  URI base;
  String token;
  final List<String> output = Collections.synchronizedList(new ArrayList<>());

  private ConsoleEstate(
      Path dir, Map<String, String> env, String instanceId, String subnetId, String vpcId) {
    this.dataDir = dir.resolve("data");
    this.env = env;
    this.instanceId = instanceId;
    this.subnetId = subnetId;
    this.vpcId = vpcId;
  }

  /** A data dir with one conversation and no estate, for tests that need no AWS. */
  static ConsoleEstate empty(Path dir) {
    Map<String, String> env = new HashMap<>();
    env.put("CLOUDOPS_DATA_DIR", dir.resolve("data").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("aws-credentials-absent").toString());
    env.put("AWS_CONFIG_FILE", dir.resolve("aws-config-absent").toString());
    ConsoleEstate estate = new ConsoleEstate(dir, env, null, null, null);
    try (StoreHandle stores = Stores.open(estate.settings(), env, StoreAccess.READ_WRITE)) {
      stores.chat().append("keep-me", Message.user("a conversation to protect", Instant.now()));
    }
    return estate;
  }

  /** Seeds moto, scans it into a fresh data dir, adds conversations; the console is not started. */
  static ConsoleEstate scanned(MotoServer moto, Path dir) throws IOException {
    moto.reset(); // the extension resets before each test; this runs before all of them
    Path credentials = dir.resolve("aws-credentials");
    Files.writeString(
        credentials,
        "[moto]\naws_access_key_id = testing\naws_secret_access_key = testing\n",
        StandardCharsets.UTF_8);
    Map<String, String> env = new HashMap<>();
    env.put("CLOUDOPS_DATA_DIR", dir.resolve("data").toString());
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ENDPOINT_URL", moto.endpoint().toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    env.put("AWS_CONFIG_FILE", dir.resolve("aws-config-absent").toString());
    String instance;
    String subnet;
    String vpc;
    try (Ec2Client ec2 = MotoClients.configure(Ec2Client.builder(), moto, "us-east-1").build();
        SqsClient sqs = MotoClients.configure(SqsClient.builder(), moto, "us-east-1").build()) {
      vpc =
          ec2.createVpc(
                  r ->
                      r.cidrBlock("10.40.0.0/16")
                          .tagSpecifications(tags(ResourceType.VPC, "shop-vpc", "prod")))
              .vpc()
              .vpcId();
      subnet =
          ec2.createSubnet(
                  r ->
                      r.vpcId(vpc)
                          .cidrBlock("10.40.1.0/24")
                          .tagSpecifications(tags(ResourceType.SUBNET, "shop-subnet", "prod")))
              .subnet()
              .subnetId();
      String image =
          ec2.registerImage(r -> r.name("shop-base").rootDeviceName("/dev/sda1")).imageId();
      instance =
          ec2.runInstances(
                  r ->
                      r.imageId(image)
                          .instanceType("t3.micro")
                          .minCount(1)
                          .maxCount(1)
                          .subnetId(subnet)
                          .tagSpecifications(tags(ResourceType.INSTANCE, "shop-web-1", "prod")))
              .instances()
              .get(0)
              .instanceId();
      sqs.createQueue(r -> r.queueName("shop-orders").tags(Map.of("env", "prod")));
      sqs.createQueue(r -> r.queueName("shop-orders-dev").tags(Map.of("env", "dev")));
    }
    ConsoleEstate estate = new ConsoleEstate(dir, env, instance, subnet, vpc);
    CliRun scan =
        CliRun.of(env, "--quiet", "scan", "--regions", "us-east-1", "--services", "ec2,sqs");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    try (StoreHandle stores = Stores.open(estate.settings(), env, StoreAccess.READ_WRITE)) {
      Instant now = Instant.now();
      stores.chat().append("billing-review", Message.user("which queues hold shop orders?", now));
      stores
          .chat()
          .append(
              "billing-review",
              Message.assistant("shop-orders in us-east-1 holds them.", now.plusSeconds(1)));
      stores.chat().append("night-shift", Message.user("stop the idle dev instances", now));
      stores
          .chat()
          .append(
              "markup",
              Message.user("<b>not bold</b> <img src=x onerror=alert(1)>", now.minusSeconds(60)));
    }
    return estate;
  }

  private static TagSpecification tags(ResourceType type, String name, String envTag) {
    return TagSpecification.builder()
        .resourceType(type)
        .tags(
            Tag.builder().key("Name").value(name).build(),
            Tag.builder().key("env").value(envTag).build())
        .build();
  }

  CloudOpsSettings settings() {
    return CloudOpsSettings.builder().dataDir(dataDir).build();
  }

  /** The data dir's execution history, for writing as the engine does. */
  ExecutionHistory history() {
    return ExecutionHistory.open(
        dataDir, new AesGcmCipher(KeyFiles.loadRing(dataDir, env)), Clock.systemUTC());
  }

  /** Starts {@code cloudops console --port 0} in its own JVM and reads the URL it prints. */
  ConsoleEstate start(String... extraArgs) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CloudOpsCli.class.getName());
    command.add("console");
    command.add("--port");
    command.add("0");
    command.addAll(List.of(extraArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().put("HOME", dataDir.getParent().toString());
    builder.environment().putAll(env);
    process = builder.start();
    CompletableFuture<Matcher> url = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  output.add(line);
                  Matcher m = URL.matcher(line);
                  if (m.find()) {
                    url.complete(m);
                  }
                }
              } catch (IOException ignored) {
                // the process ended
              }
              url.completeExceptionally(new IllegalStateException("console ended: " + output));
            },
            "console-output");
    reader.setDaemon(true);
    reader.start();
    Matcher found = url.get(90, TimeUnit.SECONDS);
    base = URI.create(found.group(1) + "/");
    token = found.group(2);
    return this;
  }

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A request to the console, with the token as a Bearer header. */
  HttpResponse<String> api(String method, String path, String body) throws Exception {
    return send(
        request(path)
            .header("Authorization", "Bearer " + token)
            .header("X-CloudOps-Console", "1")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
