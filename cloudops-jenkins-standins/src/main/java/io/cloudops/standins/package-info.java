/**
 * Test hooks of the Jenkins stand-ins. The stand-ins themselves live in Jenkins' real packages and
 * declare only members that exist in the real API (checked by {@code StandInFidelityTest}).
 */
package io.cloudops.standins;
