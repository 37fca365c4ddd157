/**
 * One {@link io.cloudops.scan.spi.ResourceScanner} per supported resource type: each pages through
 * its list API with the SDK's paginators and maps the answers to {@link
 * io.cloudops.model.AwsResource}.
 */
package io.cloudops.scan.resources;
