/**
 * Scheduled backups of the controller's store to S3: {@link
 * io.cloudops.jenkins.backup.CloudOpsBackupWork} (the Jenkins periodic work, thin) hands the global
 * configuration to {@link io.cloudops.jenkins.backup.ScheduledBackups} (plain code: is a backup
 * due, run it, record it in {@link io.cloudops.jenkins.backup.BackupStateFile}); the backup itself
 * is the core's {@link io.cloudops.backup.BackupManager} behind {@link
 * io.cloudops.jenkins.spi.BackupRunner}.
 */
package io.cloudops.jenkins.backup;
