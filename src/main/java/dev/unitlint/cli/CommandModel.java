package dev.unitlint.cli;

import dev.unitlint.catalog.GeneratedTsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

/**
 * picocli's model of unitlint's commands, without reading their annotations at run time.
 *
 * <p>picocli builds a command's model by reflection over its annotations, and reading an
 * annotation makes the JDK generate a proxy class for each annotation type: in a one-file run
 * that took longer than checking the file. So the build reads the annotations instead
 * ({@link #main}, in Maven's process-classes phase, like the rule index) and writes what
 * picocli made of them into {@value #RESOURCE}; a run builds the same model from that with
 * picocli's programmatic API. The annotations on the command classes stay the only place the
 * command line is written.
 *
 * <p>The build checks every command it writes: the model built back from the file must give
 * the same help text and the same options, parameters and groups, attribute by attribute, as
 * picocli's own. A command that uses something this class does not carry over (a new kind of
 * annotation attribute, say) is written as {@code reflect}, and runs use picocli's reflection
 * for it, only slower; the build prints why.
 */
public final class CommandModel {

    static final String RESOURCE = "/dev/unitlint/cli/command-model.tsv";
    private static final char LIST = GeneratedTsv.LIST;

    private static volatile Map<String, List<Map<String, String>>> models;

    private CommandModel() {
    }

    /** The name of a command class: from the generated file, else from its annotation. */
    static String name(Class<?> commandClass) {
        List<Map<String, String>> records = models().get(commandClass.getName());
        return records != null ? records.get(0).get("name")
                : commandClass.getAnnotation(CommandLine.Command.class).name();
    }

    /** The model of a command object: from the generated file when it has the command, else by reflection. */
    static CommandSpec of(Object command) {
        try {
            return fromFile(command);
        } catch (ReflectiveOperationException e) {
            // Not in the file, or the file does not fit the classes (a stale build): picocli's own way.
            return CommandSpec.forAnnotatedObject(command);
        }
    }

    /** The model of a command object from the generated file; an exception when the file cannot give it. */
    static CommandSpec fromFile(Object command) throws ReflectiveOperationException {
        List<Map<String, String>> records = models().get(command.getClass().getName());
        if (records == null) {
            throw new ClassNotFoundException(command.getClass().getName() + " is not in " + RESOURCE);
        }
        return build(records, command);
    }

    private static Map<String, List<Map<String, String>>> models() {
        Map<String, List<Map<String, String>>> result = models;
        if (result == null) {
            try (InputStream in = CommandModel.class.getResourceAsStream(RESOURCE)) {
                result = in == null ? Map.of()
                        : parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            models = result;
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------
    // The file: per command, a "command" line, then its groups, options and parameters; each
    // line tab-separated key=value cells (\t, \n, \\ and list separators escaped).

    private static Map<String, List<Map<String, String>>> parse(BufferedReader reader) throws IOException {
        Map<String, List<Map<String, String>>> byClass = new HashMap<>();
        List<Map<String, String>> current = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!GeneratedTsv.isData(line)) {
                continue;
            }
            String[] cells = GeneratedTsv.cells(line);
            Map<String, String> record = new LinkedHashMap<>();
            record.put("", cells[0]);
            record.putAll(GeneratedTsv.fields(cells));
            if (cells[0].equals("command")) {
                current = new ArrayList<>();
                if (!"reflect".equals(record.get("model"))) {
                    byClass.put(record.get("class"), current);
                }
            }
            current.add(record);
        }
        return byClass;
    }

    private static String list(String[] values) {
        return String.join(String.valueOf(LIST), values);
    }

    private static String[] list(String value) {
        return value.isEmpty() ? new String[0] : value.split(String.valueOf(LIST), -1);
    }

    // ---------------------------------------------------------------------------------------
    // Run time: the model from the file

    /** Binds an option to a field of the command (or of the object its argument group fills). */
    private static final class FieldRef implements IGetter, ISetter {
        private final Object target;
        private final Field field;

        FieldRef(Object target, Field field) {
            this.target = target;
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            try {
                return (T) field.get(target);
            } catch (IllegalAccessException e) {
                throw new CommandLine.PicocliException("cannot read " + field, e);
            }
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            try {
                field.set(target, value);
            } catch (IllegalAccessException e) {
                throw new CommandLine.PicocliException("cannot set " + field, e);
            }
            return old;
        }
    }

    /** Holds the value of an option that has no field, such as --help and --version. */
    private static final class Holder implements IGetter, ISetter {
        private Object value;

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T newValue) {
            Object old = value;
            value = newValue;
            return (T) old;
        }
    }

