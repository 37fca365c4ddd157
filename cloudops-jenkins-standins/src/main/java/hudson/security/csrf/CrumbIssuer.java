package hudson.security.csrf;

import hudson.model.Describable;
import jakarta.servlet.ServletRequest;

/**
 * Stand-in: issues and checks the crumbs of Jenkins's CSRF protection. Signatures only: crumbs are
 * not modelled (in Jenkins, {@code CrumbFilter} checks every POST before a plugin sees it).
 */
public abstract class CrumbIssuer implements Describable<CrumbIssuer> {

  public String getCrumbRequestField() {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }

  public String getCrumb(ServletRequest request) {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }

  public boolean validateCrumb(ServletRequest request, String salt, String crumb) {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }

  @Override
  public CrumbIssuerDescriptor<CrumbIssuer> getDescriptor() {
    throw new UnsupportedOperationException("stand-in: crumbs are not modelled");
  }
}
