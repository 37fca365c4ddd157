/**
 * The one entry point the CLI and the Jenkins plugin open a data dir through: settings, key ring,
 * store, execution history, risk assessor and execution engine, with secrets handed over as values.
 */
package io.cloudops.datadir;
