package io.cloudops.backup;

import java.util.List;

/** A new backup, and the old ones retention deleted. */
public record CreateResult(BackupInfo created, List<BackupInfo> deleted) {}
