package dev.unitlint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every unit of a system, when that set is known (a whole tree read with {@code --root}, or
 * files declared complete): what references between units are checked against. Built once,
 * then only read, so rules may share it across threads.
 *
 * <p>It is a light index: the names the units answer to and the dependencies that make cycles,
 * each with the place that set it; it keeps no unit, so their syntax trees can be dropped once
 * they are checked.
 */
public final class UnitSet {

    /**
     * Where a setting names a unit: the file and the span of the word in its value.
     *
     * @param path the file as the user named it
     */
    public record Place(String path, dev.unitlint.syntax.Span span) {

        static Place of(Reference reference) {
            Assignment assignment = reference.assignment();
            return new Place(assignment.file().path(),
                    assignment.entry().value().span(reference.from(), reference.to()));
        }
    }

    /**
     * A dependency added by a folder rather than a setting: {@code multi-user.target.wants/foo.service}.
     *
     * @param from   the unit the folder belongs to
     * @param kind   {@code Wants}, {@code Requires} or {@code Upholds}
     * @param to     the unit named by the entry
     * @param folder the folder, for messages
     */
    public record FolderDependency(String from, String kind, String to, String folder) {
    }

    /**
     * One edge of a dependency graph: {@code from} is ordered after, or requires, {@code to}.
     *
     * @param setBy where the setting that made the edge is, or empty for a folder dependency
     * @param how   how the edge was made, e.g. {@code b.service: Before=a.service}
     */
    public record Edge(String from, String to, Optional<Place> setBy, String how) {
    }

    /**
     * A cycle: {@code units.get(0)} → {@code units.get(1)} → … → back to the first, the first
     * being the least name, so the same cycle is always described the same way.
     */
    public record Cycle(List<String> units, List<Edge> edges) {
    }

    /** Unit types whose units systemd or its generators create at run time; a reference to one is never missing. */
    private static final Set<UnitType> GENERATED_TYPES = EnumSet.of(
            UnitType.DEVICE, UnitType.SCOPE, UnitType.MOUNT, UnitType.AUTOMOUNT, UnitType.SWAP, UnitType.SLICE);

    private static final Set<String> SPECIAL = loadSpecialUnits();

    /** Every name a unit is loaded under (its own, its aliases, its Alias= names) → its own name. */
    private final Map<String, String> byName = new TreeMap<>();
    private final Set<String> masked;
    private final List<FolderDependency> folderDependencies;
    private final List<Edge> orderingEdges = new ArrayList<>();
    private final List<Edge> requirementEdges = new ArrayList<>();
    private volatile Map<String, List<Cycle>> cyclesByKind;

    /**
     * @param units              every unit loaded, templates and instances included; only their
     *                           names and dependencies are kept
     * @param masked             names of masked units (linked to /dev/null or empty)
     * @param folderDependencies dependencies from {@code .wants/}, {@code .requires/} and {@code .upholds/} folders
     */
    public UnitSet(Collection<Unit> units, Collection<String> masked, List<FolderDependency> folderDependencies) {
        this(new Builder().add(units).summaries, masked, folderDependencies);
    }

    /**
     * What the set keeps of one unit.
     *
     * @param installAliases the valid names its {@code [Install]} Alias= gives it
     * @param edges          its ordering and requirement edges, to units as named (not yet canonical)
     */
    private record Summary(String name, boolean template, List<String> aliases, List<String> installAliases,
                           List<Edge> orderingEdges, List<Edge> requirementEdges) {
    }

    /**
     * Builds a set from units handed over a batch at a time, keeping only what the set needs of
     * each, so that a run can read, summarise and drop one batch before the next.
     */
    public static final class Builder {
        private final List<Summary> summaries = new ArrayList<>();

        public Builder add(Collection<Unit> units) {
            for (Unit unit : units) {
                summaries.add(summarise(unit));
            }
            return this;
        }

        public UnitSet build(Collection<String> masked, List<FolderDependency> folderDependencies) {
            return new UnitSet(summaries, masked, folderDependencies);
        }
    }

