"""Regenerate src/textrepair/data/inflections.tsv from the built-in lexicons.

Run after editing a lexicon: ``python scripts/build_inflections.py`` (needs the ``dev`` extra,
which brings lemminflect). The package itself never imports lemminflect.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lemminflect import getAllInflections, getAllInflectionsOOV

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from textrepair.inflect import TAGS, Pos  # noqa: E402
from textrepair.lexicon import head_lemmas  # noqa: E402

UPOS: dict[Pos, str] = {"verb": "VERB", "noun": "NOUN", "adj": "ADJ"}
OUT = ROOT / "src" / "textrepair" / "data" / "inflections.tsv"


def forms_of(lemma: str, pos: Pos) -> dict[str, str]:
    """The first lemminflect spelling of each tag, for one lemma."""
    found = getAllInflections(lemma, upos=UPOS[pos]) or getAllInflectionsOOV(
        lemma, upos=UPOS[pos]
    )
    forms = {tag: spellings[0] for tag, spellings in found.items() if tag in TAGS[pos]}
    if pos == "verb" and "VBN" not in forms and "VBD" in forms:
        forms["VBN"] = forms["VBD"]
    forms.pop("VBP", None)
    return forms


def main() -> None:
    lexicon_dir = ROOT / "src" / "textrepair" / "data" / "lexicons"
    lemmas = sorted(head_lemmas(sorted(lexicon_dir.glob("*.lex"))))
    lines = ["# textrepair inflections 1"]
    for lemma, pos in lemmas:
        forms = forms_of(lemma, pos)
        if forms:
            lines.append(f"{lemma}\t{pos}\t" + ",".join(f"{t}={f}" for t, f in sorted(forms.items())))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} lemmas to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
