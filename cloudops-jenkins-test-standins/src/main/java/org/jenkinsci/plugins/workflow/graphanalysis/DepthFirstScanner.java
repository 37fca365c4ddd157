package org.jenkinsci.plugins.workflow.graphanalysis;

/** Stand-in: walks a flow graph depth first. */
public class DepthFirstScanner extends AbstractFlowScanner {}
