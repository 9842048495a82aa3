"""Lexicons: find, load, validate and compile the substitution data files.

The file format is documented in ``data/FORMAT.md`` (shipped with the package). In short::

    # textrepair lexicon 1
    # name: news
    state -> say | pos=verb forms=VBD,VBZ,VBG conf=0.8
    12 months -> year | gate=always before=\\b(?:this|last|next)\\s+
        + It rose this 12 months. -> It rose this year.
        - It rose over the past 12 months.

and for name gazetteers (``.names``)::

    # textrepair names 1
    # name: institutions
    World Health Organization
    Health -> Well being

Every problem raises :class:`LexiconError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import functools
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal, cast

import regex

from .inflect import TAGS, Pos, inflections
from .tokens import APOSTROPHES, PIECE_RE, WORD_RE

Gate = Literal["always", "spun"]
RuleKind = Literal["word", "name"]

LEX_HEADER = "# textrepair lexicon 1"
NAMES_HEADER = "# textrepair names 1"
MAX_FILE_BYTES = 16 * 1024 * 1024
"""A lexicon larger than this is refused: it is almost surely not a lexicon (the built-in
ones are well under 1 MB). Read with a bound, so ``/dev/zero`` is refused too."""
MAX_LINE_CHARS = 4000
"""A longer line is refused: no phrase or context condition needs that much."""
MAX_REGEX_CHARS = 1000
"""A longer context regex is refused: it is slow to compile and impossible to review."""
REGEX_CHECK_TIMEOUT = 0.5
"""Seconds a context regex may take on all the adversarial probe strings together before it
is refused. Safe regexes take 0.01-0.03 s; ``(a+)+$`` and ``x(a+)+`` take over 1 s."""

_NAME_RE = regex.compile(r"[a-z][a-z0-9_]*")
_SLUG_RE = regex.compile(r"[^a-z0-9.]+")
_ID_RE = regex.compile(r"[a-z0-9_.:>\-]+")
_ATTRS = frozenset(
    {
        "pos",
        "forms",
        "conf",
        "gate",
        "evidence",
        "before",
        "not_before",
        "after",
        "not_after",
        "case",
        "id",
    }
)
_AUXILIARY = r"\b(?:have|has|had|having|be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+\s+)?"
"""Left context in which a past form is a participle (``had advised`` -> ``had told``)."""


class LexiconError(ValueError):
    """A lexicon file that cannot be used, with the file, line and problem in the message."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Example:
    """A must-fire (``expected`` set) or must-not-fire (``expected`` None) example."""

    text: str
    expected: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a ``.lex`` file, validated."""

    lexicon: str
    path: str
    line: int
    spun: str
    original: str
    rule_id: str
    pos: Pos | None = None
    forms: tuple[str, ...] = ()
    conf: float = 0.6
    gate: Gate = "spun"
    before: str | None = None
    not_before: str | None = None
    after: str | None = None
    not_after: str | None = None
    case_exact: bool = False
    examples: tuple[Example, ...] = ()
    evidence: bool = True
    """Whether a match counts towards the document's spin score (``evidence=no``: a form
    so common in clean text that only other evidence may make the document spun)."""

    @property
    def has_context(self) -> bool:
        """Whether the entry carries any left or right context condition."""
        return any((self.before, self.not_before, self.after, self.not_after))


@dataclass(frozen=True, slots=True)
class NameList:
    """A ``.names`` gazetteer: the names and the word-level swaps spinners make in them."""

    lexicon: str
    path: str
    names: tuple[str, ...]
    variants: tuple[tuple[str, str], ...]


Context = tuple[tuple[Literal["before", "not_before", "after", "not_after"], str], ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One concrete form to look for: a matched span gets ``original``.

    Plain phrases are matched word by word without a regex; context conditions compile
    once per distinct condition, on first use (most rules never meet their text).
    """

    rule_id: str
    lexicon: str
    spun: str
    original: str
    conf: float
    gate: Gate
    kind: RuleKind = "word"
    context: Context = ()
    case_exact: bool = False
    name_source: str = ""
    """For names: the pattern of every spelling (each word or one of its spun variants)."""

    def match(self, text: str, start: int) -> int | None:
        """The end of this rule's match at ``start`` (a word start), or None."""
        if self.kind == "name":
            # Bounded by ``endpos``: without it the regex module scans the rest of the text
            # for the pattern's literal words, which made every name check cost O(len(text)).
            # A name never spans a line break.
            stop = text.find("\n", start, start + NAME_CHARS)
            endpos = stop if stop != -1 else min(len(text), start + NAME_CHARS)
            m = compile_pattern(self.name_source, regex.V0).match(text, start, endpos)
            return m.end() if m else None
        end = match_phrase(text, start, self.spun, self.case_exact)
        if end is None or not self.context:
            return end
        lo, line = line_window(text, start, end)
        for kind, value in self.context:
            at = (end if kind in ("after", "not_after") else start) - lo
            found = context_pattern(kind, value).match(line, at) is not None
            if found != (kind in ("before", "after")):
                return None
        return end


