/**
 * The console's host-neutral API: query parsing, facets, related resources and the JSON shapes of
 * {@code /api/}, shared by the CLI's {@code cloudops console} and the Jenkins "CloudOps" page.
 * Hosts add transport, authentication and what only they can do (asking, checking accounts).
 */
package io.cloudops.console;