    private static CommandSpec build(List<Map<String, String>> records, Object command)
            throws ReflectiveOperationException {
        {
            Map<String, String> head = records.get(0);
            CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
            spec.name(head.get("name"));
            if (head.containsKey("aliases")) {
                spec.aliases(list(head.get("aliases")));
            }
            if (head.containsKey("versionProvider")) {
                spec.versionProvider((CommandLine.IVersionProvider) Class.forName(head.get("versionProvider"))
                        .getDeclaredConstructor().newInstance());
            }
            usage(spec.usageMessage(), head);
            List<ArgGroupSpec.Builder> groups = new ArrayList<>();
            List<Object> groupObjects = new ArrayList<>();
            List<Map<String, String>> argRecords = new ArrayList<>();
            List<ArgSpec> args = new ArrayList<>();
            for (Map<String, String> record : records.subList(1, records.size())) {
                if (record.get("").equals("group")) {
                    groups.add(ArgGroupSpec.builder().heading(record.get("heading"))
                            .exclusive(Boolean.parseBoolean(record.get("exclusive")))
                            .validate(Boolean.parseBoolean(record.get("validate")))
                            .multiplicity(record.get("multiplicity"))
                            .order(Integer.parseInt(record.get("order"))));
                    // The command creates the object its group fills; the group's options set its fields.
                    groupObjects.add(field(record.get("field")).get(command));
                } else {
                    int group = Integer.parseInt(record.get("group"));
                    ArgSpec arg = arg(record, group < 0 ? command : groupObjects.get(group));
                    if (group >= 0) {
                        groups.get(group).addArg(arg);
                    }
                    argRecords.add(record);
                    args.add(arg);
                }
            }
            // In the order picocli's reflection adds them: a group where its first argument is.
            boolean[] added = new boolean[groups.size()];
            for (int i = 0; i < args.size(); i++) {
                int group = Integer.parseInt(argRecords.get(i).get("group"));
                if (group >= 0) {
                    if (!added[group]) {
                        spec.addArgGroup(groups.get(group).build());
                        added[group] = true;
                    }
                } else if (args.get(i) instanceof OptionSpec option) {
                    spec.addOption(option);
                } else {
                    spec.addPositional((PositionalParamSpec) args.get(i));
                }
            }
            if (head.containsKey("spec")) {
                Field specField = field(head.get("spec"));
                specField.set(command, spec);
            }
            return spec;
        }
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "short", short.class, "byte", byte.class, "char", char.class,
            "float", float.class, "double", double.class);

