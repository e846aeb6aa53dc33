package dev.unitlint.catalog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The directive catalog compiled for start-up: the TSV files under
 * {@code src/main/resources/dev/unitlint/catalog/} (the source of truth, written by
 * {@code tools/catalog/generate.py}) turned at build time into one binary resource,
 * {@value #RESOURCE}, which a run maps as it is: its tables are arrays of string numbers into a
 * string pool, and its lookups are hash tables precomputed by the build, so loading the catalog
 * is reading one resource, and a lookup decodes only the strings it touches. Reading the TSVs
 * instead took a one-file run 20–30 ms.
 *
 * <p>The tables keep every column of the TSVs by name, so a column added to a TSV is carried
 * without a change here; {@link DirectiveCatalog} decides what the columns mean.
 *
 * <p>Layout (big-endian): magic and version; the string pool (count, end offsets, UTF-8 bytes);
 * three tables (directives, sections, enums: releases, column names, rows × columns of string
 * numbers); three indexes (by "Section.Key", by key, by enum query: open-addressing slots
 * keyed by {@link String#hashCode()}, then per entry its key and its rows).
 */
public final class CompiledCatalog {

    static final String RESOURCE = "/dev/unitlint/catalog/catalog.bin";
    private static final int MAGIC = 0x554c4301; // "ULC" and format 1

    private final ByteBuffer data;
    private final int stringCount;
    private final int stringEnds;
    private final int stringBytes;
    private final AtomicReferenceArray<String> strings;
    final CatalogTable directives;
    final CatalogTable sections;
    final CatalogTable enums;
    final CatalogIndex byQualifiedName;
    final CatalogIndex byKey;
    final CatalogIndex enumsByQuery;

    private CompiledCatalog(byte[] bytes) {
        data = ByteBuffer.wrap(bytes);
        if (data.getInt(0) != MAGIC) {
            throw new IllegalStateException(RESOURCE + " is not a compiled catalog of this unitlint version");
        }
        stringCount = data.getInt(4);
        stringEnds = 8;
        int byteCount = data.getInt(stringEnds + 4 * stringCount);
        stringBytes = stringEnds + 4 * stringCount + 4;
        strings = new AtomicReferenceArray<>(stringCount);
        int at = stringBytes + byteCount;
        Table directiveTable = table(at);
        Table sectionTable = table(directiveTable.end);
        Table enumTable = table(sectionTable.end);
        directives = directiveTable;
        sections = sectionTable;
        enums = enumTable;
        at = enumTable.end;
        Index qualified = new Index(at);
        Index keys = new Index(qualified.end);
        Index queries = new Index(keys.end);
        byQualifiedName = qualified;
        byKey = keys;
        enumsByQuery = queries;
    }

    /** The compiled catalog on the class path, or null when the build step has not made one. */
    static CompiledCatalog fromClasspath() throws IOException {
        try (InputStream in = CompiledCatalog.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new CompiledCatalog(in.readAllBytes());
        }
    }

    static CompiledCatalog read(byte[] bytes) {
        return new CompiledCatalog(bytes);
    }

    /** String number {@code id} of the pool, decoded on first use. */
    private String string(int id) {
        String s = strings.get(id);
        if (s == null) {
            int start = id == 0 ? 0 : data.getInt(stringEnds + 4 * (id - 1));
            int end = data.getInt(stringEnds + 4 * id);
            s = new String(data.array(), stringBytes + start, end - start, StandardCharsets.UTF_8);
            strings.set(id, s);
        }
        return s;
    }

    /** Reads a table's header (releases, column names) at {@code at}; its cells follow. */
    private Table table(int at) {
        List<Integer> releases = new ArrayList<>();
        int releaseCount = data.getInt(at);
        for (int i = 0; i < releaseCount; i++) {
            releases.add(data.getInt(at + 4 + 4 * i));
        }
        at += 4 + 4 * releaseCount;
        List<String> columns = new ArrayList<>();
        int columnCount = data.getInt(at);
        for (int i = 0; i < columnCount; i++) {
            columns.add(string(data.getInt(at + 4 + 4 * i)));
        }
        at += 4 + 4 * columnCount;
        return new Table(releases, columns, data.getInt(at), at + 4);
    }

    private final class Table extends CatalogTable {
        private final int rows;
        private final int cells;
        private final int columnCount;
        final int end;

        Table(List<Integer> releases, List<String> columns, int rows, int cells) {
            super(releases, columns);
            this.rows = rows;
            this.cells = cells;
            this.columnCount = columns.size();
            this.end = cells + 4 * rows * columnCount;
        }

        @Override
        int size() {
            return rows;
        }

        @Override
        String cell(int row, int column) {
            return string(data.getInt(cells + 4 * (row * columnCount + column)));
        }
    }

    private final class Index implements CatalogIndex {
        private final int slotCount;
        private final int slots;
        private final int entryKeys;
        private final int entryStarts;
        private final int rowsAt;
        final int end;

        Index(int at) {
            slotCount = data.getInt(at);
            slots = at + 4;
            int entries = data.getInt(slots + 4 * slotCount);
            entryKeys = slots + 4 * slotCount + 4;
            entryStarts = entryKeys + 4 * entries;
            rowsAt = entryStarts + 4 * (entries + 1);
            end = rowsAt + 4 * data.getInt(entryStarts + 4 * entries);
        }

        @Override
        public int[] rows(String key) {
            for (int slot = slotOf(key, slotCount); ; slot = (slot + 1) & (slotCount - 1)) {
                int entry = data.getInt(slots + 4 * slot) - 1;
                if (entry < 0) {
                    return NONE;
                }
                if (string(data.getInt(entryKeys + 4 * entry)).equals(key)) {
                    int from = data.getInt(entryStarts + 4 * entry);
                    int to = data.getInt(entryStarts + 4 * (entry + 1));
                    int[] result = new int[to - from];
                    for (int i = 0; i < result.length; i++) {
                        result[i] = data.getInt(rowsAt + 4 * (from + i));
                    }
                    return result;
                }
            }
        }
    }

    private static int slotOf(String key, int slotCount) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (slotCount - 1);
    }

    // ---------------------------------------------------------------------------------------
    // Writing, at build time

    /** Compiles the three TSV files of a catalog folder. */
    static byte[] compile(Reader directivesTsv, Reader sectionsTsv, Reader enumsTsv) throws IOException {
        CatalogTable directives = CatalogTable.readTsv(directivesTsv);
        CatalogTable sections = CatalogTable.readTsv(sectionsTsv);
        CatalogTable enums = CatalogTable.readTsv(enumsTsv);
        DirectiveCatalog.Indexes indexes = DirectiveCatalog.Indexes.build(directives, enums);

        Map<String, Integer> pool = new LinkedHashMap<>();
        ByteArrayOutputStream tables = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(tables);
        for (CatalogTable table : List.of(directives, sections, enums)) {
            writeTable(out, table, pool);
        }
        for (CatalogIndex.InMemory index : List.of(indexes.byQualifiedName(), indexes.byKey(), indexes.enumsByQuery())) {
            writeIndex(out, index, pool);
        }
        out.flush();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeInt(MAGIC);
        header.writeInt(pool.size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String s : pool.keySet()) {
            bytes.write(s.getBytes(StandardCharsets.UTF_8));
            header.writeInt(bytes.size());
        }
        header.writeInt(bytes.size());
        header.write(bytes.toByteArray());
        header.write(tables.toByteArray());
        header.flush();
        return file.toByteArray();
    }

    private static int intern(Map<String, Integer> pool, String s) {
        Integer id = pool.get(s);
        if (id == null) {
            id = pool.size();
            pool.put(s, id);
        }
        return id;
    }

    private static void writeTable(DataOutputStream out, CatalogTable table, Map<String, Integer> pool)
            throws IOException {
        out.writeInt(table.releases().size());
        for (int release : table.releases()) {
            out.writeInt(release);
        }
        List<String> columns = table.columnNames();
        out.writeInt(columns.size());
        for (String column : columns) {
            out.writeInt(intern(pool, column));
        }
        out.writeInt(table.size());
        for (int row = 0; row < table.size(); row++) {
            for (int column = 0; column < columns.size(); column++) {
                out.writeInt(intern(pool, table.cell(row, column)));
            }
        }
    }

    private static void writeIndex(DataOutputStream out, CatalogIndex.InMemory index, Map<String, Integer> pool)
            throws IOException {
        List<String> keys = new ArrayList<>(new TreeSet<>(index.keys()));
        int slotCount = Integer.highestOneBit(Math.max(1, keys.size() * 2 - 1)) * 2;
        int[] slots = new int[slotCount];
        for (int entry = 0; entry < keys.size(); entry++) {
            int slot = slotOf(keys.get(entry), slotCount);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slotCount - 1);
            }
            slots[slot] = entry + 1;
        }
        out.writeInt(slotCount);
        for (int slot : slots) {
            out.writeInt(slot);
        }
        out.writeInt(keys.size());
        for (String key : keys) {
            out.writeInt(intern(pool, key));
        }
        int total = 0;
        out.writeInt(0);
        Map<String, int[]> rows = new HashMap<>();
        for (String key : keys) {
            int[] r = index.rows(key);
            rows.put(key, r);
            total += r.length;
            out.writeInt(total);
        }
        for (String key : keys) {
            for (int row : rows.get(key)) {
                out.writeInt(row);
            }
        }
    }

    /**
     * Build step: {@code CompiledCatalog TSV_DIR OUTPUT_FILE} compiles directives.tsv,
     * sections.tsv and enums.tsv of {@code TSV_DIR} into {@code OUTPUT_FILE}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledCatalog TSV_DIR OUTPUT_FILE");
        }
        Path dir = Path.of(args[0]);
        byte[] compiled;
        try (Reader directives = Files.newBufferedReader(dir.resolve("directives.tsv"), StandardCharsets.UTF_8);
             Reader sections = Files.newBufferedReader(dir.resolve("sections.tsv"), StandardCharsets.UTF_8);
             Reader enums = Files.newBufferedReader(dir.resolve("enums.tsv"), StandardCharsets.UTF_8)) {
            compiled = compile(directives, sections, enums);
        }
        Path output = Path.of(args[1]);
        Files.createDirectories(output.getParent());
        Files.write(output, compiled);
    }
}
