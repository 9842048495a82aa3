"""Regenerate the derived data files in src/textrepair/data/ from the built-in lexicons.

- ``inflections.tsv``: inflected forms of every lemma the lexicons use (from lemminflect).

Run after editing a lexicon: ``python scripts/build_data.py`` (needs the ``dev`` extra, which
brings lemminflect). The package itself never imports lemminflect.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lemminflect import getAllInflections, getAllInflectionsOOV

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from textrepair import inflect, lexicon  # noqa: E402
from textrepair.inflect import TAGS, Pos  # noqa: E402

UPOS: dict[Pos, str] = {"verb": "VERB", "noun": "NOUN", "adj": "ADJ"}
DATA = ROOT / "src" / "textrepair" / "data"
LEXICONS = sorted((DATA / "lexicons").glob("*.lex"))


def forms_of(lemma: str, pos: Pos) -> dict[str, str]:
    """The first lemminflect spelling of each tag, for one lemma."""
    found = getAllInflections(lemma, upos=UPOS[pos]) or getAllInflectionsOOV(lemma, upos=UPOS[pos])
    forms = {tag: spellings[0] for tag, spellings in found.items() if tag in TAGS[pos]}
    if pos == "verb" and "VBN" not in forms and "VBD" in forms:
        forms["VBN"] = forms["VBD"]
    return forms


def build_inflections() -> int:
    """Write inflections.tsv; returns the number of lemmas."""
    lines = [inflect.TABLE_HEADER]
    for lemma, pos in sorted(lexicon.head_lemmas(LEXICONS)):
        forms = forms_of(lemma, pos)
        if forms:
            lines.append(
                f"{lemma}\t{pos}\t" + ",".join(f"{t}={f}" for t, f in sorted(forms.items()))
            )
    (DATA / "inflections.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def main() -> None:
    print(f"inflections.tsv: {build_inflections()} lemmas")


if __name__ == "__main__":
    main()
