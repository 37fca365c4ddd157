package io.cloudops.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test class against a real moto server: started once per JVM, reset before every test,
 * injected as a {@link MotoServer} parameter.
 *
 * <p>Without moto the tests are skipped with a visible reason, except under {@code CI=true}, where
 * they fail: CI never passes by silently skipping its AWS tests.
 */
public final class MotoExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  @Override
  public void beforeAll(ExtensionContext context) {
    server();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server().reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MotoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server();
  }

  private static MotoServer server() {
    try {
      return MotoServer.shared();
    } catch (MotoUnavailableException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw e;
      }
      System.err.println("SKIPPED (no moto): " + e.getMessage());
      Assumptions.abort(e.getMessage());
      throw e;
    }
  }
}
