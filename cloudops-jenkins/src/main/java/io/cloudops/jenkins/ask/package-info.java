/**
 * {@code cloudopsAsk}: asks the planning server about the estate, grounded in the store and the
 * conversation; keeps a proposed plan with the build ({@link
 * io.cloudops.jenkins.ask.CloudOpsPlanAction}).
 */
package io.cloudops.jenkins.ask;
