#!/usr/bin/env python3
"""Build the SYNTHETIC spinner development set.

Reads ``clean/*.txt`` (hand-written clean English) and ``spin_map.tsv`` (a
hand-written spinner map, independent of the textrepair lexicons) and writes

* ``spun/<name>.txt``  - the clean text run through the simulated spinner,
* ``gold/<name>.json`` - the substitutions, in the seed gold format
  (offsets into the spun text; see ../../seeds/README.md),
* ``split.json``       - a register-stratified dev / heldout split.

Spinner model: sense-blind, single pass, first synonym from the map; rows are
matched as whole words / phrases, case-insensitively, longest original first,
never overlapping; every occurrence is replaced with probability P_REPLACE
(seeded per document, so the output is fully deterministic).  Case is
transferred (``Under`` -> ``Beneath``, ``UNDER`` -> ``BENEATH``).

Gold edits are minimal: the replacement is diffed word by word against the
matched original, so ``in support of -> in help of`` gives the edit
``help -> support`` and ``in the region -> within the area`` gives two edits.

Standard library only.  Usage:  python make_devset.py  (from any directory)
"""

from __future__ import annotations

import difflib
import json
import random
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = "textrepair-devset-v1"
P_REPLACE = 0.85
DEV_FRACTION = 0.6
WORDCHAR = r"[^\W_]"  # letter or digit (Unicode)


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def load_map(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for i, line in enumerate(read_text(path).splitlines()):
        if not line.strip() or line.startswith("#") or (i == 0 and line.startswith("original\t")):
            continue
        original, spun, kind = line.split("\t")
        rows.append((original, spun, kind))
    # longest original first; ties broken by more words, then alphabetically
    rows.sort(key=lambda r: (-len(r[0]), -len(r[0].split()), r[0].lower()))
    return rows


def compile_row(original: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in original.split()]
    body = r"[ \t\u00a0]+".join(parts)
    # numbers like 1.5 must not sit inside 11.5 or 1.55 or 1.5.2
    left = rf"(?<!{WORDCHAR})(?<![0-9][.,])"
    right = rf"(?!{WORDCHAR})(?![.,][0-9])"
    return re.compile(left + body + right, re.IGNORECASE)


def transfer_case(matched: str, original: str, spun: str) -> str:
    if matched == original:
        return spun
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return spun.upper()
    if matched[:1].isupper():
        return spun[:1].upper() + spun[1:]
    return spun


def word_spans(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", s)]


def minimal_edits(orig: str, repl: str) -> list[tuple[int, int, int, int]]:
    """Word-level diff; returns (o_start, o_end, r_start, r_end) char spans."""
    ow, rw = word_spans(orig), word_spans(repl)
    otok = [orig[a:b].lower() for a, b in ow]
    rtok = [repl[a:b].lower() for a, b in rw]
    out = []
    sm = difflib.SequenceMatcher(a=otok, b=rtok, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2 or j1 == j2:  # pure insertion/deletion: widen by a neighbour word
            if i1 > 0 and j1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            else:
                i2, j2 = i2 + 1, j2 + 1
        out.append((ow[i1][0], ow[i2 - 1][1], rw[j1][0], rw[j2 - 1][1]))
    # merge edits that now touch/overlap after widening
    merged: list[tuple[int, int, int, int]] = []
    for e in out:
        if merged and e[0] <= merged[-1][1]:
            p = merged[-1]
            merged[-1] = (p[0], max(p[1], e[1]), p[2], max(p[3], e[3]))
        else:
            merged.append(e)
    return merged


def spin(
    text: str, rows: list[tuple[str, str, str]], rng: random.Random
) -> tuple[str, list[dict[str, Any]]]:
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, str, tuple[str, str, str]]] = []  # (start, end, replacement, row)
    for row in rows:
        original, spun, kind = row
        for m in compile_row(original).finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if rng.random() >= P_REPLACE:
                continue  # spinner left this occurrence alone
            taken.append((s, e))
            chosen.append((s, e, transfer_case(m.group(0), original, spun), row))
    chosen.sort()
    out: list[str] = []
    edits: list[dict[str, Any]] = []
    pos, shift = 0, 0
    for s, e, repl, (original, spun, kind) in chosen:
        out.append(text[pos:s])
        new_start = s + shift
        matched = text[s:e]
        for os_, oe, rs, re_ in minimal_edits(matched, repl):
            edits.append(
                {
                    "start": new_start + rs,
                    "end": new_start + re_,
                    "spun": repl[rs:re_],
                    "original": matched[os_:oe],
                    "uncertain": False,
                    "note": f"{kind}: {original} -> {spun}",
                }
            )
        out.append(repl)
        shift += len(repl) - (e - s)
        pos = e
    out.append(text[pos:])
    return "".join(out), edits


def make_split(names: list[str]) -> dict[str, Any]:
    by_reg: dict[str, list[str]] = {}
    for n in sorted(names):
        by_reg.setdefault(n.split("_")[0], []).append(n)
    rng = random.Random(SEED + ":split")
    split: dict[str, Any] = {"dev": [], "heldout": [], "registers": {}}
    for reg, docs in sorted(by_reg.items()):
        docs = docs[:]
        rng.shuffle(docs)
        k = round(len(docs) * DEV_FRACTION)
        split["dev"] += sorted(docs[:k])
        split["heldout"] += sorted(docs[k:])
        split["registers"][reg] = {"dev": sorted(docs[:k]), "heldout": sorted(docs[k:])}
    split["dev"].sort()
    split["heldout"].sort()
    return split


def main() -> None:
    rows = load_map(HERE / "spin_map.tsv")
    (HERE / "spun").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    names, n_edits, n_words = [], 0, 0
    for path in sorted((HERE / "clean").glob("*.txt")):
        text = read_text(path)
        rng = random.Random(f"{SEED}:{path.stem}")
        spun_text, edits = spin(text, rows, rng)
        for ed in edits:  # self-check
            assert spun_text[ed["start"] : ed["end"]] == ed["spun"], ed
        write_text(HERE / "spun" / path.name, spun_text)
        gold = {"text_file": path.name, "synthetic": True, "edits": edits}
        write_text(
            HERE / "gold" / (path.stem + ".json"),
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
        )
        names.append(path.stem)
        n_edits += len(edits)
        n_words += len(text.split())
    split = make_split(names)
    split["note"] = "SYNTHETIC devset; generated by make_devset.py"
    write_text(HERE / "split.json", json.dumps(split, indent=1) + "\n")
    print(
        f"{len(names)} docs, {n_words} words, {n_edits} gold edits, "
        f"dev={len(split['dev'])} heldout={len(split['heldout'])}"
    )


if __name__ == "__main__":
    main()