NAME_CHARS = 400
"""How far a name rule looks from where it starts: longer than any name."""
CONTEXT_CHARS = 300
"""How far context conditions may look on either side of a match (within its line)."""


def line_window(text: str, start: int, end: int) -> tuple[int, str]:
    """The text around ``start:end`` that context may see, and where it starts: never past
    a line break, so that repairing line by line gives what repairing the whole text
    gives, and never more than ``CONTEXT_CHARS`` away, so that a huge line costs no more
    per match than a short one."""
    lo = max(0, start - CONTEXT_CHARS)
    lo = text.rfind("\n", lo, start) + 1 or lo
    hi = min(len(text), end + CONTEXT_CHARS)
    newline = text.find("\n", end, hi)
    return lo, text[lo : hi if newline == -1 else newline]


def match_phrase(text: str, start: int, phrase: str, case_exact: bool = False) -> int | None:
    """The end of ``phrase`` in ``text`` at ``start`` (any white space but a line break
    between its words, no word character after it), or None.

    >>> match_phrase("a discussion\u00a0 board.", 2, "discussion board")
    19
    >>> match_phrase("discussion boards", 0, "discussion board") is None
    True
    >>> match_phrase("1000’s of", 0, "1000's")
    6
    """
    pos, n = start, len(text)
    for i, word in enumerate(phrase.split(" ")):
        if i:
            gap = pos
            while pos < n and text[pos].isspace() and text[pos] != "\n":
                pos += 1
            if pos == gap:
                return None
        piece = text[pos : pos + len(word)]
        if (
            piece != word
            and (case_exact or piece.lower() != word.lower())
            and not _same_but_apostrophes(piece, word, case_exact)
        ):
            return None
        pos += len(word)
    if pos < n and (text[pos].isalnum() or text[pos] == "_" or _is_mark(text[pos])):
        return None
    return pos


def _same_but_apostrophes(piece: str, word: str, case_exact: bool) -> bool:
    # Spun pages print "1000’s" for a form written "1000's" (tokens.APOSTROPHES). This runs
    # on every failed comparison, so the common case, a word without one, returns at once.
    if "'" not in word and "’" not in word:
        return False
    piece, word = piece.replace("’", "'"), word.replace("’", "'")
    return piece == word if case_exact else piece.lower() == word.lower()


def _is_mark(char: str) -> bool:
    # A combining accent belongs to the letter before it: "cafe\u0301" is not "cafe".
    return not char.isascii() and unicodedata.category(char).startswith("M")


@functools.cache
def compile_pattern(source: str, flags: int) -> regex.Pattern[str]:
    """Compile a pattern once per process."""
    return regex.compile(source, flags)


_LOOKAROUND = {
    "before": "(?<=(?:{}))",
    "not_before": "(?<=(?:{}))",
    "after": "(?=(?:{}))",
    "not_after": "(?=(?:{}))",
}


_CONTEXT_FLAGS = int(regex.IGNORECASE | regex.V0)


