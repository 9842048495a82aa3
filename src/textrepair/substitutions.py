"""Stage 2: spinner substitutions, found with the compiled lexicon index.

Scanning keeps clean text cheap: the text's words (``trigger_words``) are checked against
the index's first words; only if they meet does one C-speed split into letter-digit pieces
follow, and only a piece that can start a rule reaches Python: a first word, and if every
rule it starts is longer (``the``, ``in``), only before a second word one of them needs.
Each rule keyed there is then tried at that piece.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, compress

import regex

from . import numbers
from .lexicon import NAME_CHARS, Rule, RuleTable
from .tokens import (
    PIECE_RE,
    WORD_RE,
    indefinite_article,
    pieces_and_word_count,
    transfer_apostrophes,
    transfer_case,
    word_list,
)

# PIECE_RE with a group, so that a split gives the pieces and what lies between them.
_SPLIT = re.compile(f"({PIECE_RE.pattern})")
MAX_GAP = 16
"""Characters at most between a first piece and the second a longer rule is keyed by."""
_ARTICLE_BEFORE = regex.compile(r"(?<![\w])(an?)([ \t]+)\Z", regex.IGNORECASE)
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}]+)[^\p{L}\p{N}\n]{0,3}\Z")
_WORD_AFTER = regex.compile(r"\A[^\p{L}\p{N}\n]{0,3}([\p{L}\p{N}]+)")
_NAME_WORD_BEFORE = regex.compile(r"(?<![\w])(\p{Lu}[\p{L}\p{N}&.\-]*)[ \t]+\Z")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the text a rule matched, with its proposed replacement."""

    start: int
    end: int
    original: str
    replacement: str
    rule_id: str
    conf: float
    gated: bool
    lexicon: str
    spun_form: str
    original_form: str
    note: str = ""
    """For a carried swap (``propagate``): the sure repair that showed it."""


_CHUNK = 1 << 16
"""Characters tokenized at a time by ``trigger_words``, so that a long text's pieces are
never all held in one list (on a 1 MB text that list alone took some 10 MB)."""


def trigger_words(text: str) -> tuple[int, frozenset[str]]:
    """The word count and the set of lowercased words of ``text``.

    >>> trigger_words("Don't stop") == (2, frozenset({"don", "t", "stop"}))
    True
    """
    # Words are counted as the tokenizer sees them; triggers are letter-digit runs.
    lowered = text.lower()
    vocab: set[str] = set()
    count = 0
    for start, end in _chunks(lowered):
        pieces, n = pieces_and_word_count(lowered[start:end])
        vocab.update(pieces)
        count += n
    return count, frozenset(vocab)


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    # Cut only after a space or a line break: no piece or word spans one.
    start = 0
    while len(text) - start > _CHUNK:
        end = max(text.rfind(" ", start, start + _CHUNK), text.rfind("\n", start, start + _CHUNK))
        if end <= start:  # one very long run without a break: cut at the next break
            after = [
                i
                for i in (text.find(" ", start + _CHUNK), text.find("\n", start + _CHUNK))
                if i >= 0
            ]
            if not after:
                break
            end = min(after)
        yield start, end + 1
        start = end + 1
    yield start, len(text)


def find(
    text: str,
    tables: Sequence[RuleTable],
    words: frozenset[str],
    protected: frozenset[str] = frozenset(),
    windows: Sequence[tuple[int, int]] | None = None,
) -> list[list[Candidate]]:
    """Every match of each table's rules in ``text`` (at most one per table and start
    position; overlaps allowed), or only those starting inside ``windows``. One pass over
    the words serves all tables; the first table's matches are signatures (``gated``
    False), the others' gated."""
    found: list[list[Candidate]] = [[] for _ in tables]
    keys = _keys(tables)
    if words.isdisjoint(keys.firsts):
        return found
    lowered = lowercase(text)
    intact: list[tuple[int, int]] = []  # known names written as they should be
    for lo, hi in windows if windows is not None else ((0, len(text)),):
        for word, start, after in _hits(lowered, lo, hi, keys):
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word (a window can start mid-word)
            for k, table in enumerate(tables):
                if word not in table.firsts or (
                    word not in table.rules and f"{word} {after}" not in table.rules
                ):
                    continue  # only longer forms start here, and none with this next word
                candidate = _first_match(text, table, word, after, start, k > 0, intact)
                if candidate is not None and not _is_protected(candidate.original, protected):
                    found[k].append(candidate)
    if intact:
        # A word rule never changes a word of a known name written as it should be
        # ("resolution" -> "decision" must leave "the Resolution Foundation" alone).
        intact.sort()
        found = [[c for c in f if not _inside(c, intact)] for f in found]
    return found


