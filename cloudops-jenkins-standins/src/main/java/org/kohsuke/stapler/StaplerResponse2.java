package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/** Stand-in: the response Stapler hands to web methods. */
public interface StaplerResponse2 extends HttpServletResponse {}