@functools.cache
def context_pattern(kind: str, value: str) -> regex.Pattern[str]:
    """A context condition as a zero-width pattern to match at the phrase's edge."""
    return compile_pattern(_LOOKAROUND[kind].format(value), _CONTEXT_FLAGS)


@dataclass(frozen=True, slots=True)
class RuleTable:
    """Rules keyed for lookup at a word: by the first letter-digit piece of their spun form
    (one-piece forms and names), or by the first two pieces (``"12 months"``, ``"p c"``), so
    that a frequent first word like ``the`` tries only the phrases that fit the next word."""

    rules: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    firsts: frozenset[str] = frozenset()
    """Every first piece: a text without any of these has nothing for this table."""
    multi: frozenset[str] = frozenset()
    """First pieces that start a longer form: only after these is the next word looked at."""

    def __bool__(self) -> bool:
        return bool(self.rules)

    @classmethod
    def build(cls, keyed: list[tuple[str, str | None, Rule]]) -> RuleTable:
        """A table from (first piece, second piece or None, rule) triples."""
        buckets: dict[str, list[Rule]] = {}
        for first, second, rule in keyed:
            buckets.setdefault(first if second is None else f"{first} {second}", []).append(rule)
        return cls(
            {k: _ordered(v) for k, v in buckets.items()},
            frozenset(first for first, _, _ in keyed),
            frozenset(first for first, second, _ in keyed if second is not None),
        )


@dataclass(frozen=True, slots=True)
class Index:
    """The compiled rules: signatures (``gate=always``) and gated ones."""

    always: RuleTable = field(default_factory=RuleTable)
    gated: RuleTable = field(default_factory=RuleTable)
    entry_count: int = 0
    """How many lexicon entries it was built from (the entries themselves, with their
    examples, are not kept: only the rules are needed to repair)."""
    names: tuple[NameList, ...] = ()
    quiet: frozenset[str] = frozenset()
    """Ids of the rules whose matches are no evidence for the spin score (``evidence=no``)."""

    @property
    def size(self) -> int:
        """How many lexicon entries and names it was built from."""
        return self.entry_count + sum(len(n.names) for n in self.names)


# --- parsing -------------------------------------------------------------------------------


def builtin_paths() -> list[Path]:
    """The lexicon files shipped inside the package."""
    folder = resources.files("textrepair").joinpath("data/lexicons")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".lex", ".names")))


