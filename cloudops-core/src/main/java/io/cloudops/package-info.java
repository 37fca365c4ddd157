/**
 * CloudOps core: a plain Java library, free of Jenkins types, that the CLI and the Jenkins plugin
 * both drive. Sub-packages follow the architecture: {@code model}, {@code config}, {@code scan},
 * {@code store}, {@code ask}, {@code execute}, {@code crypto}, {@code backup}.
 */
package io.cloudops;
