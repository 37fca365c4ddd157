package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

/** Stand-in: a JenkinsRule for configuration-as-code tests. */
public class JenkinsConfiguredRule extends JenkinsRule {}
