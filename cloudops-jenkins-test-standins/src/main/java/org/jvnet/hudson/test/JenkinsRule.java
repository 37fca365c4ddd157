package org.jvnet.hudson.test;

import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import java.io.IOException;
import java.net.URL;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.xml.sax.SAXException;

/**
 * Stand-in of jenkins-test-harness' JenkinsRule: only the members the .hpi tests use, so that they
 * compile in the normal build. Signatures only; the real one starts a Jenkins.
 */
public class JenkinsRule {

  public Jenkins jenkins;

  public JenkinsRule.DummySecurityRealm createDummySecurityRealm() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public URL getURL() throws IOException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public void configRoundtrip() throws Exception {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @SuppressWarnings("rawtypes")
  public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @SuppressWarnings("rawtypes")
  public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public <
          J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>,
          R extends Run<J, R> & Queue.Executable>
      R buildAndAssertSuccess(J job) throws Exception {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public <
          J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>,
          R extends Run<J, R> & Queue.Executable>
      R buildAndAssertStatus(Result status, J job) throws Exception {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @SuppressWarnings("rawtypes")
  public void assertLogContains(String substring, Run run) throws IOException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  @SuppressWarnings("rawtypes")
  public void assertLogNotContains(String substring, Run run) throws IOException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public <R extends Run<?, ?>> R waitForMessage(String message, R r)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  public JenkinsRule.WebClient createWebClient() {
    throw new UnsupportedOperationException("stand-in: signatures only");
  }

  /** Stand-in: a browser logged in to the test Jenkins (HtmlUnit's, the real type). */
  public class WebClient extends org.htmlunit.WebClient {
    private static final long serialVersionUID = 1L;

    public WebClient() {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }

    public JenkinsRule.WebClient login(String username) throws Exception {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }

    @SuppressWarnings("rawtypes")
    public HtmlPage getPage(Run r, String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }

    public Page goTo(String relative, String expectedContentType) throws IOException, SAXException {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }

    public WebRequest addCrumb(WebRequest req) {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }

    public void setThrowExceptionOnFailingStatusCode(boolean enabled) {
      throw new UnsupportedOperationException("stand-in: signatures only");
    }
  }

  /** Stand-in: a security realm where every user's password is the user name. */
  public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {
    private DummySecurityRealm() {}
  }
}
