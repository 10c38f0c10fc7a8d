#!/usr/bin/env python3
"""Checks the 'oracle' lines of set-cases.tsv against the MariaDB oracle (127.0.0.1:3307, root, no password).

Each case runs in a fresh connection: the SET, then SHOW WARNINGS and SELECT of the variable; a GLOBAL
case restores the oracle's previous global value afterwards. Prints
mismatches and exits non-zero if any. Not run by the build (it needs the oracle); run it by hand.
"""
import pathlib
import re
import subprocess
import sys

CASES = pathlib.Path(__file__).with_name("set-cases.tsv")
CLIENT = ["mariadb", "--no-defaults", "-h127.0.0.1", "-P3307", "-uroot", "-N", "-B"]


def query(script):
    return subprocess.run(CLIENT, input=script, capture_output=True, text=True)


def outcome(sql, scope, name):
    read = f"@@global.{name}" if scope == "GLOBAL" else f"@@{name}"
    if scope != "GLOBAL":
        return run_case(sql, read)
    # SET GLOBAL outlives the connection: put the oracle's value back afterwards
    before = query(f"SELECT @@global.{name} IS NULL, QUOTE(@@global.{name}), @@global.{name};\n")
    before = before.stdout.strip("\n").split("\t")
    try:
        return run_case(sql, read)
    finally:
        after = query(f"SELECT @@global.{name};\n").stdout.strip("\n")
        if len(before) == 3 and before[0] == "0" and after != before[2]:
            restore = before[2] if re.fullmatch(r"-?\d+(\.\d+)?", before[2]) else before[1]
            result = query(f"SET GLOBAL {name} = {restore};\n")
            if result.returncode != 0:
                print(f"could not restore {name}: {result.stderr.strip()}")


def run_case(sql, read):
    script = f"{sql};\nSHOW WARNINGS;\nSELECT {read};\n"
    run = query(script)
    if run.returncode != 0:
        return "E" + run.stderr.split("ERROR ")[1].split(" ")[0]
    lines = run.stdout.strip("\n").split("\n")
    warnings = [" W" + line.split("\t")[1] for line in lines[:-1]]
    value = lines[-1]
    if value.replace(".", "", 1).isdigit() and "." in value and float(value) == int(float(value)):
        value = str(int(float(value)))
    return "=" + value + "".join(warnings)


def main():
    failures = 0
    for line in CASES.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sql, scope, name, _value, expected, source = line.split("\t")
        if source != "oracle":
            continue
        got = outcome(sql, scope, name)
        if got != expected:
            failures += 1
            print(f"MISMATCH {sql!r}: expected {expected!r}, oracle {got!r}")
    print("oracle mismatches:", failures)
    sys.exit(1 if failures else 0)


main()
