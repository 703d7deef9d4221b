package io.newsreaction.query;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/** A store iterator over a list that remembers whether it was closed. */
final class ListKeyValueIterator<K, V> implements KeyValueIterator<K, V> {
    private final List<KeyValue<K, V>> entries;
    private final Iterator<KeyValue<K, V>> it;
    private int position;
    private boolean closed;

    ListKeyValueIterator(List<KeyValue<K, V>> entries) {
        this.entries = entries;
        this.it = entries.iterator();
    }

    boolean closed() {
        return closed;
    }

    @Override
    public boolean hasNext() {
        return it.hasNext();
    }

    @Override
    public KeyValue<K, V> next() {
        position++;
        return it.next();
    }

    @Override
    public K peekNextKey() {
        if (position >= entries.size()) {
            throw new NoSuchElementException();
        }
        return entries.get(position).key;
    }

    @Override
    public void close() {
        closed = true;
    }
}
