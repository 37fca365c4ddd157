package io.cloudops.execute.command;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CLI's names for API names: {@code DescribeDBInstances} is {@code describe-db-instances},
 * {@code InstanceIds} is {@code --instance-ids}. The same transformation as botocore's {@code
 * xform_name}, which the AWS CLI applies to every operation and member of the service models.
 */
public final class CliNames {

  private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");
  private static final Map<String, String> PARTIAL_RENAMES =
      Map.of("ipv-6", "ipv6", "s-3-resources", "s3-resources");

  private CliNames() {}

  /** {@code DescribeDBInstances} → {@code describe-db-instances}. */
  public static String of(String apiName) {
    if (apiName.contains("-")) {
      return apiName;
    }
    String name = apiName;
    Matcher plural = PLURAL_ACRONYM.matcher(name);
    if (plural.find()) {
      String matched = plural.group();
      name =
          name.substring(0, name.length() - matched.length())
              + "-"
              + matched.toLowerCase(Locale.ROOT);
    }
    String first = FIRST_CAP.matcher(name).replaceAll("$1-$2");
    String transformed = END_CAP.matcher(first).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> rename : PARTIAL_RENAMES.entrySet()) {
      transformed = transformed.replace(rename.getKey(), rename.getValue());
    }
    return transformed;
  }
}
