"""Stage 2: spinner substitutions, found with the compiled lexicon index.

Scanning is two-step so clean text stays cheap: one C-speed tokenization gives the set of
words, intersected with the index's trigger words; only when that is not empty does a
pattern of just those words walk the text and try each rule at each hit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import numbers
from .lexicon import Rule
from .tokens import WORD_RE, indefinite_article, transfer_case

_ARTICLE_BEFORE = regex.compile(r"(?<![\w])(an?)([ \t]+)\Z", regex.IGNORECASE)
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}]+)[^\p{L}\p{N}\n]{0,3}\Z")
_WORD_AFTER = regex.compile(r"\A[^\p{L}\p{N}\n]{0,3}([\p{L}\p{N}]+)")


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


def trigger_words(text: str) -> tuple[int, frozenset[str]]:
    """The word count and the set of lowercased words of ``text``."""
    found = WORD_RE.findall(text.lower())
    return len(found), frozenset(found)


@lru_cache(maxsize=2048)
def _scanner(keys: frozenset[str]) -> regex.Pattern[str]:
    alternation = "|".join(regex.escape(k) for k in sorted(keys, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE
    )


def find(
    text: str,
    rules: Mapping[str, tuple[Rule, ...]],
    words: frozenset[str],
    protected: frozenset[str] = frozenset(),
    gated: bool = False,
) -> list[Candidate]:
    """Every rule match in ``text`` (at most one per start position; overlaps allowed)."""
    keys = words.intersection(rules)
    if not keys:
        return []
    out: list[Candidate] = []
    for hit in _scanner(keys).finditer(text):
        for rule in rules.get(hit.group().lower(), ()):
            m = rule.pattern.match(text, hit.start())
            if m is None:
                continue
            candidate = _candidate(text, m.start(), m.end(), rule, gated)
            if candidate is not None and not _is_protected(candidate.original, protected):
                out.append(candidate)
                break
    return out


def _is_protected(span: str, protected: frozenset[str]) -> bool:
    return bool(protected) and any(w.lower() in protected for w in WORD_RE.findall(span))


def _candidate(text: str, start: int, end: int, rule: Rule, gated: bool) -> Candidate | None:
    matched = text[start:end]
    if rule.kind == "name":
        if " ".join(matched.split()) == rule.original:
            return None  # the name as it should be
        replacement = rule.original
    else:
        replacement = transfer_case(matched, rule.original)
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
