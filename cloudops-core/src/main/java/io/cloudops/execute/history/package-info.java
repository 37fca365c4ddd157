/**
 * The durable execution history: an append-only, fsync'd, encrypted event log that survives kill
 * -9, queryable by conversation, status and time.
 */
package io.cloudops.execute.history;
