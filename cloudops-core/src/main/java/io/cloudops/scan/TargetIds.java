package io.cloudops.scan;

import io.cloudops.model.AwsResource;
import io.cloudops.scan.spi.ResourceScanner;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ids or ARNs of a targeted re-scan: which resource types and services they imply, and which
 * resources they match. Bare names (a bucket, a role) imply nothing: every selected type is looked
 * at.
 */
public final class TargetIds {

  private static final Map<String, String> EC2_PREFIXES =
      Map.of(
          "i-", "ec2:instance",
          "vol-", "ec2:volume",
          "snap-", "ec2:snapshot",
          "ami-", "ec2:image",
          "sg-", "ec2:security-group",
          "vpc-", "ec2:vpc",
          "subnet-", "ec2:subnet");

  private final Set<String> ids;

  private TargetIds(Set<String> ids) {
    this.ids = Set.copyOf(ids);
  }

  public static TargetIds of(Collection<String> ids) {
    Set<String> clean = new LinkedHashSet<>();
    ids.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(clean::add);
    return new TargetIds(clean);
  }

  public Set<String> ids() {
    return ids;
  }

  /** Whether the resource is one of the targets (by id, ARN or key). */
  public boolean matches(AwsResource resource) {
    return ids.contains(resource.id())
        || (resource.arn() != null && ids.contains(resource.arn()))
        || ids.contains(resource.key());
  }

  /** Whether a stored key belongs to one of the targets. */
  public boolean matchesKey(String key) {
    for (String id : ids) {
      if (key.equals(id) || key.endsWith("/" + id) || key.endsWith(":" + id)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a scanner could produce one of the targets. */
  public boolean selects(ResourceScanner scanner) {
    for (String id : ids) {
      Optional<String> type = impliedType(id);
      if (type.isPresent()) {
        if (type.get().equals(scanner.resourceType())) {
          return true;
        }
        continue;
      }
      Optional<String> service = impliedService(id);
      if (service.isEmpty() || service.get().equals(scanner.service())) {
        return true;
      }
    }
    return false;
  }

  static Optional<String> impliedType(String id) {
    String tail = id.startsWith("arn:") ? id.substring(id.lastIndexOf('/') + 1) : id;
    if (id.startsWith("arn:") && !id.startsWith("arn:aws:ec2:")) {
      return Optional.empty();
    }
    return EC2_PREFIXES.entrySet().stream()
        .filter(e -> tail.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  static Optional<String> impliedService(String id) {
    if (!id.startsWith("arn:")) {
      return impliedType(id).map(t -> t.substring(0, t.indexOf(':')));
    }
    String[] parts = id.split(":", 6);
    if (parts.length < 3) {
      return Optional.empty();
    }
    String service = parts[2];
    return Optional.of("elasticloadbalancing".equals(service) ? "elbv2" : service);
  }
}
