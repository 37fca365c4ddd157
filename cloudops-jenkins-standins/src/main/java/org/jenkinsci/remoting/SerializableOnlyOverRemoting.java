package org.jenkinsci.remoting;

import java.io.Serializable;

/**
 * Stand-in: serializable only through a remoting channel (remoting {@code
 * SerializableOnlyOverRemoting.java}); the default {@code getChannelForSerialization()} is not
 * modelled.
 */
public interface SerializableOnlyOverRemoting extends Serializable {}
