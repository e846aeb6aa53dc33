package dev.unitlint.rules.meaning;

import dev.unitlint.model.Assignment;
import dev.unitlint.model.Unit;
import dev.unitlint.rules.Rule;
import dev.unitlint.rules.RuleContext;
import dev.unitlint.rules.RuleId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A per-device I/O setting naming a partition or loop device. systemd.resource-control(5),
 * IODeviceWeight=: "The specified device node should reference a block device that has an I/O
 * scheduler associated, i.e. should not refer to partition or loopback block devices, but to the
 * originating, physical device"; the bandwidth and IOPS limits and IODeviceLatencyTargetSec= have
 * "similar restrictions". The kernel's io controller has no entry for a partition.
 */
@RuleId("SD721")
public final class IoLimitOnPartition implements Rule {

    private static final List<String> KEYS = List.of("IODeviceWeight", "IOReadBandwidthMax", "IOWriteBandwidthMax",
            "IOReadIOPSMax", "IOWriteIOPSMax", "IODeviceLatencyTargetSec");

    /** /dev/sda1, /dev/vdb2, /dev/nvme0n1p1, /dev/mmcblk0p2, /dev/loop3. */
    private static final Pattern PARTITION = Pattern.compile(
            "^/dev/(?:(?:sd|vd|hd|xvd)[a-z]+[0-9]+|(?:nvme[0-9]+n[0-9]+|mmcblk[0-9]+)p[0-9]+|loop[0-9]+)$");

    @Override
    public void check(Unit unit, RuleContext context) {
        String section = unit.type().ownSection();
        if (section == null) {
            return;
        }
        for (String key : KEYS) {
            for (Assignment a : unit.list(section, key)) {
                String v = a.value();
                String device = v.strip().split("\\s+", 2)[0];
                Matcher m = PARTITION.matcher(device);
                if (!m.matches()) {
                    continue;
                }
                int at = v.indexOf(device);
                context.report(a.file(), a.entry().value().span(at, at + device.length()), key + "= names " + device
                        + ", a " + (device.startsWith("/dev/loop") ? "loop device" : "partition") + ", but the I/O"
                        + " controller works on whole physical disks (systemd.resource-control(5): \"should not"
                        + " refer to"
                        + " partition or loopback block devices\"), so the setting does not apply. Name the disk"
                        + (device.startsWith("/dev/loop") ? " that holds the image"
                        : " (/dev/" + device.substring(5).replaceAll("p?[0-9]+$", "") + ")"));
            }
        }
    }
}
