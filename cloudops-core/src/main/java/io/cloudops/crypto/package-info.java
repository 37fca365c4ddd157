/** Encryption at rest: AES-256-GCM (BouncyCastle), a key ring for rotation, key files. */
package io.cloudops.crypto;
