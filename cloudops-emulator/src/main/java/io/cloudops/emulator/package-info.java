/** Launches a local AWS emulator (moto) for tests and for {@code cloudops demo}. */
package io.cloudops.emulator;
