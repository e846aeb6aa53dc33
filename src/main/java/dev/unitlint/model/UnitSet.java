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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The units of a run, as one set: every unit of a system when that is known (a whole tree read
 * with {@code --root}, or files declared complete, {@link #isComplete()}), otherwise the units
 * given. A complete set is what references between units are checked against; the units given
 * are enough for what they alone decide, such as a cycle among them or the trigger a service was
 * given with. Built once, then only read, so rules may share it across threads.
 */
public final class UnitSet {

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
     * @param setBy the setting that made the edge, or empty for a folder dependency
     * @param how   how the edge was made, e.g. {@code b.service: Before=a.service}
     */
    public record Edge(String from, String to, Optional<Reference> setBy, String how) {
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

    private final Map<String, Unit> byName = new TreeMap<>();
    private final Set<String> masked;
    private final List<FolderDependency> folderDependencies;
    private final boolean complete;
    /** Every unit once, in name order; rules ask for it once per unit, so it is made once. */
    private final List<Unit> distinct;
    /** The units that start another (timers, paths, sockets) with what they start, in name order; made on first use. */
    private volatile List<Map.Entry<Unit, Trigger>> triggers;
    /** What each trigger starts → the positions of those triggers in {@link #triggers}; made on first use. */
    private volatile Map<String, List<Integer>> triggerIndex;
    /** What the ordering edges give, worked out on first use (see {@link #ordering}). */
    private volatile Ordering ordering;
    private final Object orderingLock = new Object();
    /** The requirement cycles, worked out on first use. */
    private volatile List<Cycle> requirementCycles;
    private final Object requirementLock = new Object();

    /**
     * What the set's ordering edges give: their cycles, and the fixes' question of what is ordered
     * after what; the edges are read once for both.
     *
     * @param orderedAfter each unit's canonical name to the units it is ordered after
     */
    private record Ordering(List<Cycle> cycles, Map<String, List<String>> orderedAfter) {
    }

    /**
     * @param units              every unit loaded, templates and instances included
     * @param masked             names of masked units (linked to /dev/null or empty)
     * @param folderDependencies dependencies from {@code .wants/}, {@code .requires/} and {@code .upholds/} folders
     */
    public UnitSet(Collection<Unit> units, Collection<String> masked, List<FolderDependency> folderDependencies) {
        this(units, masked, folderDependencies, true);
    }

    /** The units given to a run that does not know the rest of the system. */
    public static UnitSet given(Collection<Unit> units, Collection<String> masked, List<FolderDependency> folderDependencies) {
        return new UnitSet(units, masked, folderDependencies, false);
    }

    private UnitSet(Collection<Unit> units, Collection<String> masked, List<FolderDependency> folderDependencies,
            boolean complete) {
        this.complete = complete;
        for (Unit unit : units) {
            byName.putIfAbsent(unit.name().name(), unit);
        }
        for (Unit unit : units) {
            for (String alias : unit.aliases()) {
                byName.putIfAbsent(alias, unit);
            }
            // Alias= in [Install] becomes a link when the unit is enabled: a name others may use.
            for (Reference alias : Reference.inList(unit.scanView(), Unit.INSTALL, "Alias")) {
                alias.target().filter(UnitName::isValid).ifPresent(name -> byName.putIfAbsent(name, unit));
            }
        }
        this.masked = Collections.unmodifiableSet(new TreeSet<>(masked));
        this.folderDependencies = List.copyOf(folderDependencies);
        Map<String, Unit> byOwnName = new LinkedHashMap<>();
        byName.values().forEach(u -> byOwnName.putIfAbsent(u.name().name(), u));
        this.distinct = List.copyOf(byOwnName.values());
    }

    /**
     * The same system with its units replaced (by {@code --fix}, after it edited some of their
     * files); the units given stay the units given, not the whole system.
     */
    public UnitSet withUnits(Collection<Unit> newUnits) {
        return new UnitSet(newUnits, masked, folderDependencies, complete);
    }

    /** The unit loaded under a name or alias; an instance not loaded itself is found as its template. */
    public Optional<Unit> find(String name) {
        Unit unit = byName.get(name);
        if (unit == null) {
            unit = UnitName.parse(name).filter(UnitName::isInstance).flatMap(UnitName::templateName)
                    .map(byName::get).orElse(null);
        }
        return Optional.ofNullable(unit);
    }

    /** Whether this is every unit of the system, so that a unit missing from it is missing. */
    public boolean isComplete() {
        return complete;
    }

    /** The timers, sockets and paths in the set that start {@code unit} (see {@link Trigger}), in name order. */
    public List<Unit> triggersOf(UnitName unit) {
        // A trigger starts the unit itself or, for an instance, its template (Trigger#starts):
        // looked up by name instead of asking every trigger of the run for every unit.
        Map<String, List<Integer>> index = triggerIndex();
        List<Integer> positions = new ArrayList<>(index.getOrDefault(unit.name(), List.of()));
        if (unit.isInstance()) {
            unit.templateName().ifPresent(template -> positions.addAll(index.getOrDefault(template, List.of())));
            Collections.sort(positions);
        }
        List<Map.Entry<Unit, Trigger>> all = triggers();
        List<Unit> found = new ArrayList<>(positions.size());
        for (int position : positions) {
            found.add(all.get(position).getKey());
        }
        return found;
    }

    /** Each unit started by some trigger → the positions of those triggers in {@link #triggers()}. */
    private Map<String, List<Integer>> triggerIndex() {
        Map<String, List<Integer>> result = triggerIndex;
        if (result == null) {
            Map<String, List<Integer>> made = new HashMap<>();
            List<Map.Entry<Unit, Trigger>> all = triggers();
            for (int i = 0; i < all.size(); i++) {
                made.computeIfAbsent(all.get(i).getValue().unit(), k -> new ArrayList<>()).add(i);
            }
            result = made;
            triggerIndex = result;
        }
        return result;
    }

    /** Every unit's trigger, worked out once, not per question. */
    private List<Map.Entry<Unit, Trigger>> triggers() {
        List<Map.Entry<Unit, Trigger>> result = triggers;
        if (result == null) {
            List<Map.Entry<Unit, Trigger>> made = new ArrayList<>();
            for (Unit candidate : distinct) {
                Trigger.of(candidate.scanView()).ifPresent(t -> made.add(Map.entry(candidate, t)));
            }
            result = List.copyOf(made);
            triggers = result;
        }
        return result;
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
        Unit unit = byName.get(name);
        return unit == null ? name : unit.name().name();
    }

    public List<FolderDependency> folderDependencies() {
        return folderDependencies;
    }

    /** Every unit in the set, each once. */
    public List<Unit> units() {
        return distinct;
    }

    /** Ordering cycles: {@code After=} and {@code Before=} (both directions). */
    public List<Cycle> orderingCycles() {
        return ordering().cycles();
    }

    /**
     * Whether {@code later} is already ordered after {@code earlier} among these units, through
     * {@code After=} and {@code Before=} lines, directly or over other units: then ordering
     * {@code earlier} after {@code later} would close an ordering cycle. Implicit and default
     * ordering (a socket before its service, targets) is not followed.
     */
    public boolean orderedAfter(String later, String earlier) {
        Map<String, List<String>> after = ordering().orderedAfter();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(canonical(later)));
        String target = canonical(earlier);
        while (!todo.isEmpty()) {
            String unit = todo.pop();
            if (unit.equals(target)) {
                return true;
            }
            if (seen.add(unit)) {
                todo.addAll(after.getOrDefault(unit, List.of()));
            }
        }
        return false;
    }

    /** Requirement cycles: {@code Requires=}, {@code BindsTo=}, {@code Requisite=} and {@code .requires/} folders. */
    public List<Cycle> requirementCycles() {
        List<Cycle> result = requirementCycles;
        if (result == null) {
            synchronized (requirementLock) {
                result = requirementCycles;
                if (result == null) {
                    result = findCycles(requirementEdges());
                    requirementCycles = result;
                }
            }
        }
        return result;
    }

    /**
     * The two graphs as tasks, for a run to work out on two threads before the units' rules ask
     * for them: on 20,000 units they take a third of a second, and the first rule to ask would
     * otherwise build both while every other thread waited.
     */
    public List<Runnable> graphPreparations() {
        return List.of(this::ordering, this::requirementCycles);
    }

    private Ordering ordering() {
        Ordering result = ordering;
        if (result == null) {
            synchronized (orderingLock) {
                result = ordering;
                if (result == null) {
                    List<Edge> edges = orderingEdges();
                    // A fix is offered per finding, and asks orderedAfter each time: the index is built
                    // here once, not per question (that was quadratic on the corpus).
                    Map<String, List<String>> after = new HashMap<>();
                    for (Edge edge : edges) {
                        after.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
                    }
                    result = new Ordering(findCycles(edges), after);
                    ordering = result;
                }
            }
        }
        return result;
    }

    /** The units systemd can load: templates are not units of their own, their instances are. */
    private List<Unit> loadable() {
        return units().stream().filter(u -> !u.name().isTemplate()).toList();
    }

    private List<Edge> orderingEdges() {
        List<Edge> edges = new ArrayList<>();
        for (Unit loaded : loadable()) {
            Unit unit = loaded.scanView();
            String self = unit.name().name();
            for (Reference ref : Reference.inList(unit, "Unit", "After")) {
                ref.target().ifPresent(t -> edges.add(new Edge(self, canonical(t), Optional.of(ref),
                        self + ": After=" + ref.written())));
            }
            for (Reference ref : Reference.inList(unit, "Unit", "Before")) {
                ref.target().ifPresent(t -> edges.add(new Edge(canonical(t), self, Optional.of(ref),
                        self + ": Before=" + ref.written())));
            }
        }
        return edges;
    }

    private List<Edge> requirementEdges() {
        List<Edge> edges = new ArrayList<>();
        for (Unit loaded : loadable()) {
            Unit unit = loaded.scanView();
            String self = unit.name().name();
            for (String key : List.of("Requires", "BindsTo", "Requisite")) {
                for (Reference ref : Reference.inList(unit, "Unit", key)) {
                    ref.target().ifPresent(t -> edges.add(new Edge(self, canonical(t), Optional.of(ref),
                            self + ": " + key + "=" + ref.written())));
                }
            }
        }
        for (FolderDependency dep : folderDependencies) {
            if (dep.kind().equals("Requires")) {
                edges.add(new Edge(canonical(dep.from()), canonical(dep.to()), Optional.empty(),
                        dep.folder() + "/" + dep.to()));
            }
        }
        return edges;
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
