package io.cloudops.store;

/** The estate and conversation stores of one data dir, closed together. */
public interface StoreHandle extends AutoCloseable {
  EstateStore estate();

  ChatStore chat();

  @Override
  void close();
}
