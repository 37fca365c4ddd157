/**
 * What a resource scanner is given and implements: {@link io.cloudops.scan.spi.ResourceScanner},
 * the slice it scans ({@link io.cloudops.scan.spi.SliceKey}, {@link
 * io.cloudops.scan.spi.SliceContext}) and the paced SDK clients it calls ({@link
 * io.cloudops.scan.spi.ServiceClients}). The scanners ({@code scan.resources}) and the scanner
 * ({@code scan}) both depend on this package; it depends on neither.
 */
package io.cloudops.scan.spi;
