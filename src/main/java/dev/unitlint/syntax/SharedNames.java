package dev.unitlint.syntax;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One String instance per distinct key or section name. A run keeps every syntax tree until
 * its last rule has run, and the 20,000 files of the benchmark tree hold some 270,000 keys and
 * section names but only a few hundred distinct ones: sharing them saves a String and its bytes
 * for nearly each one.
 *
 * <p>The table is shared by all threads and runs of the JVM, so it is bounded: once full (only
 * input with thousands of made-up keys gets there) further names are kept as they are.
 */
final class SharedNames {

    /** Far more than the directives and sections of all unit types together (about 1,500). */
    static final int CAPACITY = 8192;

    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>(1024);

    private SharedNames() {
    }

    /** The shared instance equal to {@code name}, or {@code name} itself. */
    static String of(String name) {
        String shared = NAMES.get(name);
        if (shared != null) {
            return shared;
        }
        if (NAMES.size() >= CAPACITY) {
            return name;
        }
        shared = NAMES.putIfAbsent(name, name);
        return shared == null ? name : shared;
    }
}
