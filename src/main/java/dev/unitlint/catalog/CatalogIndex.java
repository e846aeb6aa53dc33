package dev.unitlint.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a catalog table by a string key ("Service.Type" → its directive row; "TimeoutSec" →
 * the rows of every section's TimeoutSec=). Built in memory from TSV tables, or read as the
 * precomputed hash table of {@link CompiledCatalog}, so that a lint run builds no map at all.
 */
interface CatalogIndex {

    int[] NONE = new int[0];

    /** The rows filed under {@code key}, ascending; {@link #NONE} when there are none. Callers only read the array. */
    int[] rows(String key);

    /** An index built in memory; {@link CompiledCatalog} writes it in its compact form. */
    final class InMemory implements CatalogIndex {
        private final Map<String, List<Integer>> building = new HashMap<>();
        private Map<String, int[]> rows;

        /** Files {@code row} under {@code key}; rows must be added in ascending order. */
        void add(String key, int row) {
            List<Integer> list = building.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (list.isEmpty() || list.get(list.size() - 1) != row) {
                list.add(row);
            }
        }

        InMemory done() {
            Map<String, int[]> result = new HashMap<>();
            for (Map.Entry<String, List<Integer>> entry : building.entrySet()) {
                result.put(entry.getKey(), entry.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
            rows = result;
            return this;
        }

        Set<String> keys() {
            return rows.keySet();
        }

        @Override
        public int[] rows(String key) {
            int[] found = rows.get(key);
            return found == null ? NONE : found;
        }
    }
}
