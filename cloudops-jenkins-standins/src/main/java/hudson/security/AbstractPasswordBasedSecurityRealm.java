package hudson.security;

/** Stand-in: a security realm that checks user names and passwords. Signatures only. */
public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {}
