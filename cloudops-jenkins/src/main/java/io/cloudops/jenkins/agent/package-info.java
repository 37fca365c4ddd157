/**
 * Where a step's AWS work runs: on the agent of the enclosing {@code node {}} ({@link
 * io.cloudops.jenkins.agent.WorkPlace}), shipped with {@code FilePath.act} as callables of
 * serializable data (scans stream their resources back as NDJSON) and AWS CLI processes started
 * through the step's {@code Launcher}; on the controller only when an administrator allowed it.
 */
package io.cloudops.jenkins.agent;
