package io.cloudops.store.lucene;

import io.cloudops.store.StoreException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index directory: a writer (read-write) or none (read-only), a {@link SearcherManager}
 * for concurrent readers, and the commit user data that carries the schema version and key check.
 * Every change becomes visible and durable only through {@link #commit}: Lucene writes new segment
 * files and then atomically publishes a new {@code segments_N}, so a crash leaves the last commit.
 */
final class LuceneIndex implements AutoCloseable {

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private SearcherManager searchers;
  private Map<String, String> userData;

  /** The commit generation a read-only index's searchers were last refreshed at, or -1. */
  private volatile long seenGeneration = -1;

  private LuceneIndex(
      Path path,
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      Map<String, String> userData) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.userData = userData;
  }

  /** Reads the last commit's user data, or empty when there is no index yet. */
  static Optional<Map<String, String>> readUserData(Path path) {
    if (!Files.isDirectory(path)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      return Optional.of(SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IOException e) {
      throw damaged(path, e);
    }
  }

  /** The documents of the last commit, deleted ones included (what a rewrite reads). */
  static long documents(Path path) {
    try (Directory directory = FSDirectory.open(path)) {
      return SegmentInfos.readLatestCommit(directory).totalMaxDoc();
    } catch (IOException e) {
      throw damaged(path, e);
    }
  }

  static LuceneIndex open(Path path, Analyzer analyzer, boolean writable) {
    Directory directory = null;
    try {
      if (!writable && !Files.isDirectory(path)) {
        // nothing written yet: an empty index, and no directory created by a reader
        return new LuceneIndex(path, new ByteBuffersDirectory(), null, null, new HashMap<>());
      }
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      Map<String, String> userData =
          DirectoryReader.indexExists(directory)
              ? SegmentInfos.readLatestCommit(directory).getUserData()
              : Map.of();
      if (writable) {
        IndexWriterConfig config =
            new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setCodec(StoreCodec.codec())
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        return new LuceneIndex(
            path, directory, writer, new SearcherManager(writer, null), new HashMap<>(userData));
      }
      SearcherManager searchers =
          DirectoryReader.indexExists(directory) ? new SearcherManager(directory, null) : null;
      return new LuceneIndex(path, directory, null, searchers, new HashMap<>(userData));
    } catch (IOException e) {
      if (directory != null) {
        try {
          directory.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw damaged(path, e);
    }
  }

  static StoreException damaged(Path path, IOException e) {
    if (e instanceof CorruptIndexException
        || e instanceof EOFException
        || e instanceof NoSuchFileException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return new StoreException(
          "The store index at "
              + path
              + " is damaged ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); restore it from a backup, or delete that directory and scan again",
          e);
    }
    return new StoreException("Cannot read the store index at " + path + ": " + e, e);
  }

  Path path() {
    return path;
  }

  boolean writable() {
    return writer != null;
  }

  /** The writer; fails when the index was opened read-only. */
  IndexWriter writer() {
    if (writer == null) {
      throw new StoreException(
          "The store at " + path + " was opened read-only; open it read-write to change it");
    }
    return writer;
  }

  /** The user data of the last commit (plus what this writer set since). */
  synchronized Map<String, String> userData() {
    return Map.copyOf(userData);
  }

  /** Commits every pending change with the given user data merged in, then refreshes readers. */
  synchronized void commit(Map<String, String> data) {
    IndexWriter w = writer();
    userData.putAll(data);
    try {
      w.setLiveCommitData(Map.copyOf(userData).entrySet());
      w.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("Cannot commit to the store at " + path + ": " + e, e);
    }
  }

  /** Runs a read against the freshest searcher (a read-only index picks up new commits). */
  <T> T read(SearchFunction<T> function) {
    SearcherManager manager = searchers();
    try {
      if (manager == null) {
        return function.apply(new IndexSearcher(new MultiReader()));
      }
      refresh(manager);
      IndexSearcher searcher = manager.acquire();
      try {
        return function.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw damaged(path, e);
    }
  }

  /**
   * Brings the searchers up to the last commit. A writer's searchers compare versions in memory; a
   * read-only index first lists its directory for the last commit's generation and reopens only
   * when it differs from the one seen last: Lucene's own check re-reads the commit and every
   * segment's info file, a millisecond and a score of file reads on every search.
   */
  private void refresh(SearcherManager manager) throws IOException {
    if (writer != null) {
      manager.maybeRefresh();
      return;
    }
    long generation = SegmentInfos.getLastCommitGeneration(directory.listAll());
    if (generation != seenGeneration) {
      manager.maybeRefresh();
      seenGeneration = generation;
    }
  }

  private synchronized SearcherManager searchers() {
    if (searchers == null) {
      try {
        if (DirectoryReader.indexExists(directory)) {
          searchers = new SearcherManager(directory, null);
        }
      } catch (IOException e) {
        throw damaged(path, e);
      }
    }
    return searchers;
  }

  @Override
  public synchronized void close() {
    IOException failure = null;
    for (AutoCloseable closeable : new AutoCloseable[] {searchers, writer, directory}) {
      if (closeable == null) {
        continue;
      }
      try {
        if (closeable == writer) {
          writer.rollback();
        } else {
          closeable.close();
        }
      } catch (Exception e) {
        IOException io = e instanceof IOException ioe ? ioe : new IOException(e);
        if (failure == null) {
          failure = io;
        } else {
          failure.addSuppressed(io);
        }
      }
    }
    if (failure != null) {
      throw new StoreException("Cannot close the store index at " + path + ": " + failure, failure);
    }
  }

  /** A read against a searcher; I/O failures are reported as a damaged or unreadable store. */
  @FunctionalInterface
  interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