    private static Class<?> type(String name) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(name);
        return primitive != null ? primitive : Class.forName(name, false, CommandModel.class.getClassLoader());
    }

    private static Field field(String reference) throws ReflectiveOperationException {
        int hash = reference.indexOf('#');
        Field field = Class.forName(reference.substring(0, hash)).getDeclaredField(reference.substring(hash + 1));
        field.setAccessible(true);
        return field;
    }

    private static ArgSpec arg(Map<String, String> record, Object target) throws ReflectiveOperationException {
        Class<?> type = type(record.get("type"));
        List<Class<?>> auxiliary = new ArrayList<>();
        for (String name : list(record.get("auxiliaryTypes"))) {
            auxiliary.add(type(name));
        }
        Class<?>[] auxiliaryTypes = auxiliary.toArray(new Class<?>[0]);
        IGetter getter;
        ISetter setter;
        Object initial = null;
        if (record.containsKey("field")) {
            FieldRef binding = new FieldRef(target, field(record.get("field")));
            getter = binding;
            setter = binding;
            initial = binding.get();
        } else {
            // --help and --version: flags that start false, as in picocli's own mixin.
            Holder holder = new Holder();
            holder.value = type == boolean.class ? Boolean.FALSE : null;
            getter = holder;
            setter = holder;
            initial = holder.value;
        }
        boolean hasInitial = record.containsKey("field") || type == boolean.class;
        // (ArgSpec.Builder is not public: the two builders are set alike, each through its own type.)
        if (record.get("").equals("option")) {
            OptionSpec.Builder o = OptionSpec.builder(list(record.get("names")))
                    .type(type).auxiliaryTypes(auxiliaryTypes).description(list(record.get("description")))
                    .paramLabel(record.get("paramLabel"))
                    .hideParamSyntax(Boolean.parseBoolean(record.get("hideParamSyntax")))
                    .splitRegex(record.get("splitRegex")).splitRegexSynopsisLabel(record.get("splitRegexSynopsisLabel"))
                    .hidden(Boolean.parseBoolean(record.get("hidden")))
                    .required(Boolean.parseBoolean(record.get("required")))
                    .showDefaultValue(Help.Visibility.valueOf(record.get("showDefaultValue")))
                    .defaultValue(record.get("defaultValue"))
                    .getter(getter).setter(setter).initialValue(initial).hasInitialValue(hasInitial)
                    .order(Integer.parseInt(record.get("order")))
                    .usageHelp(Boolean.parseBoolean(record.get("usageHelp")))
                    .versionHelp(Boolean.parseBoolean(record.get("versionHelp")))
                    .help(Boolean.parseBoolean(record.get("help")))
                    .negatable(Boolean.parseBoolean(record.get("negatable")))
                    .fallbackValue(record.get("fallbackValue"));
            if (record.containsKey("arity")) {
                o.arity(record.get("arity"));
            }
            return o.build();
        }
        PositionalParamSpec.Builder p = PositionalParamSpec.builder()
                .type(type).auxiliaryTypes(auxiliaryTypes).description(list(record.get("description")))
                .paramLabel(record.get("paramLabel"))
                .hideParamSyntax(Boolean.parseBoolean(record.get("hideParamSyntax")))
                .splitRegex(record.get("splitRegex")).splitRegexSynopsisLabel(record.get("splitRegexSynopsisLabel"))
                .hidden(Boolean.parseBoolean(record.get("hidden")))
                .required(Boolean.parseBoolean(record.get("required")))
                .showDefaultValue(Help.Visibility.valueOf(record.get("showDefaultValue")))
                .defaultValue(record.get("defaultValue"))
                .getter(getter).setter(setter).initialValue(initial).hasInitialValue(hasInitial);
        if (record.containsKey("arity")) {
            p.arity(record.get("arity"));
        }
        if (record.containsKey("index")) {
            p.index(record.get("index"));
        }
        return p.build();
    }

    /** The parts of the usage message the commands set, from the command record. */
    private static void usage(UsageMessageSpec usage, Map<String, String> head) {
        usage.description(list(head.get("description")));
        usage.headerHeading(head.get("headerHeading"));
        usage.header(list(head.get("header")));
        usage.synopsisHeading(head.get("synopsisHeading"));
        usage.descriptionHeading(head.get("descriptionHeading"));
        usage.parameterListHeading(head.get("parameterListHeading"));
        usage.optionListHeading(head.get("optionListHeading"));
        usage.commandListHeading(head.get("commandListHeading"));
        usage.footerHeading(head.get("footerHeading"));
        usage.footer(list(head.get("footer")));
        usage.exitCodeListHeading(head.get("exitCodeListHeading"));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (String entry : list(head.get("exitCodeList"))) {
            int colon = entry.indexOf(':');
            exitCodes.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        usage.exitCodeList(exitCodes);
        usage.showDefaultValues(Boolean.parseBoolean(head.get("showDefaultValues")));
        usage.sortOptions(Boolean.parseBoolean(head.get("sortOptions")));
        usage.abbreviateSynopsis(Boolean.parseBoolean(head.get("abbreviateSynopsis")));
        usage.hidden(Boolean.parseBoolean(head.get("hidden")));
    }

    // ---------------------------------------------------------------------------------------
    // Build time: the file from picocli's model of the annotations

    /** Writes the records of one command; empty when the command cannot be written (then it is reflected). */
    static List<String> render(CommandSpec spec, Class<?> commandClass) {
        List<String> lines = new ArrayList<>();
        Map<String, String> head = new LinkedHashMap<>();
        head.put("class", commandClass.getName());
        head.put("name", spec.name());
        if (spec.aliases().length > 0) {
            head.put("aliases", list(spec.aliases()));
        }
        if (spec.versionProvider() != null) {
            head.put("versionProvider", spec.versionProvider().getClass().getName());
        }
        UsageMessageSpec usage = spec.usageMessage();
        head.put("description", list(usage.description()));
        head.put("headerHeading", usage.headerHeading());
        head.put("header", list(usage.header()));
        head.put("synopsisHeading", usage.synopsisHeading());
        head.put("descriptionHeading", usage.descriptionHeading());
        head.put("parameterListHeading", usage.parameterListHeading());
        head.put("optionListHeading", usage.optionListHeading());
        head.put("commandListHeading", usage.commandListHeading());
        head.put("footerHeading", usage.footerHeading());
        head.put("footer", list(usage.footer()));
        head.put("exitCodeListHeading", usage.exitCodeListHeading());
        List<String> exitCodes = new ArrayList<>();
        usage.exitCodeList().forEach((code, text) -> exitCodes.add(code + ":" + text));
        head.put("exitCodeList", list(exitCodes.toArray(new String[0])));
        head.put("showDefaultValues", String.valueOf(usage.showDefaultValues()));
        head.put("sortOptions", String.valueOf(usage.sortOptions()));
        head.put("abbreviateSynopsis", String.valueOf(usage.abbreviateSynopsis()));
        head.put("hidden", String.valueOf(usage.hidden()));
        for (Field field : commandClass.getDeclaredFields()) {
            if (field.isAnnotationPresent(CommandLine.Spec.class)) {
                head.put("spec", commandClass.getName() + "#" + field.getName());
            }
        }
        lines.add(line("command", head));
        List<ArgGroupSpec> groups = spec.argGroups();
        // picocli reads a class's @ArgGroup fields in declaration order.
        List<Field> groupFields = new ArrayList<>();
        for (Field field : commandClass.getDeclaredFields()) {
            if (field.isAnnotationPresent(CommandLine.ArgGroup.class)) {
                groupFields.add(field);
            }
        }
        if (groupFields.size() != groups.size()) {
            return List.of();
        }
        for (ArgGroupSpec group : groups) {
            Field field = groupFields.get(groups.indexOf(group));
            if (!group.subgroups().isEmpty()) {
                return List.of();
            }
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("field", field.getDeclaringClass().getName() + "#" + field.getName());
            cells.put("heading", group.heading());
            cells.put("exclusive", String.valueOf(group.exclusive()));
            cells.put("validate", String.valueOf(group.validate()));
            cells.put("multiplicity", group.multiplicity().originalValue());
            cells.put("order", String.valueOf(group.order()));
            lines.add(line("group", cells));
        }
        for (ArgSpec arg : spec.args()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("group", String.valueOf(arg.group() == null ? -1 : groups.indexOf(arg.group())));
            if (arg.userObject() instanceof Field field) {
                if (!field.getDeclaringClass().getName().startsWith("dev.unitlint.")) {
                    if (!(arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp()))) {
                        return List.of(); // a mixin other than the standard help options
                    }
                } else {
                    cells.put("field", field.getDeclaringClass().getName() + "#" + field.getName());
                }
            } else {
                return List.of();
            }
            boolean preprocessed = arg.preprocessor() != null
                    && !arg.preprocessor().getClass().getSimpleName().equals("NoOpParameterPreprocessor");
            if (arg.converters().length > 0 || arg.parameterConsumer() != null || preprocessed
                    || arg.interactive() || arg.inherited()) {
                return List.of();
            }
            if (arg instanceof OptionSpec option) {
                cells.put("names", list(option.names()));
                cells.put("order", String.valueOf(option.order()));
                cells.put("usageHelp", String.valueOf(option.usageHelp()));
                cells.put("versionHelp", String.valueOf(option.versionHelp()));
                cells.put("help", String.valueOf(option.help()));
                cells.put("negatable", String.valueOf(option.negatable()));
                cells.put("fallbackValue", option.fallbackValue());
            } else {
                Range index = ((PositionalParamSpec) arg).index();
                if (!index.isUnspecified()) {
                    cells.put("index", index.originalValue());
                }
            }
            cells.put("type", arg.type().getName());
            List<String> auxiliary = new ArrayList<>();
            for (Class<?> type : arg.auxiliaryTypes()) {
                auxiliary.add(type.getName());
            }
            cells.put("auxiliaryTypes", list(auxiliary.toArray(new String[0])));
            cells.put("description", list(arg.description()));
            if (!arg.arity().isUnspecified()) {
                cells.put("arity", arg.arity().originalValue());
            }
            cells.put("paramLabel", arg.paramLabel());
            cells.put("hideParamSyntax", String.valueOf(arg.hideParamSyntax()));
            cells.put("splitRegex", arg.splitRegex());
            cells.put("splitRegexSynopsisLabel", arg.splitRegexSynopsisLabel());
            cells.put("hidden", String.valueOf(arg.hidden()));
            cells.put("required", String.valueOf(arg.required()));
            cells.put("showDefaultValue", arg.showDefaultValue().name());
            if (arg.defaultValue() != null) {
                cells.put("defaultValue", arg.defaultValue());
            }
            lines.add(line(arg.isOption() ? "option" : "positional", cells));
        }
        return lines;
    }

    private static String line(String kind, Map<String, String> cells) {
        return GeneratedTsv.line(kind, cells);
    }

    /**
     * Why two models of a command differ, or null when they give the same help and the same
     * arguments attribute by attribute.
     */
    static String difference(CommandSpec expected, CommandSpec actual) {
        String expectedHelp = new CommandLine(expected).getUsageMessage(Help.Ansi.OFF);
        String actualHelp = new CommandLine(actual).getUsageMessage(Help.Ansi.OFF);
        if (!expectedHelp.equals(actualHelp)) {
            return "help differs:\n" + expectedHelp + "\n---\n" + actualHelp;
        }
        if (!Objects.equals(expected.name(), actual.name())
                || !Arrays.equals(expected.version(), actual.version())) {
            return "name or version differs";
        }
        List<ArgSpec> expectedArgs = expected.args();
        List<ArgSpec> actualArgs = actual.args();
        if (expectedArgs.size() != actualArgs.size()) {
            return "arguments differ: " + expectedArgs + " / " + actualArgs;
        }
        for (int i = 0; i < expectedArgs.size(); i++) {
            String a = describe(expectedArgs.get(i));
            String b = describe(actualArgs.get(i));
            if (!a.equals(b)) {
                return "argument differs:\n" + a + "\n" + b;
            }
        }
        if (expected.argGroups().size() != actual.argGroups().size()) {
            return "argument groups differ";
        }
        for (int i = 0; i < expected.argGroups().size(); i++) {
            ArgGroupSpec a = expected.argGroups().get(i);
            ArgGroupSpec b = actual.argGroups().get(i);
            if (!Objects.equals(a.heading(), b.heading()) || a.exclusive() != b.exclusive()
                    || a.validate() != b.validate() || !a.multiplicity().equals(b.multiplicity())
                    || a.args().size() != b.args().size()) {
                return "argument group differs: " + a + " / " + b;
            }
        }
        return null;
    }

    private static String describe(ArgSpec arg) {
        StringBuilder out = new StringBuilder(arg.isOption() ? "option " : "positional ");
        if (arg instanceof OptionSpec o) {
            out.append(Arrays.toString(o.names())).append(" order=").append(o.order()).append(" help=")
                    .append(o.usageHelp()).append(o.versionHelp()).append(o.help()).append(" negatable=")
                    .append(o.negatable()).append(" fallback=").append(o.fallbackValue());
        } else {
            out.append(" index=").append(((PositionalParamSpec) arg).index());
        }
        return out.append(" type=").append(arg.type().getName())
                .append(" aux=").append(Arrays.toString(arg.auxiliaryTypes()))
                .append(" arity=").append(arg.arity())
                .append(" label=").append(arg.paramLabel())
                .append(" description=").append(Arrays.toString(arg.description()))
                .append(" split=").append(arg.splitRegex())
                .append(" required=").append(arg.required())
                .append(" hidden=").append(arg.hidden())
                .append(" default=").append(arg.defaultValue())
                .append(" initial=").append(arg.hasInitialValue() ? String.valueOf(arg.initialValue()) : "-")
                .append(" showDefault=").append(arg.showDefaultValue())
                .append(" multiValue=").append(arg.isMultiValue())
                .append(" candidates=").append(arg.completionCandidates() == null ? "-"
                        : String.join(",", arg.completionCandidates()))
                .toString();
    }

    /** The command classes the model covers: every subcommand but picocli's own help command, and the top. */
    static List<Class<?>> commandClasses() {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(UnitlintCommand.class);
        for (Class<?> command : UnitlintCommand.SUBCOMMANDS) {
            if (command != CommandLine.HelpCommand.class) {
                classes.add(command);
            }
        }
        return classes;
    }

    /** The whole file, each command checked by building it back; what cannot be is marked {@code reflect}. */
    static String generate() throws ReflectiveOperationException, IOException {
        StringBuilder out = new StringBuilder("# generated from the picocli annotations of unitlint's commands by"
                + " dev.unitlint.cli.CommandModel at build time; do not edit\n");
        for (Class<?> commandClass : commandClasses()) {
            CommandSpec annotated = CommandSpec.forAnnotatedObject(commandClass.getDeclaredConstructor().newInstance());
            List<String> lines = render(annotated, commandClass);
            String why = lines.isEmpty() ? "it uses what the generated model does not carry" : null;
            if (why == null) {
                Map<String, List<Map<String, String>>> read =
                        parse(new BufferedReader(new StringReader(String.join("\n", lines))));
                CommandSpec rebuilt = build(read.get(commandClass.getName()),
                        commandClass.getDeclaredConstructor().newInstance());
                why = difference(annotated, rebuilt);
            }
            if (why != null) {
                System.err.println("[WARNING] CommandModel: " + commandClass.getName() + " is left to picocli's"
                        + " reflection at run time (slower start-up): " + why);
                out.append("command\tclass=").append(commandClass.getName()).append("\tmodel=reflect\n");
            } else {
                lines.forEach(line -> out.append(line).append('\n'));
            }
        }
        return out.toString();
    }

    /** Build step: {@code CommandModel OUTPUT_FILE}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CommandModel OUTPUT_FILE");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, generate(), StandardCharsets.UTF_8);
    }
}
