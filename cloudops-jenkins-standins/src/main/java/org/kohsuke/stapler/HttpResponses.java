package org.kohsuke.stapler;

/** Stand-in: ready-made HTTP responses; each carries its status in its message. */
public class HttpResponses {

  public static HttpResponseException ok() {
    return status(200);
  }

  public static HttpResponseException forbidden() {
    return status(403);
  }

  public static HttpResponseException status(int code) {
    return new Status(Integer.toString(code));
  }

  public static HttpResponseException errorWithoutStack(int code, String errorMessage) {
    return new Status(code + " " + errorMessage);
  }

  public static HttpResponse redirectToDot() {
    return new Status("302 .");
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

  private static final class Status extends HttpResponseException {
    private static final long serialVersionUID = 1L;

    Status(String message) {
      super(message);
    }
  }
}
