/**
 * The narrow seams behind the steps: {@link io.cloudops.jenkins.spi.StoreProvider} (estate and chat
 * stores), {@link io.cloudops.jenkins.spi.ScanRunner} (the scanner), {@link
 * io.cloudops.jenkins.spi.PlanRunner} (the execution engine) and {@link
 * io.cloudops.jenkins.spi.BackupRunner} (scheduled backups). The steps depend on these interfaces
 * only; the implementations over the core's engines are wired in {@link
 * io.cloudops.jenkins.services.CloudOpsServices} (the backup runner in {@link
 * io.cloudops.jenkins.backup.CloudOpsBackupWork}).
 */
package io.cloudops.jenkins.spi;
