"""How a system edit is compared with the gold edits (the rules are in ``README.md``).

A system edit is first trimmed to its *unit*: the common word/punctuation tokens at both ends
of original and replacement are dropped (case-folded), so ``a discussion board -> a forum``
becomes ``discussion board -> forum``. A unit *detects* every gold edit it overlaps; it
*matches* them when applying it gives the same text over the union of their spans as
applying them (case-folded, whitespace collapsed). An uncertain gold edit may be applied or
not: a unit matching either reading is correct, and only a hit puts it into recall.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

import regex

from textrepair import Edit

from .data import GoldEdit

_TOKEN = regex.compile(r"\w+|[^\w\s]")
_SPACE = regex.compile(r"\s+")
MAX_OPTIONAL = 4
"""Uncertain gold edits tried in every combination under one unit (2**4 readings at most)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A system edit trimmed to what it changes; offsets into the input."""

    start: int
    end: int
    replacement: str
    rule_id: str


@dataclass(frozen=True, slots=True)
class Match:
    """What one unit did against the gold: indices of gold edits overlapped and hit."""

    correct: bool
    overlapped: tuple[int, ...]
    hit: tuple[int, ...]


def normalise(text: str) -> str:
    """Case-folded, whitespace collapsed and stripped.

    >>> normalise("  North\\u00a0Atlantic\\n Treaty ")
    'north atlantic treaty'
    """
    return str(_SPACE.sub(" ", text)).strip().casefold()


def to_unit(edit: Edit) -> Unit:
    """``edit`` without the tokens its original and replacement share at either end.

    >>> from textrepair import Edit
    >>> to_unit(Edit(10, 28, "a discussion board", "a forum", "r", "substitution", 1.0, ""))
    Unit(start=12, end=28, replacement='forum', rule_id='r')
    """
    a = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(edit.original)]
    b = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(edit.replacement)]
    head = 0
    while head < min(len(a), len(b)) and a[head][2] == b[head][2]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail][2] == b[-1 - tail][2]:
        tail += 1
    if head + tail in (len(a), len(b)):
        # A pure insertion or deletion, or a case/space-only change: keep the whole edit so
        # the surrounding spaces stay part of it.
        return Unit(edit.start, edit.end, edit.replacement, edit.rule_id)
    start, end = a[head][0], a[len(a) - tail - 1][1]
    r_start, r_end = b[head][0], b[len(b) - tail - 1][1]
    return Unit(edit.start + start, edit.start + end, edit.replacement[r_start:r_end], edit.rule_id)


def overlaps(unit: Unit, gold: GoldEdit) -> bool:
    """Whether the spans share a character (an insertion: whether it touches the gold span)."""
    if unit.start == unit.end:
        return gold.start <= unit.start <= gold.end
    return unit.start < gold.end and gold.start < unit.end


def match(text: str, unit: Unit, gold: Sequence[GoldEdit]) -> Match:
    """Compare one unit with the gold edits of ``text``."""
    overlapped = tuple(i for i, g in enumerate(gold) if overlaps(unit, g))
    if not overlapped:
        return Match(False, (), ())
    lo = min(unit.start, *(gold[i].start for i in overlapped))
    hi = max(unit.end, *(gold[i].end for i in overlapped))
    produced = normalise(text[lo : unit.start] + unit.replacement + text[unit.end : hi])
    certain = [i for i in overlapped if not gold[i].uncertain]
    for chosen in _readings([i for i in overlapped if gold[i].uncertain]):
        applied = sorted(certain + list(chosen))
        if produced == normalise(_apply(text, lo, hi, [gold[i] for i in applied])):
            return Match(True, overlapped, tuple(applied))
    return Match(False, overlapped, ())


def _readings(optional: Sequence[int]) -> Iterable[tuple[int, ...]]:
    # Most uncertain edits applied first, so that a repair agreeing with them counts as a hit.
    optional = optional[:MAX_OPTIONAL]
    for size in range(len(optional), -1, -1):
        yield from combinations(optional, size)


def _apply(text: str, lo: int, hi: int, edits: Sequence[GoldEdit]) -> str:
    parts: list[str] = []
    position = lo
    for g in sorted(edits, key=lambda e: e.start):
        parts += [text[position : g.start], g.original]
        position = g.end
    parts.append(text[position:hi])
    return "".join(parts)
