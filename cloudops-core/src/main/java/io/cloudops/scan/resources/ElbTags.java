package io.cloudops.scan.resources;

import io.cloudops.scan.spi.SliceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/** ELBv2 tags, read with {@code DescribeTags} in batches of 20 ARNs. */
final class ElbTags {

  private static final int BATCH = 20;

  private ElbTags() {}

  static Map<String, Map<String, String>> of(
      SliceContext context, ElasticLoadBalancingV2Client elb, List<String> arns) {
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < arns.size(); i += BATCH) {
      batches.add(arns.subList(i, Math.min(arns.size(), i + BATCH)));
    }
    Map<String, Map<String, String>> tags = new HashMap<>();
    for (List<TagDescription> descriptions :
        context.mapInParallel(
            batches, batch -> elb.describeTags(r -> r.resourceArns(batch)).tagDescriptions())) {
      for (TagDescription d : descriptions) {
        tags.put(d.resourceArn(), Tags.of(d.tags(), t -> t.key(), t -> t.value()));
      }
    }
    return tags;
  }
}
