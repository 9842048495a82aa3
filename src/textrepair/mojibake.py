"""Stage 1: mojibake. ftfy repairs text decoded with the wrong encoding, and nothing else.

ftfy's defaults also change correct text (curly quotes, ligatures, character width, Unicode
normalization, HTML entities, control characters); those fixers are off here. ASCII text
costs one ``str.isascii`` call; a non-ASCII line goes to ftfy only when ftfy's own quick
test (``ftfy.badness.is_bad``) or a C1 control character says it may be broken, which is
what ftfy's encoding fixers would check first anyway. ftfy is imported on first need.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .types import Edit

RULE_ID = "mojibake:ftfy"
CONFIDENCE = 0.95
MAX_ROUNDS = 4
"""ftfy passes per line at most; mojibake of mojibake needs two, none seen needing more."""

_C1_CONTROL = re.compile("[\x80-\x9f]")


@cache
def _ftfy() -> tuple[Any, Any, Any]:
    """ftfy's fixer, our config for it, and its badness test (imported on first use)."""
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text, config, is_bad


def find_edits(text: str) -> list[Edit]:
    """Edits that undo mojibake, one per damaged stretch of a line.

    >>> [(e.original, e.replacement) for e in find_edits("The cafÃ© is open.")]
    [('Ã©', 'é')]
    """
    if text.isascii():
        return []
    edits: list[Edit] = []
    offset = 0
    # Lines end at "\n" only: str.splitlines also splits at U+0085 and U+2028, which are
    # often part of the mojibake itself ('è\x85\x8f' is '腏'; found by scripts/fuzz.py).
    is_bad = _ftfy()[2]
    for line in _LINE_RE.findall(text):
        if not line.isascii() and (is_bad(line) or _C1_CONTROL.search(line)):
            fixed = _fix(line)
            if fixed != line:
                edits.extend(_edits(line, fixed, offset))
        offset += len(line)
    return edits


@lru_cache(maxsize=4096)
def _fix_cached(line: str) -> str:
    fix_text, config, _ = _ftfy()
    return str(fix_text(line, config))


def _fix_once(line: str) -> str:
    if len(line) < 200:
        return _fix_cached(line)
    fix_text, config, _ = _ftfy()
    return str(fix_text(line, config))


def _fix(line: str) -> str:
    # ftfy can stop half way ('è\x85\x8f' -> 'è…\x8f' -> '腏', found by scripts/fuzz.py);
    # repeat to a fixed point so that repair is idempotent.
    for _ in range(MAX_ROUNDS):
        fixed = _fix_once(line)
        if fixed == line:
            break
        line = fixed
    return line


_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+")
_SPACE_RE = re.compile(r"([ \t]+)")


def _edits(line: str, fixed: str, offset: int) -> list[Edit]:
    """One edit per damaged word when fixing word by word gives ftfy's line; else one edit
    for the whole changed stretch (two separate mojibake words must not become one edit
    spanning everything between them: later stages' edits inside it would all merge)."""
    pieces = _SPACE_RE.split(line)
    if len(pieces) == 1:
        return [_edit(line, fixed, offset)]
    fixed_pieces = [p if p.isascii() else _fix(p) for p in pieces]
    if "".join(fixed_pieces) != fixed:
        return [_edit(line, fixed, offset)]
    edits: list[Edit] = []
    for piece, fixed_piece in zip(pieces, fixed_pieces, strict=True):
        if piece != fixed_piece:
            edits.append(_edit(piece, fixed_piece, offset))
        offset += len(piece)
    return edits


def _edit(line: str, fixed: str, offset: int) -> Edit:
    # Trim the common prefix and suffix so the edit covers only what changed.
    head = 0
    limit = min(len(line), len(fixed))
    while head < limit and line[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and line[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    original = line[head : len(line) - tail]
    replacement = fixed[head : len(fixed) - tail]
    return Edit(
        offset + head,
        offset + head + len(original),
        original,
        replacement,
        RULE_ID,
        "mojibake",
        CONFIDENCE,
        f"{original!r} is mojibake (text decoded with the wrong encoding); ftfy restores "
        f"{replacement!r}",
    )
