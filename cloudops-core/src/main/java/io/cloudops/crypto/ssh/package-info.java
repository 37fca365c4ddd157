/**
 * OpenSSH signatures ({@code ssh-keygen -Y sign}, the SSHSIG format) verified in Java with Bouncy
 * Castle (Ed25519, ECDSA, RSA), and git-format allowed-signers files.
 */
package io.cloudops.crypto.ssh;
