/**
 * The domain model: immutable records, mapped to JSON in snake_case exactly as the planning-server
 * protocol names the fields. Golden fixtures in the tests pin the wire format.
 */
package io.cloudops.model;
