/**
 * Backups of the store to S3: a consistent snapshot ({@link io.cloudops.backup.SnapshotSource}),
 * packed as a zip with a SHA-256 checksum, uploaded with server-side encryption, listed, restored
 * by date (checksum verified before anything is replaced) and pruned to the last N. {@link
 * io.cloudops.backup.BackupSession} gives front ends without AWS clients of their own a manager.
 * When a scheduled backup is due is the front end's rule (Jenkins: its own cron syntax).
 */
package io.cloudops.backup;