def _read(path: Path) -> list[str]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise LexiconError(str(path), 0, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise LexiconError(
            str(path), 0, f"file is over the limit of {MAX_FILE_BYTES} bytes; is it a lexicon?"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(str(path), line, "not UTF-8 text; save the file as UTF-8") from exc
    if "\x00" in text:
        raise LexiconError(str(path), text[: text.index("\x00")].count("\n") + 1, "NUL byte")
    lines = text.splitlines()
    for number, body in enumerate(lines, start=1):
        if len(body) > MAX_LINE_CHARS:
            raise LexiconError(
                str(path), number, f"line is {len(body)} characters; the limit is {MAX_LINE_CHARS}"
            )
    return lines


def _metadata(path: str, lines: list[str], header: str) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != header:
        raise LexiconError(path, 1, f"the first line must be {header!r}")
    meta: dict[str, str] = {}
    i = 1
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        body = lines[i].lstrip("#").strip()
        key, sep, value = body.partition(":")
        if sep and key.strip().isidentifier():
            meta[key.strip().lower()] = value.strip()
        i += 1
    name = meta.get("name")
    if name is None:
        raise LexiconError(path, 1, "missing '# name: ...' line before the first entry")
    if not _NAME_RE.fullmatch(name):
        raise LexiconError(path, 1, f"name {name!r} must match [a-z][a-z0-9_]*")
    return meta, i


def parse_lexicon(path: str | Path, *, trusted: bool = False) -> tuple[Entry, ...]:
    """Parse and validate one ``.lex`` file.

    ``trusted`` skips the slow adversarial probing of context regexes; only the package's
    own lexicons, which the test suite probes, are loaded that way.
    """
    p = Path(path)
    lines = _read(p)
    meta, first = _metadata(str(p), lines, LEX_HEADER)
    name = meta["name"]
    entries: list[Entry] = []
    seen: dict[tuple[object, ...], int] = {}
    examples: list[Example] = []
    for number, raw in enumerate(lines[first:], start=first + 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[:1].isspace():
            if not entries:
                raise LexiconError(str(p), number, "example line before any entry")
            examples.append(_parse_example(str(p), number, raw.strip()))
            continue
        if entries:
            entries[-1] = _with_examples(entries[-1], examples)
        examples = []
        entry = _parse_entry(str(p), number, name, raw.strip(), trusted)
        key = (
            entry.spun.lower(),
            entry.pos,
            entry.forms,
            entry.before,
            entry.not_before,
            entry.after,
            entry.not_after,
            entry.case_exact,
        )
        if key in seen:
            raise LexiconError(str(p), number, f"duplicate of the entry on line {seen[key]}")
        seen[key] = number
        entries.append(entry)
    if entries:
        entries[-1] = _with_examples(entries[-1], examples)
    return tuple(entries)


def _with_examples(entry: Entry, examples: list[Example]) -> Entry:
    if not examples:
        return entry
    from dataclasses import replace

    return replace(entry, examples=entry.examples + tuple(examples))


def _parse_example(path: str, number: int, body: str) -> Example:
    sign, text = body[:1], body[1:].strip()
    if sign == "+":
        given, sep, expected = text.partition(" -> ")
        if not sep or not given.strip() or not expected.strip():
            raise LexiconError(path, number, "a '+' example needs 'INPUT -> EXPECTED'")
        return Example(given.strip(), expected.strip(), number)
    if sign == "-":
        if not text:
            raise LexiconError(path, number, "empty '-' example")
        return Example(text, None, number)
    raise LexiconError(path, number, "an indented line must be an example starting with + or -")


def _parse_entry(path: str, number: int, lexicon: str, body: str, trusted: bool) -> Entry:
    mapping, _, attr_text = body.partition(" | ")
    spun, sep, original = mapping.partition(" -> ")
    spun, original = " ".join(spun.split()), " ".join(original.split())
    if not sep or not spun or not original:
        raise LexiconError(
            path, number, "an entry must look like 'SPUN -> ORIGINAL | key=value ...'"
        )
    if "->" in original or "|" in spun or "|" in original:
        raise LexiconError(path, number, "'->' or '|' inside a phrase; one mapping per line")
    if spun.lower() == original.lower():
        raise LexiconError(path, number, f"{spun!r} maps to itself")
    if not WORD_RE.match(spun):
        raise LexiconError(path, number, f"{spun!r} must start with a letter or digit")
    attrs: dict[str, str] = {}
    for item in attr_text.split():
        key, eq, value = item.partition("=")
        if not eq or key not in _ATTRS:
            raise LexiconError(
                path, number, f"bad attribute {item!r}; known keys: {', '.join(sorted(_ATTRS))}"
            )
        if key in attrs:
            raise LexiconError(path, number, f"attribute {key!r} given twice")
        attrs[key] = value
    pos = _choice(path, number, "pos", attrs.get("pos", "none"), ("verb", "noun", "adj", "none"))
    pos_value = None if pos == "none" else cast(Pos, pos)
    forms: tuple[str, ...] = ()
    if "forms" in attrs:
        if pos_value is None:
            raise LexiconError(path, number, "'forms' needs 'pos'")
        forms = tuple(attrs["forms"].split(","))
        bad = [f for f in forms if f not in TAGS[pos_value]]
        if bad:
            raise LexiconError(
                path, number, f"forms {bad} are not {pos} tags ({', '.join(TAGS[pos_value])})"
            )
    try:
        conf = float(attrs.get("conf", "0.6"))
    except ValueError:
        raise LexiconError(path, number, f"conf {attrs['conf']!r} is not a number") from None
    if not 0.0 <= conf <= 1.0:
        raise LexiconError(path, number, f"conf {conf} is outside 0..1")
    gate = _choice(path, number, "gate", attrs.get("gate", "spun"), ("always", "spun"))
    case = _choice(path, number, "case", attrs.get("case", "any"), ("exact", "any"))
    evidence = _choice(path, number, "evidence", attrs.get("evidence", "yes"), ("yes", "no"))
    if evidence == "no" and gate == "always":
        raise LexiconError(path, number, "evidence=no is for gated entries (gate=spun)")
    for key in ("before", "not_before", "after", "not_after"):
        if key in attrs and not trusted:
            check_regex(path, number, key, attrs[key])
    rule_id = attrs.get("id", "") or default_rule_id(lexicon, spun, original)
    if not _ID_RE.fullmatch(rule_id):
        raise LexiconError(path, number, f"id {rule_id!r} must match [a-z0-9_.:>-]+")
    return Entry(
        lexicon=lexicon,
        path=path,
        line=number,
        spun=spun,
        original=original,
        rule_id=rule_id,
        pos=pos_value,
        forms=forms,
        conf=conf,
        gate=cast(Gate, gate),
        case_exact=case == "exact",
        before=attrs.get("before"),
        not_before=attrs.get("not_before"),
        after=attrs.get("after"),
        not_after=attrs.get("not_after"),
        evidence=evidence == "yes",
    )


def default_rule_id(lexicon: str, spun: str, original: str) -> str:
    """A stable id: ``lexicon:spun->original`` in lowercase with ``_`` for spaces.

    >>> default_rule_id("news", "12 months", "year")
    'news:12_months->year'
    """

    def slug(s: str) -> str:
        return str(_SLUG_RE.sub("_", s.lower())).strip("_")

    return f"{lexicon}:{slug(spun)}->{slug(original)}"


def _choice(path: str, number: int, key: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise LexiconError(path, number, f"{key}={value!r}; use one of {', '.join(allowed)}")
    return value


_PROBES = (
    "a" * 6000 + "!",
    "!" + "a" * 6000,
    " " * 6000 + "x",
    "x" + " " * 6000,
    "\t \n" * 1000 + "x",
    ".-" * 1500 + "\n",
    "1." * 1500 + "x",
    "9" * 6000 + "x",
    "the " * 800 + "1",
    "a " * 1500 + "!",
    "stated " * 450 + "?",
    "this 12 months " * 200 + "!",
    "é" * 6000 + "!",
)
"""Long runs of what text is made of: letters, spaces, punctuation, digits, repeated words."""
_SCAN_PROBE = "the past this 12 months a an stated, 1.5 " * 50
"""Text the regex is tried at every word start of, as the matcher does at trigger words."""
_INLINE_GLOBAL_FLAG = regex.compile(r"\(\?[a-zA-Z0-9^-]+\)")
_FUZZY = regex.compile(r"\{[^}]*[eisd]\s*[<=]")


@functools.lru_cache(maxsize=8192)
def _probe_regex(key: str, value: str) -> str | None:
    """Compile a context regex as the matcher uses it and run it at the edge of each
    adversarial string, and at every word start of a sentence; the problem, or None.

    The value must be a whole regex on its own (so it cannot close the lookaround it is
    put in and match text outside it), with no global inline flag (``(?x)``, ``(?r)``,
    ``(?V1)`` change the whole rule) and no fuzzy matching (``{e<=2}``, slow by design).
    """
    if len(value) > MAX_REGEX_CHARS:
        return f"regex is {len(value)} characters; the limit is {MAX_REGEX_CHARS}"
    try:
        regex.compile(value, regex.V0)
    except regex.error as exc:
        return f"invalid regex: {exc}"
    if _INLINE_GLOBAL_FLAG.search(value):
        return "global inline flags like (?x) are not allowed; use a scoped (?i:...) group"
    if _FUZZY.search(value):
        return "fuzzy matching ({e<=n}) is not allowed: it is slow on long text"
    behind = key in ("before", "not_before")
    wrapped = f"(?<=(?:{value}))" if behind else f"(?=(?:{value}))"
    try:
        pattern = regex.compile(wrapped, regex.IGNORECASE | regex.V0)
    except regex.error as exc:
        return f"invalid regex: {exc}"
    bare = regex.compile(value, regex.IGNORECASE | regex.V0)
    deadline = time.perf_counter() + REGEX_CHECK_TIMEOUT
    try:
        for probe in _PROBES:
            # As the rule uses it (at both edges of the run), and as written, forwards.
            for at in (len(probe), len(probe) - 1) if behind else (0, 1):
                pattern.match(probe, at, timeout=_left(deadline))
            bare.match(probe, timeout=_left(deadline))
        for word in regex.finditer(r"\b\w", _SCAN_PROBE):
            pattern.match(_SCAN_PROBE, word.start(), timeout=_left(deadline))
    except TimeoutError:
        return "regex backtracks catastrophically on a long string; simplify it"
    return None


def _left(deadline: float) -> float:
    left = deadline - time.perf_counter()
    if left <= 0:
        raise TimeoutError
    return left


def check_regex(path: str, number: int, key: str, value: str) -> None:
    """Raise :class:`LexiconError` if a context regex is invalid or can run away."""
    problem = _probe_regex(key, value)
    if problem:
        raise LexiconError(path, number, f"{key}: {problem}")


def parse_names(path: str | Path) -> NameList:
    """Parse and validate one ``.names`` gazetteer."""
    p = Path(path)
    lines = _read(p)
    meta, first = _metadata(str(p), lines, NAMES_HEADER)
    names: list[str] = []
    variants: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, raw in enumerate(lines[first:], start=first + 1):
        body = raw.strip()
        if not body or body.startswith("#"):
            continue
        if " -> " in body:
            word, _, variant = body.partition(" -> ")
            word, variant = " ".join(word.split()), " ".join(variant.split())
            if not word or not variant or word == variant or "->" in variant:
                raise LexiconError(str(p), number, "a variant line must be 'Word -> Variant'")
            variants.append((word, variant))
            continue
        name = " ".join(body.split())
        if len(name.split()) < 2:
            raise LexiconError(str(p), number, f"name {name!r} needs at least two words")
        if name in seen:
            raise LexiconError(str(p), number, f"duplicate name {name!r}")
        seen.add(name)
        names.append(name)
    return NameList(meta["name"], str(p), tuple(names), tuple(variants))


def load_lexicon(path: str | Path, *, trusted: bool = False) -> tuple[Entry, ...] | NameList:
    """Load one lexicon file of either kind, by its extension."""
    p = Path(path)
    if p.suffix == ".names":
        return parse_names(p)
    if p.suffix == ".lex":
        return parse_lexicon(p, trusted=trusted)
    raise LexiconError(str(p), 0, "unknown lexicon type; use a .lex or .names file")


# --- compiling -----------------------------------------------------------------------------


_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


def _phrase_regex(phrase: str) -> str:
    # re.escape is much faster than regex.escape and its escapes mean the same to regex.
    # Either apostrophe matches either, as in match_phrase.
    words = (_APOSTROPHE.sub(lambda _: f"[{APOSTROPHES}]", re.escape(w)) for w in phrase.split(" "))
    return r"[^\S\n]+".join(words)


def _context(entry: Entry, extra_before: str | None) -> Context:
    found: list[tuple[Literal["before", "not_before", "after", "not_after"], str]] = []
    if extra_before:
        found.append(("before", extra_before))
    for kind in ("before", "not_before", "after", "not_after"):
        value = getattr(entry, kind)
        if value:
            found.append((kind, value))
    return tuple(found)


def _inflect_phrase(phrase: str, pos: Pos, tag: str) -> str:
    words = phrase.split(" ")
    head = 0 if pos == "verb" else len(words) - 1
    forms = inflections(words[head], pos)
    words[head] = forms.get(tag, words[head])
    return " ".join(words)


def expand(entry: Entry) -> Iterator[tuple[str, str, str | None]]:
    """The concrete (spun, original, extra left context) forms of an entry.

    >>> e = Entry("news", "-", 1, "advise", "tell", "x", pos="verb", forms=("VBD",))
    >>> list(expand(e))
    [('advised', 'told', None)]
    """
    if entry.pos is None:
        yield entry.spun, entry.original, None
        return
    tags = entry.forms or TAGS[entry.pos]
    made: set[tuple[str, str | None]] = set()
    for tag in tags:
        spun = _inflect_phrase(entry.spun, entry.pos, tag)
        original = _inflect_phrase(entry.original, entry.pos, tag)
        context: str | None = None
        if tag == "VBD":
            participle_spun = _inflect_phrase(entry.spun, entry.pos, "VBN")
            participle_orig = _inflect_phrase(entry.original, entry.pos, "VBN")
            # "had advised" is "had told"; "has spoken" differs from "spoke".
            if (
                participle_spun == spun
                and participle_orig != original
                and (spun, _AUXILIARY) not in made
            ):
                made.add((spun, _AUXILIARY))
                yield spun, participle_orig, _AUXILIARY
        if tag == "VBN" and "VBD" in tags and _inflect_phrase(entry.spun, entry.pos, "VBD") == spun:
            continue
        if (spun, context) in made:
            continue
        made.add((spun, context))
        yield spun, original, context


def compile_rules(entries: Iterable[Entry], names: Sequence[NameList] = ()) -> Index:
    """Compile entries and name lists into an :class:`Index`."""
    entries = tuple(entries)
    always: list[tuple[str, str | None, Rule]] = []
    gated: list[tuple[str, str | None, Rule]] = []
    for entry in entries:
        for spun, original, extra in expand(entry):
            rule = Rule(
                entry.rule_id,
                entry.lexicon,
                spun,
                original,
                entry.conf,
                entry.gate,
                context=_context(entry, extra),
                case_exact=entry.case_exact,
            )
            pieces = PIECE_RE.findall(spun.lower())
            bucket = always if entry.gate == "always" else gated
            bucket.append((pieces[0], pieces[1] if len(pieces) > 1 else None, rule))
    for name_list in names:
        for rule, keys in _name_rules(name_list, entries, names):
            always.extend((first, second, rule) for first, second in keys)
    quiet = frozenset(e.rule_id for e in entries if not e.evidence)
    return Index(RuleTable.build(always), RuleTable.build(gated), len(entries), tuple(names), quiet)


def _ordered(rules: list[Rule]) -> tuple[Rule, ...]:
    # Longer phrases first, then rules with context (their patterns carry lookarounds).
    return tuple(sorted(rules, key=lambda r: (-len(r.spun), -len(r.context))))


def _name_rules(
    name_list: NameList, entries: Sequence[Entry], all_names: Sequence[NameList]
) -> Iterator[tuple[Rule, set[tuple[str, str | None]]]]:
    swaps: dict[str, set[str]] = {}
    for nl in all_names:
        for word, variant in nl.variants:
            swaps.setdefault(word, set()).add(variant)
    for entry in entries:
        if entry.pos in (None, "noun", "adj") and " " not in entry.original:
            word = entry.original[:1].upper() + entry.original[1:]
            variant = " ".join(w[:1].upper() + w[1:] for w in entry.spun.split(" "))
            swaps.setdefault(word, set()).add(variant)
    for name in name_list.names:
        words = name.split(" ")
        if all(not swaps.get(w) for w in words):
            continue
        slots: list[list[str]] = [
            sorted({w} | swaps.get(w, set()), key=len, reverse=True) for w in words
        ]
        # Keyed by the first two pieces of every spelling (names have two words or more).
        keys: set[tuple[str, str | None]] = set()
        for first in slots[0]:
            for second in slots[1]:
                pieces = PIECE_RE.findall(f"{first} {second}".lower())
                keys.add((pieces[0], pieces[1] if len(pieces) > 1 else None))
        pattern = r"[^\S\n]+".join("(?:" + "|".join(map(_phrase_regex, o)) + ")" for o in slots)
        rule = Rule(
            f"{name_list.lexicon}:{regex.sub(r'[^a-z0-9]+', '_', name.lower()).strip('_')}",
            name_list.lexicon,
            name,
            name,
            0.97,
            "always",
            "name",
            name_source=r"(?<![\w])" + pattern + r"(?![\w])",
        )
        yield rule, keys


def collocation_words(index: Index) -> set[str]:
    """The words whose bigram counts the context check can ask for: the single-word spun
    forms of gated rules and the edge words of their originals (see ``rules.py``)."""
    words: set[str] = set()
    for bucket in index.gated.rules.values():
        for rule in bucket:
            if " " not in rule.spun:
                original = rule.original.lower().split(" ")
                words.update((rule.spun.lower(), original[0], original[-1]))
    return words


def head_lemmas(paths: Iterable[Path]) -> set[tuple[str, Pos]]:
    """The (lemma, pos) pairs whose inflections the given ``.lex`` files need."""
    needed: set[tuple[str, Pos]] = set()
    for path in paths:
        for entry in parse_lexicon(path):
            if entry.pos is None:
                continue
            for phrase in (entry.spun, entry.original):
                words = phrase.lower().split(" ")
                needed.add((words[0] if entry.pos == "verb" else words[-1], entry.pos))
    return needed


@functools.lru_cache(maxsize=32)
def build_index(domains: tuple[str, ...], extra: tuple[str, ...], builtin: bool = True) -> Index:
    """Load (once per process) and compile the built-in lexicons plus extra files."""
    entries: list[Entry] = []
    names: list[NameList] = []
    paths = (
        [p for p in builtin_paths() if p.suffix == ".names" or p.stem in domains] if builtin else []
    )
    sources = [(p, True) for p in paths] + [(Path(e), False) for e in extra]
    for path, trusted in sources:
        loaded = load_lexicon(path, trusted=trusted)
        if isinstance(loaded, NameList):
            names.append(loaded)
        else:
            entries.extend(loaded)
    if extra:
        # The built-in lexicons are checked by the test suite; a user's file may clash.
        check_cycles(entries)
    return compile_rules(entries, names)


def check_cycles(entries: Sequence[Entry]) -> None:
    """Refuse rules whose output another pass would change again: an entry whose ORIGINAL
    contains its own SPUN form (``stated -> stated clearly``), a cycle (``a -> b`` and
    ``b -> a``, or longer), and a chain into an entry without context (``a -> b`` and
    ``b -> c``: write ``a -> c``). Repair must be idempotent."""
    by_spun: dict[str, Entry] = {}
    for entry in entries:
        for spun, _, _ in expand(entry):
            by_spun.setdefault(spun.lower(), entry)
    for entry in entries:
        for spun, original, _ in expand(entry):
            hit = _spun_inside(original.lower(), by_spun)
            if hit is None or (hit is not entry and hit.has_context):
                continue
            if hit is entry or hit.spun.lower() == spun.lower():
                problem = (
                    f"{entry.spun!r} -> {entry.original!r} rewrites its own output: the "
                    f"replacement contains {hit.spun!r}, so a second pass would fire again"
                )
            elif _leads_back(hit, entry, by_spun):
                problem = (
                    f"cycle: {entry.spun!r} -> {entry.original!r} and back on "
                    f"{hit.path}:{hit.line}; remove one of them"
                )
            else:
                problem = (
                    f"chain: {entry.spun!r} -> {entry.original!r}, then {hit.spun!r} -> "
                    f"{hit.original!r} on {hit.path}:{hit.line} changes it again; map "
                    f"{entry.spun!r} to the final wording"
                )
            raise LexiconError(entry.path, entry.line, problem)


def _spun_inside(phrase: str, by_spun: dict[str, Entry]) -> Entry | None:
    # Any run of whole words of ``phrase`` that is a spun form (phrases are a few words).
    words = phrase.split(" ")
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            found = by_spun.get(" ".join(words[i:j]))
            if found is not None:
                return found
    return None


def _leads_back(start: Entry, target: Entry, by_spun: dict[str, Entry]) -> bool:
    seen: set[int] = set()
    current: Entry | None = start
    while current is not None and id(current) not in seen:
        if current is target:
            return True
        seen.add(id(current))
        current = _spun_inside(current.original.lower(), by_spun)
    return False
