package io.newsreaction.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * Live entries per state store of a closed Kafka Streams state directory, counted by opening each
 * task's RocksDB store read-only and iterating its keys. Unlike bytes on disk, which include
 * deletions RocksDB has not compacted away yet, the count shows what a store really holds, so two
 * runs of different length show whether a store is bounded.
 */
final class StoreEntries {
    private StoreEntries() {
    }

    static Map<String, Long> count(Path stateDir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(stateDir)) {
            return out;
        }
        RocksDB.loadLibrary();
        List<Path> stores;
        try (Stream<Path> paths = Files.walk(stateDir)) {
            stores = paths.filter(p -> p.getParent() != null && p.getParent().getFileName() != null
                    && p.getParent().getFileName().toString().equals("rocksdb") && Files.isDirectory(p)).toList();
        }
        for (Path store : stores) {
            out.merge(store.getFileName().toString(), entries(store), Long::sum);
        }
        return out;
    }

    /** Keys in every column family of one store, but the one holding Kafka Streams' own offsets. */
    private static long entries(Path store) throws IOException {
        try (Options options = new Options(); DBOptions dbOptions = new DBOptions()) {
            List<byte[]> families = RocksDB.listColumnFamilies(options, store.toString());
            List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
            for (byte[] family : families) {
                descriptors.add(new ColumnFamilyDescriptor(family));
            }
            List<ColumnFamilyHandle> handles = new ArrayList<>();
            try (RocksDB db = RocksDB.openReadOnly(dbOptions, store.toString(), descriptors, handles)) {
                long count = 0;
                for (int i = 0; i < handles.size(); i++) {
                    if (!new String(families.get(i), java.nio.charset.StandardCharsets.UTF_8).contains("offsets")) {
                        try (RocksIterator it = db.newIterator(handles.get(i))) {
                            for (it.seekToFirst(); it.isValid(); it.next()) {
                                count++;
                            }
                        }
                    }
                }
                handles.forEach(ColumnFamilyHandle::close);
                return count;
            }
        } catch (RocksDBException e) {
            throw new IOException("cannot read state store " + store + ": " + e.getMessage(), e);
        }
    }
}
