/**
 * The CloudOps Jenkins plugin: pipeline steps ({@code cloudopsScan}, {@code cloudopsAsk}, {@code
 * cloudopsExecute}), the global configuration and build-page actions. Thin glue: every step turns
 * its configuration and {@code StepContext} into one call of the core library ({@code
 * io.cloudops.*}) or of a small plain class here, and prints its messages. Jenkins is reached only
 * through {@link io.cloudops.jenkins.JenkinsFacade}.
 */
package io.cloudops.jenkins;
