package org.kohsuke.stapler;

/**
 * Stand-in: ready-made HTTP responses. As in the real one (stapler 2050.v425108fd5089 commit
 * 425108f, core/src/main/java/org/kohsuke/stapler/HttpResponses.java:63-87, 130-141, 203-205) each
 * is an object that renders the response when Stapler calls it; it carries no message. Rendering is
 * not modelled here, so a test cannot read a status or text out of these objects.
 */
public class HttpResponses {

  public static HttpResponseException ok() {
    return status(200);
  }

  public static HttpResponseException forbidden() {
    return status(403);
  }

  public static HttpResponseException status(int code) {
    return new HttpResponseException() {
      private static final long serialVersionUID = 1L;
    };
  }

  public static HttpResponseException errorWithoutStack(int code, String errorMessage) {
    return new HttpResponseException() {
      private static final long serialVersionUID = 1L;
    };
  }

  public static HttpResponse redirectToDot() {
    return new HttpResponse() {};
  }

  /** Stand-in: a response that can be thrown. */
  public abstract static class HttpResponseException extends RuntimeException
      implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public HttpResponseException() {}

    public HttpResponseException(String message) {
      super(message);
    }

    public HttpResponseException(String message, Throwable cause) {
      super(message, cause);
    }

    public HttpResponseException(Throwable cause) {
      super(cause);
    }
  }
}
