package hudson.security.csrf;

import hudson.model.Descriptor;

/** Stand-in: the configuration of a crumb issuer. Signatures only. */
public abstract class CrumbIssuerDescriptor<T extends CrumbIssuer> extends Descriptor<CrumbIssuer> {

  protected CrumbIssuerDescriptor(String salt, String crumbRequestField) {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }

  public String getCrumbSalt() {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }
}
