package org.rapidstart.questionnaire.loadplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.rapidstart.questionnaire.metadata.ClassOperationMeta;
import org.rapidstart.questionnaire.metadata.FieldMeta;
import org.rapidstart.questionnaire.metadata.MetadataCatalogue;
import org.rapidstart.questionnaire.metadata.TableMeta;

/**
 * The order in which tables and class operations load: a topological order of the catalogue's relations among the
 * tables present (a referenced table before the tables that reference it), with each class operation before the
 * tables that refer to a table it creates. Ties break by the canonical order of the catalogue (docs/ax-2012-tables.md)
 * so the same answers always give the same plan; an operation that creates nothing runs first, and one that
 * creates tables runs just before the first of them would have.
 */
public final class LoadOrder {

    /** One entry of the order: a table, or a class operation. */
    public record Entry(String name, boolean operation) {
        @Override
        public String toString() {
            return operation ? name + "()" : name;
        }
    }

    private LoadOrder() {
    }

    /**
     * Orders the given tables and operations (names as in the catalogue; unknown ones keep their place at the end,
     * by name).
     *
     * @throws LoadPlanException when the tables' relations form a cycle
     */
    public static List<Entry> order(MetadataCatalogue catalogue, Collection<String> tables,
                                    Collection<String> operations) {
        Map<String, Entry> nodes = new LinkedHashMap<>();
        tables.forEach(t -> nodes.putIfAbsent(key(t, false), new Entry(t, false)));
        operations.forEach(o -> nodes.putIfAbsent(key(o, true), new Entry(o, true)));

        // who creates which table: a table loaded from answers, or an operation that makes its records
        Map<String, List<String>> providers = new HashMap<>();
        for (Entry e : nodes.values()) {
            if (e.operation()) {
                for (String created : catalogue.classOperation(e.name()).map(ClassOperationMeta::creates)
                        .orElse(List.of())) {
                    providers.computeIfAbsent(created.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(key(e.name(), true));
                }
            } else {
                providers.computeIfAbsent(e.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(key(e.name(), false));
            }
        }

        Map<String, Set<String>> before = new HashMap<>(); // node -> nodes that must come before it
        Map<String, Set<String>> after = new HashMap<>();
        nodes.keySet().forEach(k -> {
            before.put(k, new LinkedHashSet<>());
            after.put(k, new LinkedHashSet<>());
        });
        for (Map.Entry<String, Entry> n : nodes.entrySet()) {
            if (n.getValue().operation()) {
                continue;
            }
            Optional<TableMeta> table = catalogue.table(n.getValue().name());
            for (FieldMeta f : table.map(TableMeta::fields).orElse(List.of())) {
                if (f.relation() == null || f.relation().table().equalsIgnoreCase(n.getValue().name())) {
                    continue;
                }
                for (String provider : providers.getOrDefault(f.relation().table().toLowerCase(Locale.ROOT),
                        List.of())) {
                    if (!provider.equals(n.getKey())) {
                        before.get(n.getKey()).add(provider);
                        after.get(provider).add(n.getKey());
                    }
                }
            }
        }

        Map<String, Integer> rank = new HashMap<>();
        nodes.forEach((k, e) -> rank.put(k, rank(catalogue, e)));
        Comparator<String> byRank = Comparator.<String>comparingInt(rank::get).thenComparing(k -> k);
        PriorityQueue<String> ready = new PriorityQueue<>(byRank);
        Map<String, Integer> waiting = new HashMap<>();
        before.forEach((k, deps) -> {
            waiting.put(k, deps.size());
            if (deps.isEmpty()) {
                ready.add(k);
            }
        });
        List<Entry> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String k = ready.poll();
            out.add(nodes.get(k));
            for (String next : after.get(k)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (out.size() < nodes.size()) {
            Set<String> left = new HashSet<>(nodes.keySet());
            out.forEach(e -> left.remove(key(e.name(), e.operation())));
            throw new LoadPlanException(findCycle(left, before, nodes, byRank));
        }
        return out;
    }

    private static String key(String name, boolean operation) {
        return (operation ? "op:" : "table:") + name.toLowerCase(Locale.ROOT);
    }

    private static int rank(MetadataCatalogue catalogue, Entry e) {
        int unknown = 2 * (catalogue.tables().size() + 1);
        if (!e.operation()) {
            int i = catalogue.canonicalIndex(e.name());
            return i < 0 ? unknown : 2 * i + 1;
        }
        List<String> creates = catalogue.classOperation(e.name()).map(ClassOperationMeta::creates).orElse(List.of());
        if (creates.isEmpty()) {
            return -1;
        }
        return creates.stream().mapToInt(catalogue::canonicalIndex).filter(i -> i >= 0).map(i -> 2 * i)
                .min().orElse(unknown);
    }

    /** Walks "must come before" links among the nodes left over until one repeats: that loop is the cycle. */
    private static List<String> findCycle(Set<String> left, Map<String, Set<String>> before, Map<String, Entry> nodes,
                                          Comparator<String> byRank) {
        String start = left.stream().min(byRank).orElseThrow();
        List<String> path = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        String current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = before.get(current).stream().filter(left::contains).min(byRank).orElseThrow();
        }
        // each step went from a table to one it refers to, so the names read "A -> B": A refers to B
        List<String> cycle = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
        List<String> names = new ArrayList<>();
        cycle.forEach(k -> names.add(nodes.get(k).toString()));
        names.add(names.get(0));
        return names;
    }
}
