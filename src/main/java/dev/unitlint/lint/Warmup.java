package dev.unitlint.lint;

import dev.unitlint.model.Unit;
import dev.unitlint.model.UnitName;
import dev.unitlint.syntax.UnitFileParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Gets the linter ready on a second thread while the main thread parses the command line: loads
 * and initialises the parser (ANTLR sets up its ATNs), the directive catalog, the rule index and
 * every rule, by checking a small unit held here. On two cores this takes those ~60 ms of a
 * one-file run off its critical path; a check then finds every class it needs initialised.
 *
 * <p>Only started for {@code check}; it changes nothing a run reports, and a failure here is
 * ignored: the real run would meet it again and report it properly.
 */
public final class Warmup {

    /** Touches the common paths: every section type of a service, a continued line, a list, a drop-in-free unit. */
    private static final String SAMPLE = """
            # unitlint: warm-up sample
            [Unit]
            Description=Warm-up sample
            Documentation=man:sample(8)
            After=network-online.target
            Wants=network-online.target
            StartLimitIntervalSec=10s
            StartLimitBurst=5

            [Service]
            Type=simple
            User=sample
            Environment=A=1 "B=2 3"
            EnvironmentFile=-/etc/default/sample
            ExecStartPre=/usr/bin/install -d -m 0755 /run/sample
            ExecStart=/usr/bin/sample --config /etc/sample.conf \\
                --verbose $OPTIONS
            ExecReload=/bin/kill -HUP $MAINPID
            Restart=on-failure
            RestartSec=5s
            TimeoutStopSec=30
            KillMode=mixed
            PrivateTmp=yes
            ProtectSystem=strict
            ReadWritePaths=/var/lib/sample
            CapabilityBoundingSet=CAP_NET_BIND_SERVICE
            SystemCallFilter=@system-service
            MemoryMax=1G

            [Install]
            WantedBy=multi-user.target
            """;

    private Warmup() {
    }

    /** Starts the warm-up on a daemon thread, which the end of the run does not wait for. */
    public static void start() {
        Thread thread = new Thread(Warmup::run, "unitlint-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        try {
            byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
            Unit unit = new Unit(UnitName.parse("sample.service").orElseThrow(),
                    UnitFileParser.parse("sample.service", bytes), List.of());
            new Linter(LintOptions.defaults()).lint(unit);
        } catch (RuntimeException | Error e) {
            // Nothing to do: see the class comment.
        }
    }
}
