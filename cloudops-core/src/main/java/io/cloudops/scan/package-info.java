/**
 * The estate scanner: discovers AWS resources over (account, region, resource type) slices in
 * bounded parallel, streams pages of {@link io.cloudops.model.AwsResource} to a {@link
 * io.cloudops.scan.ScanSink}, reports failed slices as errors (never as empty) and tells added,
 * changed, unchanged and removed resources apart against a {@link io.cloudops.scan.KnownState}.
 */
package io.cloudops.scan;
