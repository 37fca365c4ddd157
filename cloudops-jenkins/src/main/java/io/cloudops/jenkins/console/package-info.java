/**
 * The console's Jenkins host: the "CloudOps" root action serves the core's console pages and JSON
 * API ({@code io.cloudops.console}) behind the CloudOps/View and CloudOps/Ask permissions, with
 * POST and a crumb for every change. Only the adaptation to Stapler lives here.
 */
package io.cloudops.jenkins.console;
