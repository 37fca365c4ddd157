package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** Stand-in: the request Stapler dispatches (a servlet request with the path still to match). */
public interface StaplerRequest2 extends HttpServletRequest {

  String getRestOfPath();
}
