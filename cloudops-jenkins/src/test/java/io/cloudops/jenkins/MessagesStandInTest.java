package io.cloudops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reactor's stand-in of the localizer-generated {@code Messages} class has exactly one method
 * per key of {@code Messages.properties}, taking as many arguments as the text has, and returns the
 * text formatted as the generated class does (MessageFormat over the bundle).
 */
class MessagesStandInTest {

  private static Properties bundle() throws IOException {
    Properties texts = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("Messages.properties")) {
      texts.load(in);
    }
    return texts;
  }

  /** Method name to argument count, as the localizer names them (dots become underscores). */
  private static Map<String, Integer> expected(Properties texts) {
    Map<String, Integer> methods = new TreeMap<>();
    for (String key : texts.stringPropertyNames()) {
      int arguments = new MessageFormat(texts.getProperty(key)).getFormatsByArgumentIndex().length;
      methods.put(key.replace('.', '_'), arguments);
    }
    return methods;
  }

  private static Map<String, Integer> actual() {
    return Arrays.stream(Messages.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
        .collect(
            Collectors.toMap(
                Method::getName, Method::getParameterCount, (a, b) -> a, TreeMap::new));
  }

  @Test
  void everyKey_hasOneMethod_withItsArguments_andNoMore() throws IOException {
    assertThat(actual()).isEqualTo(expected(bundle()));
  }

  @Test
  void eachMethod_returnsItsTextFormatted() throws Exception {
    Properties texts = bundle();
    for (String key : texts.stringPropertyNames()) {
      Method method = Messages.class.getMethod(key.replace('.', '_'), argumentTypes(key, texts));
      Object[] arguments = new Object[method.getParameterCount()];
      Arrays.setAll(arguments, i -> "arg" + i);

      assertThat(method.invoke(null, arguments))
          .as(key)
          .isEqualTo(MessageFormat.format(texts.getProperty(key), arguments));
    }
  }

  private static Class<?>[] argumentTypes(String key, Properties texts) {
    Class<?>[] types = new Class<?>[expected(texts).get(key.replace('.', '_'))];
    Arrays.fill(types, Object.class);
    return types;
  }
}
