/**
 * Text from outside (a planning server, a plan file, a resource tag) made safe to show and to keep:
 * control and format characters stripped or made visible, secrets that look like AWS keys masked.
 */
package io.cloudops.text;
