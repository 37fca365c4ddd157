package hudson.security;

/** Stand-in: how Jenkins authenticates users. Signatures only. */
public abstract class SecurityRealm {

  public static final SecurityRealm NO_AUTHENTICATION = null;
}
