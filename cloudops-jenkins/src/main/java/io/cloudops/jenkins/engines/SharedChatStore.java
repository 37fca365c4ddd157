package io.cloudops.jenkins.engines;

import io.cloudops.model.Conversation;
import io.cloudops.model.Message;
import io.cloudops.store.ChatStore;
import java.util.List;
import java.util.Optional;

/** A step's view of a shared chat store: closing it releases the step's hold, not the store. */
final class SharedChatStore implements ChatStore {
  private final ChatStore store;
  private final Runnable release;

  SharedChatStore(ChatStore store, Runnable release) {
    this.store = store;
    this.release = release;
  }

  @Override
  public void append(String contextId, Message message) {
    store.append(contextId, message);
  }

  @Override
  public List<Message> history(String contextId, int limit) {
    return store.history(contextId, limit);
  }

  @Override
  public Optional<Conversation> conversation(String contextId) {
    return store.conversation(contextId);
  }

  @Override
  public List<Conversation> conversations() {
    return store.conversations();
  }

  @Override
  public List<Conversation> searchConversations(String query, int limit) {
    return store.searchConversations(query, limit);
  }

  @Override
  public boolean delete(String contextId) {
    return store.delete(contextId);
  }

  @Override
  public void close() {
    release.run();
  }
}
