#!/usr/bin/env python3
"""Audit every rule's severity against what systemd does with its Bad example.

The severity policy (README, "Severity"): error when systemd refuses the unit or ignores what
was written; warning when it loads but very likely misbehaves, or when systemd itself warns while
loading it; info when it works but is deprecated or odd in a way that is probably intended.

For every rules/SDnnn.md this runs `systemd-analyze verify` (the installed release, 252 on this
project's machines) on each file of the "## Bad" section, each rule's files in a folder of their
own, and classifies what systemd says about them:

    refused  the unit does not load ("bad unit file setting", "Refusing", "failed to load")
    ignored  a line is dropped ("..., ignoring", "Unknown key", "Unknown section")
    warns    some other line diagnostic (a deprecation, "not safe", "obsolete")
    silent   nothing

and prints one row per rule: its severity, systemd's verdict, and whether they agree. "silent"
agrees with warning or info (the unit loads; whether it misbehaves is the rule's judgement);
"warns" wants at least a warning; "refused"/"ignored" want an error. Messages about the host
(a program that is not installed, a missing bus) are left out. For a file with [Install],
`systemctl --root=DIR enable` is run too (PID 1 ignores that section, systemctl reads it); a
failed enable counts as "refused". Examples for another target
release (`# fixture: systemd-version=N`, N != the installed release) or made of several files
that only make sense with --root are marked and not judged: verify cannot see them.

Verdicts are cached in target/severity-audit/ by the example's text.

    tools/severity-audit.py [rules/SD303.md ...]
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, "target", "severity-audit")
HOST = re.compile(r"is not executable|not found|Failed to put bus name|No such file or directory|non-existent unit|"
                  r"Failed to (open|read|create|connect)|Access denied|PR_SET_MM|Unit .* not found")
REFUSED = re.compile(r"bad unit file setting|Refusing|failed to load properly|fatal error|Failed to load configuration")
IGNORED = re.compile(r"ignoring|is ignored|is dropped|Unknown key|Unknown section|Unknown lvalue|Invalid section header", re.I)
BLOCK = re.compile(r"^```ini\s+(\S+)\n(.*?)^```", re.M | re.S)


# What systemd ignores without a word, so that verify cannot show it; each checked in the sources.
SILENT_IGNORES = {
    "SD206": "capability_set_from_string() (src/basic/cap-list.c, 252) skips an unknown name without logging",
}


def installed_release():
    out = subprocess.run(["systemd-analyze", "--version"], capture_output=True, text=True).stdout
    return int(re.search(r"systemd (\d+)", out).group(1))


def verify(files):
    """{file name: [diagnostic lines]} for a set of example files loaded together."""
    key = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    cached = os.path.join(CACHE, key + ".json")
    if os.path.exists(cached):
        return json.load(open(cached))
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(tmp, name)) or tmp, exist_ok=True)
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
        for name in files:
            if name.endswith(".conf"):
                continue
            proc = subprocess.run(["systemd-analyze", "verify", "--man=no", "--generators=no", os.path.join(tmp, name)],
                                  capture_output=True, text=True, cwd=tmp, timeout=60)
            lines = [line.replace(tmp + "/", "") for line in proc.stderr.splitlines() if line.strip()]
            result[name] = [line for line in lines if not HOST.search(line)]
            if re.search(r"^\[Install\]", files[name], re.M):
                result[name] += enable(tmp, name, files)
    os.makedirs(CACHE, exist_ok=True)
    json.dump(result, open(cached, "w"))
    return result


def enable(tmp, name, files):
    """What `systemctl --root enable` says: PID 1 ignores [Install], systemctl reads it. A failed
    enable counts as refused."""
    root = os.path.join(tmp, "root")
    unit_dir = os.path.join(root, "etc", "systemd", "system")
    os.makedirs(unit_dir, exist_ok=True)
    for other, text in files.items():
        with open(os.path.join(unit_dir, other), "w") as f:
            f.write(text)
    proc = subprocess.run(["systemctl", "--root", root, "enable", name], capture_output=True, text=True, timeout=60)
    lines = [line.replace(root, "") for line in proc.stderr.splitlines()
             if line.strip() and not line.startswith("Created symlink") and not HOST.search(line)]
    if proc.returncode != 0:
        lines = [f"systemctl enable failed to load properly: {line}" for line in lines] or ["systemctl enable failed to load properly"]
    return lines


def verdict(lines):
    if any(REFUSED.search(line) for line in lines):
        return "refused"
    if any(IGNORED.search(line) for line in lines):
        return "ignored"
    if lines:
        return "warns"
    return "silent"


def agrees(severity, said):
    if said in ("refused", "ignored"):
        return severity == "error"
    if said == "warns":
        return severity in ("warning", "error")
    return severity in ("warning", "info")


def main():
    release = installed_release()
    docs = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "rules", "SD*.md")))
    disagreements = 0
    print(f"| Rule | Severity | systemd {release} on the Bad example | Agrees |")
    print("|---|---|---|---|")
    for doc in docs:
        text = open(doc, encoding="utf-8").read()
        rule = re.search(r"^id: (\S+)", text, re.M).group(1)
        severity = re.search(r"^severity: (\S+)", text, re.M).group(1)
        bad = text.split("## Bad", 1)[1].split("\n## ", 1)[0] if "## Bad" in text else ""
        files = {name: body for name, body in BLOCK.findall(bad)}
        versions = {int(v) for v in re.findall(r"fixture: systemd-version=(\d+)", bad)}
        if not files:
            print(f"| {rule} | {severity} | no single-file example (fixtures only) | not judged |")
            continue
        if versions and versions != {release}:
            print(f"| {rule} | {severity} | example targets {sorted(versions)} | not judged |")
            continue
        said = verify(files)
        worst = max((verdict(lines) for lines in said.values()),
                    key=["silent", "warns", "ignored", "refused"].index)
        first = next((line for lines in said.values() for line in lines), "")
        ok = agrees(severity, worst)
        if worst == "silent" and severity == "error" and rule in SILENT_IGNORES:
            ok, first = True, "ignored without a word: " + SILENT_IGNORES[rule]
        disagreements += not ok
        note = f" — `{first[:110]}`" if first else ""
        print(f"| {rule} | {severity} | {worst}{note} | {'yes' if ok else '**no**'} |")
    print(f"\n{disagreements} disagreements")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
