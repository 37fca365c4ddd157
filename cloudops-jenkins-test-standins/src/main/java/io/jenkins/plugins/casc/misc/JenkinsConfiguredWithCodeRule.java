package io.jenkins.plugins.casc.misc;

/** Stand-in: a JenkinsRule configured from the files of {@link ConfiguredWithCode}. */
public class JenkinsConfiguredWithCodeRule extends JenkinsConfiguredRule {}
