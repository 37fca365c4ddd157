/**
 * The seams of {@link io.cloudops.jenkins.spi} implemented over the core's engines: the store
 * ({@link io.cloudops.store.backends.Stores}), the scanner ({@link io.cloudops.scan.EstateScanner})
 * and the execution engine ({@link io.cloudops.execute.ExecutionEngine}). They run in the
 * controller JVM.
 */
package io.cloudops.jenkins.engines;
