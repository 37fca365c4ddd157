package org.jenkinsci.plugins.workflow.flow;

/** Stand-in: how a Pipeline job defines its flow (a script, a Jenkinsfile from SCM). */
public abstract class FlowDefinition {}
