package org.jvnet.hudson.test;

import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;

/** Stand-in: grants permissions to named users in tests. Signatures only. */
public class MockAuthorizationStrategy extends AuthorizationStrategy {

  public MockAuthorizationStrategy() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public MockAuthorizationStrategy.Grant grant(Permission... permissions) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  /** Stand-in: the permissions being granted. */
  public class Grant {

    private Grant() {}

    public MockAuthorizationStrategy.Grant.GrantOn everywhere() {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }

    /** Stand-in: where they are granted. */
    public class GrantOn {

      private GrantOn() {}

      public MockAuthorizationStrategy to(String... sids) {
        throw new UnsupportedOperationException("stand-in: signatures only");
      }
    }
  }
}
