"""The lexicon data: lint of the shipped files, every entry's own examples, load errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from textrepair import Config, LexiconError, Repairer
from textrepair.lexicon import (
    Entry,
    NameList,
    build_index,
    builtin_paths,
    check_cycles,
    compile_rules,
    load_lexicon,
    parse_lexicon,
    parse_names,
)

LEX_PATHS = [p for p in builtin_paths() if p.suffix == ".lex"]
NAME_PATHS = [p for p in builtin_paths() if p.suffix == ".names"]
ENTRIES = [e for p in LEX_PATHS for e in parse_lexicon(p)]
EXAMPLES = [(e, ex) for e in ENTRIES for ex in e.examples]
# Each entry alone, in a document treated as spun: what the entry itself matches (the
# collocation veto still applies; the support demanded of unsure rules does not).
ISOLATED = Config(
    mojibake=False,
    numbers=False,
    force_spun=True,
    min_confidence=0.0,
    require_support=False,
    carry_swaps=False,
)


def test_builtin_lexicons_exist_and_are_large() -> None:
    assert {p.stem for p in LEX_PATHS} >= {"news", "science"}
    assert NAME_PATHS
    names = sum(len(parse_names(p).names) for p in NAME_PATHS)
    assert len(ENTRIES) + names >= 1000


def test_builtin_lexicons_have_no_cycles_or_chains() -> None:
    check_cycles(ENTRIES)
    index = build_index(("news", "science"), (), True)
    assert index.always and index.gated


def test_rule_ids_are_unique() -> None:
    seen: dict[str, Entry] = {}
    for entry in ENTRIES:
        other = seen.setdefault(entry.rule_id, entry)
        assert other is entry, f"{entry.path}:{entry.line} repeats id of line {other.line}"


def test_context_rules_carry_both_kinds_of_example() -> None:
    for entry in ENTRIES:
        if entry.has_context:
            kinds = {ex.expected is None for ex in entry.examples}
            assert kinds == {True, False}, f"{entry.path}:{entry.line} needs + and - examples"


def test_every_inflection_lemma_is_in_the_shipped_table() -> None:
    from textrepair.inflect import _table
    from textrepair.lexicon import head_lemmas

    missing = head_lemmas(LEX_PATHS) - set(_table())
    assert not missing, f"run scripts/build_data.py; missing {sorted(missing)[:5]}"


def test_shipped_bigrams_cover_every_word_the_rules_ask_about() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from build_data import wanted_bigrams

    from textrepair.rules import bigrams, read_bigrams

    wanted = {f"{a} {b}": int(n) for a, b, n in wanted_bigrams()}
    assert read_bigrams() == wanted, "run scripts/build_data.py"
    table = bigrams()
    assert len(table) == len(wanted)
    assert all(table.get(key) == count for key, count in wanted.items())


def _label(item: tuple[Entry, object]) -> str:
    entry = item[0]
    return f"{Path(entry.path).stem}:{entry.line}"


@pytest.mark.parametrize("item", EXAMPLES, ids=[_label(i) for i in EXAMPLES])
def test_entry_examples(item: tuple[Entry, object]) -> None:
    entry, example = item
    repairer = Repairer(ISOLATED, index=compile_rules([entry]))
    got = repairer.fix_text(example.text)  # type: ignore[attr-defined]
    wanted = example.expected if example.expected is not None else example.text  # type: ignore[attr-defined]
    assert got == wanted, f"{entry.path}:{example.line}"  # type: ignore[attr-defined]


def test_name_variants_are_restored() -> None:
    names = NameList("t", "-", ("World Health Organization",), (("Health", "Well being"),))
    repairer = Repairer(ISOLATED, index=compile_rules([], [names]))
    assert repairer.fix_text("the World Well being Organization") == "the World Health Organization"
    assert repairer.fix_text("the World Health Organization") == "the World Health Organization"


# --- broken files: every error names the file, the line and the problem -----------------------

HEADER = "# textrepair lexicon 1\n# name: user\n"


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("stated said\n", 3, "SPUN -> ORIGINAL"),
        ("stated -> said | colour=red\n", 3, "bad attribute"),
        ("stated -> said | conf=2\n", 3, "outside 0..1"),
        ("stated -> said | gate=sometimes\n", 3, "gate="),
        ("stated -> said | evidence=maybe\n", 3, "evidence="),
        ("stated -> said | gate=always evidence=no\n", 3, "evidence=no is for gated entries"),
        ("stated -> said | before=(unclosed\n", 3, "invalid regex"),
        ("stated -> said | before=(\\w+\\s?)+$\n", 3, "backtracks"),
        ("stated -> stated\n", 3, "maps to itself"),
        ("stated -> said\nstated -> said\n", 4, "duplicate"),
        ("stated -> said | forms=VBD\n", 3, "'forms' needs 'pos'"),
        ("state -> say | pos=verb forms=NNS\n", 3, "not verb tags"),
        ("  + an example first -> x\n", 3, "example line before any entry"),
        ("stated -> said\n  * odd\n", 4, r"starting with \+ or -"),
    ],
)
def test_broken_lexicon_errors_name_file_line_and_problem(
    tmp_path: Path, body: str, line: int, problem: str
) -> None:
    path = tmp_path / "user.lex"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem) as info:
        load_lexicon(path)
    assert info.value.line == line
    assert str(path) in str(info.value)


def test_missing_header_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "user.lex"
    path.write_text("stated -> said\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="first line"):
        load_lexicon(path)


def test_non_utf8_lexicon_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "user.lex"
    path.write_bytes(HEADER.encode() + b"caf\xe9 -> cafe\n")
    with pytest.raises(LexiconError, match="UTF-8") as info:
        load_lexicon(path)
    assert info.value.line == 3


def test_cycle_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "user.lex"
    path.write_text(HEADER + "stated -> said\nsaid -> stated\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cycle"):
        build_index((), (str(path),), False)


def test_unknown_extension_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "user.txt"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"\.lex or \.names"):
        load_lexicon(path)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(tmp_path / "nope.lex")


def test_user_lexicon_extends_the_builtin_ones(tmp_path: Path) -> None:
    path = tmp_path / "user.lex"
    path.write_text(HEADER + "frobnicated -> fixed | gate=always conf=0.9\n", encoding="utf-8")
    repairer = Repairer(Config(lexicons=(str(path),)))
    assert repairer.fix_text("It was frobnicated this 12 months.") == "It was fixed this year."


def test_evidence_no_forms_repair_but_do_not_raise_the_spin_score(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.lex"
    quiet.write_text(HEADER + "frobnicated -> fixed | conf=0.9 evidence=no\n", encoding="utf-8")
    loud = tmp_path / "loud.lex"
    loud.write_text(HEADER + "frobnicated -> fixed | conf=0.9\n", encoding="utf-8")
    text = "It was frobnicated. It was frobnicated."
    by_quiet = Repairer(Config(lexicons=(str(quiet),), builtin_lexicons=False))
    by_loud = Repairer(Config(lexicons=(str(loud),), builtin_lexicons=False))
    assert by_quiet.detect(text).weight == 0.0
    assert by_loud.detect(text).weight > 0.0
    forced = Repairer(Config(lexicons=(str(quiet),), builtin_lexicons=False, force_spun=True))
    assert forced.fix_text("It was frobnicated.") == "It was fixed."
