package org.kohsuke.stapler;

/** Stand-in: an object that renders an HTTP response (rendering is not modelled). */
public interface HttpResponse {}
