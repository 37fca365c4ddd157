package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudops.jenkins.ask.CloudOpsAskStep;
import io.cloudops.jenkins.execute.ReviewPlanStep;
import io.cloudops.jenkins.execute.RunPlanStep;
import io.cloudops.jenkins.scan.CloudOpsScanStep;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The Snippet Generator and build pages: help for every field, and all user text escaped. */
class ViewsTest {

  @Test
  void everyStepParameterAndConfigurationField_hasAHelpFile_andAConfigView() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Class<?> type :
        List.of(
            CloudOpsAskStep.class,
            CloudOpsScanStep.class,
            ReviewPlanStep.class,
            RunPlanStep.class,
            CloudOpsGlobalConfiguration.class)) {
      for (String field : fields(type)) {
        if (!exists(type, "help-" + field + ".html")) {
          missing.add(type.getSimpleName() + "/help-" + field + ".html");
        }
      }
      if (!exists(type, "config.jelly")) {
        missing.add(type.getSimpleName() + "/config.jelly");
      }
    }
    assertThat(fields(CloudOpsScanStep.class)).contains("credentialsId", "regions", "roleArn");
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDataBoundSetter_hasAGetterOfTheSameType_forJcascAndTheSnippetGenerator() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type :
        List.of(
            CloudOpsAskStep.class,
            CloudOpsScanStep.class,
            ReviewPlanStep.class,
            RunPlanStep.class,
            CloudOpsGlobalConfiguration.class)) {
      for (Method setter : type.getMethods()) {
        if (!setter.isAnnotationPresent(DataBoundSetter.class)) {
          continue;
        }
        String property = setter.getName().substring(3);
        Class<?> propertyType = setter.getParameterTypes()[0];
        boolean found = false;
        for (String prefix : List.of("get", "is")) {
          try {
            found |= type.getMethod(prefix + property).getReturnType().equals(propertyType);
          } catch (NoSuchMethodException e) {
            // try the other prefix
          }
        }
        if (!found) {
          missing.add(type.getSimpleName() + "." + property);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyJellyView_escapesByDefault() throws IOException, URISyntaxException {
    Path root = Path.of(ViewsTest.class.getResource("/index.jelly").toURI()).getParent();
    List<Path> views;
    try (Stream<Path> walk = Files.walk(root)) {
      views = walk.filter(p -> p.toString().endsWith(".jelly")).toList();
    }
    assertThat(views).hasSizeGreaterThan(8);
    for (Path view : views) {
      String text = Files.readString(view, StandardCharsets.UTF_8);
      assertThat(text).as(view.toString()).startsWith("<?jelly escape-by-default='true'?>");
      assertThat(text.toLowerCase(Locale.ROOT))
          .as(view.toString())
          .doesNotContain("escapetext=\"false\"")
          .doesNotContain("<j:out");
    }
  }

  @Test
  void everyViewIncludingTheBuildsSidePanel_belongsToAClassWithGetRun() throws Exception {
    Path root = Path.of(ViewsTest.class.getResource("/index.jelly").toURI()).getParent();
    List<Path> views;
    try (Stream<Path> walk = Files.walk(root)) {
      views = walk.filter(p -> p.toString().endsWith(".jelly")).toList();
    }
    List<String> missing = new ArrayList<>();
    for (Path view : views) {
      if (!Files.readString(view, StandardCharsets.UTF_8).contains("it=\"${it.run}\"")) {
        continue;
      }
      String type = root.relativize(view.getParent()).toString().replace('/', '.');
      try {
        Class.forName(type).getMethod("getRun");
      } catch (ReflectiveOperationException e) {
        missing.add(type);
      }
    }
    assertThat(missing).as("views whose sidepanel include Stapler cannot resolve").isEmpty();
  }

  private static List<String> fields(Class<?> type) {
    List<String> fields = new ArrayList<>();
    for (Constructor<?> ctor : type.getConstructors()) {
      if (ctor.isAnnotationPresent(DataBoundConstructor.class)) {
        for (Parameter parameter : ctor.getParameters()) {
          fields.add(parameter.getName());
        }
      }
    }
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(DataBoundSetter.class)) {
        String name = method.getName().substring(3);
        fields.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
      }
    }
    return fields;
  }

  private static boolean exists(Class<?> type, String file) throws IOException {
    String path = "/" + type.getName().replace('.', '/') + "/" + file;
    try (InputStream in = ViewsTest.class.getResourceAsStream(path)) {
      return in != null;
    }
  }
}
