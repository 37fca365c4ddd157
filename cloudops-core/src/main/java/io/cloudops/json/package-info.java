/** JSON mapping shared by every module: one mapper, and canonical JSON for hashes and digests. */
package io.cloudops.json;