    private UnitSet(List<Summary> summaries, Collection<String> masked, List<FolderDependency> folderDependencies) {
        for (Summary unit : summaries) {
            byName.putIfAbsent(unit.name(), unit.name());
        }
        for (Summary unit : summaries) {
            for (String alias : unit.aliases()) {
                byName.putIfAbsent(alias, unit.name());
            }
            // Alias= in [Install] becomes a link when the unit is enabled: a name others may use.
            for (String alias : unit.installAliases()) {
                byName.putIfAbsent(alias, unit.name());
            }
        }
        this.masked = Collections.unmodifiableSet(new TreeSet<>(masked));
        this.folderDependencies = List.copyOf(folderDependencies);
        // The units systemd can load (templates are not units of their own, their instances are),
        // each once, in name order.
        Map<String, Summary> distinct = new TreeMap<>();
        for (Summary unit : summaries) {
            distinct.putIfAbsent(unit.name(), unit);
        }
        for (Summary unit : distinct.values()) {
            if (!unit.template()) {
                for (Edge edge : unit.orderingEdges()) {
                    orderingEdges.add(new Edge(canonical(edge.from()), canonical(edge.to()), edge.setBy(), edge.how()));
                }
                for (Edge edge : unit.requirementEdges()) {
                    requirementEdges.add(new Edge(edge.from(), canonical(edge.to()), edge.setBy(), edge.how()));
                }
            }
        }
        for (FolderDependency dep : folderDependencies) {
            if (dep.kind().equals("Requires")) {
                requirementEdges.add(new Edge(canonical(dep.from()), canonical(dep.to()), Optional.empty(),
                        dep.folder() + "/" + dep.to()));
            }
        }
    }

    private static Summary summarise(Unit unit) {
        String self = unit.name().name();
        List<String> installAliases = new ArrayList<>();
        for (Reference alias : Reference.inList(unit, Unit.INSTALL, "Alias")) {
            alias.target().filter(UnitName::isValid).ifPresent(installAliases::add);
        }
        List<Edge> ordering = new ArrayList<>();
        List<Edge> requirement = new ArrayList<>();
        if (!unit.name().isTemplate()) {
            // Edges keep the names as written: which unit a name leads to is known only with every unit.
            for (Reference ref : Reference.inList(unit, "Unit", "After")) {
                ref.target().ifPresent(t -> ordering.add(new Edge(self, t, Optional.of(Place.of(ref)),
                        self + ": After=" + ref.written())));
            }
            for (Reference ref : Reference.inList(unit, "Unit", "Before")) {
                ref.target().ifPresent(t -> ordering.add(new Edge(t, self, Optional.of(Place.of(ref)),
                        self + ": Before=" + ref.written())));
            }
            for (String key : List.of("Requires", "BindsTo", "Requisite")) {
                for (Reference ref : Reference.inList(unit, "Unit", key)) {
                    ref.target().ifPresent(t -> requirement.add(new Edge(self, t, Optional.of(Place.of(ref)),
                            self + ": " + key + "=" + ref.written())));
                }
            }
        }
        return new Summary(self, unit.name().isTemplate(), unit.aliases(), installAliases, ordering, requirement);
    }

    /**
     * The name of the unit loaded under a name or alias; an instance not loaded itself is found
     * as its template.
     */
    public Optional<String> find(String name) {
        String unit = byName.get(name);
        if (unit == null) {
            unit = UnitName.parse(name).filter(UnitName::isInstance).flatMap(UnitName::templateName)
                    .map(byName::get).orElse(null);
        }
        return Optional.ofNullable(unit);
    }

    public boolean isMasked(String name) {
        return masked.contains(name);
    }

    /** A unit systemd.special(7) lists: provided by systemd itself. */
    public static boolean isSpecial(String name) {
        return SPECIAL.contains(name);
    }

