/**
 * The risk gate: each step's risk computed locally from AWS's published IAM access levels, raised
 * for production resources and large blast radius; the server's label can only raise it.
 */
package io.cloudops.execute.risk;
