#!/usr/bin/env python3
"""Compares a translation folder with English: every message and attribute present, no extras,
the same $variables in each message. Usage: scripts/check-locale.py fr [file.ftl ...]"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "locales"


def parse(path):
    messages, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        head = re.match(r"^(-?[a-zA-Z][\w-]*)\s*=", line)
        if head:
            current = head.group(1)
            messages[current] = {"attrs": set(), "vars": set()}
        else:
            attr = re.match(r"^\s+\.([\w-]+)\s*=", line)
            if attr and current:
                messages[current]["attrs"].add(attr.group(1))
        if current:
            messages[current]["vars"].update(re.findall(r"\$([\w-]+)", line))
    return messages


def syntax_errors(path, label):
    """Fluent syntax errors, when python's fluent.syntax is installed (pip install fluent.syntax)."""
    try:
        from fluent.syntax import FluentParser, ast
    except ImportError:
        return 0
    count = 0
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            for annotation in entry.annotations:
                print(f"{label}: syntax: {annotation.message}: {entry.content.strip()[:80]!r}")
                count += 1
    return count


def main():
    lang, files = sys.argv[1], sys.argv[2:]
    names = files or sorted(p.name for p in (ROOT / "en").glob("*.ftl"))
    problems = 0
    for name in names:
        en_path, tr_path = ROOT / "en" / name, ROOT / lang / name
        if not tr_path.exists():
            print(f"{lang}/{name}: missing file")
            problems += 1
            continue
        en, tr = parse(en_path), parse(tr_path)
        problems += syntax_errors(tr_path, f"{lang}/{name}")
        for key in en.keys() - tr.keys():
            print(f"{lang}/{name}: missing {key}")
            problems += 1
        for key in tr.keys() - en.keys():
            print(f"{lang}/{name}: not in English: {key}")
            problems += 1
        for key in en.keys() & tr.keys():
            if en[key]["attrs"] != tr[key]["attrs"]:
                print(f"{lang}/{name}: {key}: attributes {sorted(tr[key]['attrs'])} != {sorted(en[key]['attrs'])}")
                problems += 1
            missing = en[key]["vars"] - tr[key]["vars"]
            extra = tr[key]["vars"] - en[key]["vars"]
            if missing or extra:
                print(f"{lang}/{name}: {key}: variables missing {sorted(missing)} extra {sorted(extra)}")
                problems += 1
    print(f"{problems} problem(s)")
    sys.exit(1 if problems else 0)


main()
