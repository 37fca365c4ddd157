/**
 * {@code cloudopsScan}: reads the AWS estate into the store through the {@link
 * io.cloudops.jenkins.spi.ScanRunner} seam, prints a summary table, returns a Map and keeps a
 * summary with the build.
 */
package io.cloudops.jenkins.scan;
