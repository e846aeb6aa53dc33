package dev.unitlint.rules.effect;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitType;
import dev.unitlint.rules.RuleId;
import dev.unitlint.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * [Socket] settings that systemd.socket(5) ties to a kind of listener or to Accept=: the file
 * ownership and mode settings without a file-system socket, FIFO or message queue,
 * MaxConnections= without Accept=yes, FlushPending= with Accept=yes, Writable= without
 * ListenSpecial=, and the other pairs in the rule's document.
 */
@RuleId("SD715")
public final class SocketSettingWithoutEffect extends IneffectiveSettings {

    /** The keys that fill a socket's one list of listeners; an empty one resets them all. */
    static final List<String> LISTENERS = List.of("ListenStream", "ListenDatagram", "ListenSequentialPacket",
            "ListenFIFO", "ListenSpecial", "ListenNetlink", "ListenMessageQueue", "ListenUSBFunction");

    private static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        for (String key : List.of("SocketUser", "SocketGroup", "SocketMode")) {
            rows.add(new Row("Socket", key, v -> !v.isBlank(),
                    f -> withoutListener(f, SocketSettingWithoutEffect::isNode,
                    "it applies to AF_UNIX sockets in the file system, FIFOs and message queues, and this socket"
                            + " listens on none (systemd.socket(5))")));
        }
        rows.add(new Row("Socket", "DirectoryMode", v -> !v.isBlank(), f -> withoutListener(f,
                a -> isNode(a) && !a.key().equals("ListenMessageQueue"),
                "it is the mode of the parent directories of a file-system socket or FIFO, and this socket listens"
                        + " on none")));
        for (String key : List.of("MaxConnections", "MaxConnectionsPerSource")) {
            rows.add(new Row("Socket", key, v -> !v.isBlank(), f -> because(!accepting(f), "it limits the service"
                    + " instances of a socket with Accept=yes, and this socket has Accept=no (systemd.socket(5): \"no"
                    + " effect on sockets configured with Accept=no\"). Remove the line")));
        }
        rows.add(new Row("Socket", "FlushPending", IneffectiveSettings::yes, f -> because(accepting(f),
                "it flushes the listening socket after the service exits, which only happens with Accept=no"
                        + " (systemd.socket(5): \"May only be used when Accept=no\"). Remove the line")));
        rows.add(new Row("Socket", "XAttrAccept", v -> !v.isBlank(), f -> because(!accepting(f),
                "it tags the connection sockets of Accept=yes, and this socket has Accept=no. Use XAttrListen=")));
        rows.add(new Row("Socket", "Writable", IneffectiveSettings::yes, f -> withoutListener(f,
                a -> a.key().equals("ListenSpecial"), "it is the open mode of a ListenSpecial= file, and there is"
                        + " no ListenSpecial= (systemd.socket(5): \"May only be used in conjunction with"
                        + " ListenSpecial=\")")));
        rows.add(new Row("Socket", "PipeSize", v -> !v.isBlank(), f -> withoutListener(f,
                a -> a.key().equals("ListenFIFO"), "it is the buffer size of a ListenFIFO= pipe, and there is no"
                        + " ListenFIFO=")));
        for (String[] pair : new String[][] {{"MessageQueueMaxMessages", "MessageQueueMessageSize"},
                                             {"MessageQueueMessageSize", "MessageQueueMaxMessages"}}) {
            rows.add(new Row("Socket", pair[0], v -> !v.isBlank(), f -> {
                if (Settings.sharedList(f.unit(), "Socket", LISTENERS).stream()
                        .noneMatch(a -> a.key().equals("ListenMessageQueue"))) {
                    return Optional.of("it sets up a ListenMessageQueue= queue, and there is none");
                }
                return because(Settings.inForce(f.unit(), "Socket", pair[1]).isEmpty(), "systemd passes the"
                        + " queue attributes only when both " + pair[0] + "= and " + pair[1] + "= are set"
                        + " (systemd.socket(5): \"either none or both of these variables need to be set\"). Set "
                        + pair[1] + "= too");
            }));
        }
        for (String key : List.of("Backlog", "TCPCongestion")) {
            rows.add(new Row("Socket", key, v -> !v.isBlank(), f -> withoutListener(f,
                    a -> a.key().equals("ListenStream") || a.key().equals("ListenSequentialPacket"),
                    "it applies to stream and sequential-packet sockets, and this socket has none")));
        }
        rows.add(new Row("Socket", "PassFileDescriptorsToExec", IneffectiveSettings::yes, f -> because(
                !Settings.hasItems(f.unit(), "Socket", "ExecStartPost")
                        && !Settings.hasItems(f.unit(), "Socket", "ExecStopPre")
                        && !Settings.hasItems(f.unit(), "Socket", "ExecStopPost"),
                "the sockets are passed to ExecStartPost=, ExecStopPre= and ExecStopPost= only (not ExecStartPre=),"
                        + " and there is none of them")));
        return List.copyOf(rows);
    }

    public SocketSettingWithoutEffect() {
        super(SocketSettingWithoutEffect::table);
    }

    @Override
    boolean appliesTo(Unit unit) {
        return unit.type() == UnitType.SOCKET;
    }

    private static boolean accepting(Facts f) {
        return Settings.bool(f.unit(), "Socket", "Accept", false);
    }

    /**
     * The reason, unless some listener in force matches. A listener whose address starts with a
     * specifier (%t/app.sock) cannot be classified here and counts as matching.
     */
    private static Optional<String> withoutListener(Facts f, Predicate<Assignment> matches, String why) {
        List<Assignment> listeners = Settings.sharedList(f.unit(), "Socket", LISTENERS);
        if (listeners.isEmpty()) {
            return Optional.empty();
        }
        boolean any = listeners.stream().anyMatch(a -> matches.test(a) || a.value().strip().startsWith("%"));
        return because(!any, why + ". Remove the line");
    }

    /** A listener that is a node in the file system (or a message queue): ownership and mode apply to it. */
    private static boolean isNode(Assignment a) {
        String v = a.value().strip();
        return switch (a.key()) {
            case "ListenStream", "ListenDatagram", "ListenSequentialPacket" -> v.startsWith("/");
            case "ListenFIFO", "ListenMessageQueue", "ListenSpecial", "ListenUSBFunction" -> true;
            default -> false;
        };
    }
}
