package hudson.model;

import jenkins.model.RunAction2;

/** Stand-in: why a build was started. Signatures only. */
public class CauseAction implements RunAction2 {

  public CauseAction(Cause c) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }
}
