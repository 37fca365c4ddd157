/**
 * Ask: ground a prompt in the estate and the conversation, send it to the planning server (protocol
 * v1, docs/server-protocol.md), accept only strictly valid answers.
 */
package io.cloudops.ask;