def _inside(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    """Whether ``cand`` overlaps one of ``spans`` (sorted; none longer than ``NAME_CHARS``)."""
    j = bisect_left(spans, (cand.end,)) - 1  # the last span starting before the candidate ends
    while j >= 0 and spans[j][0] > cand.start - NAME_CHARS:
        if spans[j][1] > cand.start:
            return True
        j -= 1
    return False


def lowercase(text: str) -> str:
    """``text`` in lower case, offset for offset (the few characters whose lower case is
    longer, such as ``İ``, stay as they are).

    >>> lowercase("İstanbul SAID")
    'İstanbul said'
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


@dataclass(frozen=True, slots=True)
class _Keys:
    """What a piece must be for a rule of some table to start at it."""

    firsts: frozenset[str]
    """Every table's first pieces."""
    seconds: dict[str, frozenset[str]]
    """For a first piece that starts only longer forms: the second pieces they need."""


_KEYS: dict[tuple[int, ...], tuple[tuple[RuleTable, ...], _Keys]] = {}


def _keys(tables: Sequence[RuleTable]) -> _Keys:
    # Cached per set of tables (kept with it, so the ids stay unique); 5 ms to build.
    key = tuple(map(id, tables))
    cached = _KEYS.get(key)
    if cached is None:
        if len(_KEYS) > 64:
            _KEYS.clear()
        cached = _KEYS[key] = (tuple(tables), _build_keys(tables))
    return cached[1]


def _build_keys(tables: Sequence[RuleTable]) -> _Keys:
    singles: set[str] = set()
    seconds: dict[str, set[str]] = {}
    for table in tables:
        for key in table.rules:
            first, space, second = key.partition(" ")
            if space:
                seconds.setdefault(first, set()).add(second)
            else:
                singles.add(key)
    return _Keys(
        frozenset().union(*(t.firsts for t in tables)),
        {first: frozenset(s) for first, s in seconds.items() if first not in singles},
    )


def _hits(lowered: str, lo: int, hi: int, keys: _Keys) -> Iterator[tuple[str, int, str | None]]:
    """The pieces of ``lowered[lo:hi]`` a rule may start at, each with its offset and the
    next piece (None if there is none within ``MAX_GAP`` characters).

    A long stretch is split ``_CHUNK`` characters at a time, so that its pieces are never
    all held in one list (memory, and time: on a 4 MB text the one list made each later
    step slower).
    """
    lo, hi = (min(max(x, 0), len(lowered)) for x in (lo, hi))  # as ``re`` takes pos, endpos
    if hi - lo <= _CHUNK:
        return _chunk_hits(lowered, lo, hi, hi, keys)
    return chain.from_iterable(
        _chunk_hits(lowered, lo + a, lo + b, hi, keys) for a, b in _chunks(lowered[lo:hi])
    )


_LOOKAHEAD = MAX_GAP + 100
"""Characters past a chunk's end split with it, to find the piece after its last one."""


def _chunk_hits(
    lowered: str, lo: int, hi: int, limit: int, keys: _Keys
) -> Iterator[tuple[str, int, str | None]]:
    # Pieces starting in lo:hi (which ends after a space or a line break, or at ``limit``);
    # the split runs a little further, up to ``limit``, for the next piece.
    parts = _SPLIT.split(lowered[lo : min(limit, hi + _LOOKAHEAD) if hi < limit else hi])
    pieces = parts[1::2]
    n = len(pieces)
    done, start = 0, lo
    # Only the pieces that are first pieces reach Python (a frequent word like "the" is).
    for i in compress(range(n), map(keys.firsts.__contains__, pieces)):
        word = pieces[i]
        after = pieces[i + 1] if i + 1 < n and len(parts[2 * i + 2]) <= MAX_GAP else None
        needed = keys.seconds.get(word)
        if needed is not None and after not in needed:
            continue  # every rule starting here is longer, and none goes on with ``after``
        offset = start + sum(map(len, parts[done : 2 * i + 1]))
        if offset >= hi:
            return  # in the look-ahead: the next chunk's piece
        start, done = offset, 2 * i + 1
        yield word, start, after


def _first_match(
    text: str,
    table: RuleTable,
    word: str,
    after: str | None,
    start: int,
    gated: bool,
    intact: list[tuple[int, int]],
) -> Candidate | None:
    rules = table.rules
    longer: tuple[Rule, ...] = ()
    if after is not None and word in table.multi:
        longer = rules.get(f"{word} {after}", ())
    best: Candidate | None = None
    for rule in (*longer, *rules.get(word, ())):
        match_end = rule.match(text, start)
        if match_end is None or (best is not None and match_end < best.end):
            continue  # rules come longest first: a shorter match cannot win
        if rule.kind == "name" and _same_name(text[start:match_end], rule.original):
            intact.append((start, match_end))
            continue
        candidate = candidate_for(text, start, match_end, rule, gated)
        if candidate is not None and (
            best is None or (candidate.end, candidate.conf) > (best.end, best.conf)
        ):
            best = candidate
    return best


def _is_protected(span: str, protected: frozenset[str]) -> bool:
    return bool(protected) and any(w.lower() in protected for w in WORD_RE.findall(span))


def candidate_for(text: str, start: int, end: int, rule: Rule, gated: bool) -> Candidate | None:
    """The candidate for ``rule`` matched at ``text[start:end]``: the replacement in the
    matched case, with its article agreeing (None for part of a longer name; a name written
    as it should be is the caller's to leave out, see ``_first_match``)."""
    matched = text[start:end]
    if rule.kind == "name":
        if _inside_longer_name(text, start):
            return None
        replacement = transfer_apostrophes(matched, rule.original)
    else:
        replacement = transfer_apostrophes(matched, transfer_case(matched, rule.original))
    # Keep "a"/"an" in agreement with the new first word.
    article = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    if article and replacement[:1].isalpha():
        wanted = indefinite_article(replacement)
        if article.group(1).lower() != wanted:
            start = article.start()
            replacement = transfer_case(article.group(1), wanted) + article.group(2) + replacement
    return Candidate(
        start,
        end,
        text[start:end],
        replacement,
        rule.rule_id,
        rule.conf,
        gated,
        rule.lexicon,
        rule.spun,
        rule.original,
    )


def _same_name(matched: str, name: str) -> bool:
    # "People’s Bank of China" is the name "People's Bank of China" as it should be.
    return " ".join(matched.split()).replace("’", "'") == name.replace("’", "'")


def _inside_longer_name(text: str, start: int) -> bool:
    # "National Safety Council" is a name of its own, not a broken "Security Council".
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() not in word_list("name_openers")


def neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The words just left and right of a span (None at a line or text edge)."""
    left = _WORD_BEFORE.search(text, max(0, start - 40), start)
    right = _WORD_AFTER.match(text[end : end + 40])
    return (left.group(1) if left else None, right.group(1) if right else None)


def number_candidates(text: str, gated: bool) -> list[Candidate]:
    """Number repairs: decimals always; lone digits only when ``gated`` rules may fire."""
    found = numbers.digit_words(text) if gated else numbers.decimal_words(text)
    conf = 0.6 if gated else 0.97
    return [
        Candidate(
            m.start,
            m.end,
            text[m.start : m.end],
            m.replacement,
            m.rule_id,
            conf,
            gated,
            "numbers",
            text[m.start : m.end],
            m.replacement,
        )
        for m in found
    ]
