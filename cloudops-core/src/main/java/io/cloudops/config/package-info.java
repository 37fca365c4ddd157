/** Settings: one immutable, validated object, read from the environment or built by a front end. */
package io.cloudops.config;
