package io.cloudops.store;

import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import java.util.List;
import java.util.Optional;

/** Conversations and their messages; message content is encrypted at rest. */
public interface ChatStore extends AutoCloseable {

  /** Appends a message to a conversation, creating the conversation on its first message. */
  void append(String contextId, Message message);

  /** The last {@code limit} messages of a conversation, oldest first. */
  List<Message> history(String contextId, int limit);

  /** A conversation's summary, if it exists. */
  Optional<Conversation> conversation(String contextId);

  /** Every conversation, most recently active first. */
  List<Conversation> conversations();

  /** Conversations whose messages are relevant to the query, best first. */
  List<Conversation> searchConversations(String query, int limit);

  /** Deletes a conversation and all its messages. */
  boolean delete(String contextId);

  @Override
  void close();
}
