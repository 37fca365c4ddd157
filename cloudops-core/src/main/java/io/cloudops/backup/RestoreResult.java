package io.cloudops.backup;

/** What a restore replaced the data with. */
public record RestoreResult(BackupInfo backup, RestoredData data) {}