    /**
     * Whether a reference to {@code name} finds a unit: one in the set (or its template), a
     * masked one, a special unit, or a type systemd creates at run time (devices, mounts,
     * swaps, slices, scopes).
     */
    public boolean resolves(String name) {
        if (find(name).isPresent() || masked.contains(name) || isSpecial(name)) {
            return true;
        }
        return UnitName.parse(name).map(n -> GENERATED_TYPES.contains(n.type())).orElse(false);
    }

    /** The canonical name a reference leads to: the unit's own name for an alias. */
    private String canonical(String name) {
        String unit = byName.get(name);
        return unit == null ? name : unit;
    }

    public List<FolderDependency> folderDependencies() {
        return folderDependencies;
    }

    /** Ordering cycles: {@code After=} and {@code Before=} (both directions). */
    public List<Cycle> orderingCycles() {
        return cycles().get("ordering");
    }

    /** Requirement cycles: {@code Requires=}, {@code BindsTo=}, {@code Requisite=} and {@code .requires/} folders. */
    public List<Cycle> requirementCycles() {
        return cycles().get("requirement");
    }

    private Map<String, List<Cycle>> cycles() {
        Map<String, List<Cycle>> result = cyclesByKind;
        if (result == null) {
            synchronized (this) {
                result = cyclesByKind;
                if (result == null) {
                    result = Map.of("ordering", findCycles(orderingEdges),
                            "requirement", findCycles(requirementEdges));
                    cyclesByKind = result;
                }
            }
        }
        return result;
    }

    /**
     * The cycles of a graph, one per strongly connected component of two or more units
     * (Tarjan): the shortest cycle through the component's least name. Self-loops are left
     * out; systemd drops a dependency of a unit on itself.
     */
    static List<Cycle> findCycles(List<Edge> edges) {
        Map<String, List<Edge>> out = new TreeMap<>();
        for (Edge edge : edges) {
            if (!edge.from().equals(edge.to())) {
                out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
                out.computeIfAbsent(edge.to(), k -> new ArrayList<>());
            }
        }
        out.values().forEach(list -> list.sort((a, b) -> a.to().compareTo(b.to())));
        List<Cycle> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(out)) {
            if (component.size() > 1) {
                cycles.add(shortestCycle(component.iterator().next(), component, out));
            }
        }
        return cycles;
    }

    private static Cycle shortestCycle(String start, Set<String> component, Map<String, List<Edge>> out) {
        Map<String, Edge> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String node = queue.removeFirst();
            for (Edge edge : out.get(node)) {
                if (!component.contains(edge.to()) || reachedBy.containsKey(edge.to())) {
                    continue;
                }
                reachedBy.put(edge.to(), edge);
                if (edge.to().equals(start)) {
                    queue.clear();
                    break;
                }
                queue.addLast(edge.to());
            }
        }
        List<Edge> path = new ArrayList<>();
        String node = start;
        do {
            Edge edge = reachedBy.get(node);
            path.add(0, edge);
            node = edge.from();
        } while (!node.equals(start));
        List<String> units = path.stream().map(Edge::from).toList();
        return new Cycle(units, path);
    }

    /** Tarjan's algorithm, iterative; components with their names sorted. */
    private static List<Set<String>> stronglyConnected(Map<String, List<Edge>> out) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> components = new ArrayList<>();
        int counter = 0;
        for (String root : out.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                int next = (Integer) frame[1];
                List<Edge> edges = out.get(node);
                if (next < edges.size()) {
                    frame[1] = next + 1;
                    String to = edges.get(next).to();
                    if (!index.containsKey(to)) {
                        index.put(to, counter);
                        low.put(to, counter++);
                        stack.push(to);
                        onStack.add(to);
                        work.push(new Object[] {to, 0});
                    } else if (onStack.contains(to)) {
                        low.put(node, Math.min(low.get(node), index.get(to)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        }
        return components;
    }

    private static Set<String> loadSpecialUnits() {
        Set<String> names = new TreeSet<>();
        try (InputStream in = UnitSet.class.getResourceAsStream("special-units.txt")) {
            if (in == null) {
                throw new IllegalStateException("special-units.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(names);
    }
}
