/** Test harness that runs tests against a real AWS emulator (moto) over HTTP. */
package io.cloudops.testing;
