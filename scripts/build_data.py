"""Regenerate the derived data files in src/textrepair/data/ from the built-in lexicons.

- ``inflections.tsv``: inflected forms of every lemma the lexicons use (from lemminflect);
- ``bigrams.tsv``: the bigrams of symspellpy's bundled English list that involve a word the
  gated rules' context check can ask about (``lexicon.collocation_words``).

Run after editing a lexicon: ``python scripts/build_data.py`` (needs the ``dev`` extra, which
brings lemminflect). The package itself never imports lemminflect.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from textrepair import inflect, lexicon, rules  # noqa: E402
from textrepair.inflect import TAGS, Pos  # noqa: E402

UPOS: dict[Pos, str] = {"verb": "VERB", "noun": "NOUN", "adj": "ADJ"}
DATA = ROOT / "src" / "textrepair" / "data"
LEXICONS = sorted((DATA / "lexicons").glob("*.lex"))
SYMSPELL_BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"


def forms_of(lemma: str, pos: Pos) -> dict[str, str]:
    """The first lemminflect spelling of each tag, for one lemma."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

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


def wanted_bigrams() -> list[tuple[str, str, str]]:
    """The (first, second, count) rows of symspellpy's bigram list that the rules need."""
    from textrepair.lexicon import build_index, collocation_words

    build_index.cache_clear()
    words = collocation_words(build_index(("news", "science"), (), True))
    source = resources.files("symspellpy").joinpath(SYMSPELL_BIGRAMS).read_text("utf-8")
    rows = []
    for line in source.splitlines():
        parts = line.split()
        if len(parts) == 3 and (parts[0] in words or parts[1] in words):
            rows.append((parts[0], parts[1], parts[2]))
    return rows


def build_bigrams() -> int:
    """Write bigrams.tsv; returns the number of bigrams kept."""
    rows = wanted_bigrams()
    lines = [rules.BIGRAMS_HEADER, f"# cut from symspellpy's {SYMSPELL_BIGRAMS}"]
    lines += ["\t".join(row) for row in rows]
    (DATA / "bigrams.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def main() -> None:
    print(f"inflections.tsv: {build_inflections()} lemmas")
    inflect._table.cache_clear()  # the index below must see the new table
    print(f"bigrams.tsv: {build_bigrams()} bigrams")


if __name__ == "__main__":
    main()
