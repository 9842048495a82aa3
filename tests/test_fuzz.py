"""Fuzzing: arbitrary Unicode through the API and arbitrary bytes through the CLI.

The ``check_*`` functions are the properties; the tests run them for a bounded number of
examples in CI, and ``scripts/fuzz.py`` runs them for as long as asked. Every input that
ever broke one is kept in ``cases/regressions/fuzz.json`` and replayed here.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textrepair import Config, Repairer, apply_edits
from textrepair.cli import main

REGRESSIONS = Path(__file__).resolve().parent / "cases" / "regressions"
LEXICON = str(REGRESSIONS / "hostile.lex")
FUZZ_CASES = REGRESSIONS / "fuzz.json"

# The fixture lexicon only: these tests must not depend on the shipped data of the day.
SPUN = Repairer(Config(force_spun=True, lexicons=(LEXICON,), builtin_lexicons=False))
PLAIN = Repairer(Config(lexicons=(LEXICON,), builtin_lexicons=False))


LEXICON_ARGS = ["--no-builtin-lexicons", "--lexicon", LEXICON]
"""The CLI's lexicon options here (``scripts/fuzz.py --builtin`` drops the first)."""


# Trigger words, spun phrases and hostile characters, mixed with arbitrary Unicode so that
# the rules fire next to CRLF, NUL, zero-width, astral, right-to-left and combining text.
PIECES = st.sampled_from(
    [
        "this 12 months", "stated", "Beneath the", "p.c", "1.five", "frobnicated",
        "discussion board", "a", "an", "cafÃ©", "â€™", "Ã ", " ", "  ", "\n", "\r\n", "\r",
        "\t", ".", ",", "’s", "😀", "\U0001f468\u200d\U0001f469", "\u200b", "\u200d",
        "\u0301", "e\u0301", "שלום", "مرحبا", "\u202e", "\x00", "\x1b[0m", "\udcff", "\ufeff",
        "1.1.1.1", "2 nations",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)
DATA = st.one_of(
    TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=200),
    TEXTS.map(lambda t: t.encode("utf-16", "surrogatepass")),
)


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 code-unit offset of code point ``index``."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def check_api(text: str) -> None:
    """Edits replay, point into the input, keep everything else, and repair is stable."""
    for repairer in (SPUN, PLAIN):
        result = repairer.repair(text)
        assert apply_edits(text, result.edits) == result.text
        position = 0
        for edit in result.edits:
            assert position <= edit.start <= edit.end <= len(text)
            assert text[edit.start : edit.end] == edit.original
            position = edit.end
        assert repairer.repair(text) == result  # the same input gives the same output
    once = SPUN.repair(text).text
    assert SPUN.repair(once).text == once


def check_cli(data: bytes, folder: Path) -> None:
    """Any bytes in: exit 0 or 2, no traceback, and text out that is the API's repair."""
    source, out = folder / "in.txt", folder / "out.txt"
    source.write_bytes(data)
    out.unlink(missing_ok=True)
    status = main([*LEXICON_ARGS, "--force", str(source), "-o", str(out)])
    assert status in (0, 2)
    if status == 2:
        assert not out.exists()
        return
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in data[:8192]:
        assert out.exists()
    written = out.read_bytes()
    if data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-8 (with undecodable bytes passed through): the output is the API's repair.
        text = data.decode("utf-8", "surrogateescape")
        assert written == PLAIN.repair(text).text.encode("utf-8", "surrogateescape")
    report = folder / "report.json"
    status = main(
        ["--lexicon", LEXICON, "--force", "--format", "json", str(source), "-o", str(report)]
    )
    assert status == 0
    assert json.loads(report.read_bytes())["edits"] is not None


def check_json_offsets(text: str, folder: Path) -> None:
    """``--format json`` offsets: code points, and UTF-16 units as JavaScript counts them."""
    source = folder / "in.txt"
    source.write_bytes(text.encode("utf-8", "surrogateescape"))
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with contextlib.redirect_stdout(stdout):
        assert main([*LEXICON_ARGS, "--force", "--format", "json", str(source)]) == 0
    record = json.loads(stdout.buffer.getvalue())
    for edit in record["edits"]:
        assert text[edit["start"] : edit["end"]] == edit["original"]
        assert edit["start_utf16"] == utf16_offset(text, edit["start"])
        assert edit["end_utf16"] == utf16_offset(text, edit["end"])


@given(TEXTS)
def test_api_keeps_everything_outside_its_edits(text: str) -> None:
    check_api(text)


@given(st.text())
def test_api_survives_arbitrary_unicode(text: str) -> None:
    check_api(text)


@given(DATA)
def test_cli_survives_arbitrary_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_cli(data, Path(folder))


@given(TEXTS.filter(lambda t: "\udcff" not in t))
def test_cli_json_offsets_match_the_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_json_offsets(text, Path(folder))


def _regressions() -> list[dict[str, str]]:
    if not FUZZ_CASES.exists():
        return []
    cases: list[dict[str, str]] = json.loads(FUZZ_CASES.read_text(encoding="utf-8"))
    return cases


@pytest.mark.parametrize("case", _regressions(), ids=lambda c: c["label"])
def test_fuzz_regressions_stay_fixed(case: dict[str, str], tmp_path: Path) -> None:
    data = bytes.fromhex(case["input_hex"])
    if case["target"] == "api":
        check_api(data.decode("utf-8", "surrogatepass"))
    else:
        check_cli(data, tmp_path)
