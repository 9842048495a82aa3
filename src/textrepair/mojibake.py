"""Stage 1: mojibake. ftfy repairs text decoded with the wrong encoding, and nothing else.

ftfy's defaults also change correct text (curly quotes, ligatures, character width, Unicode
normalization, HTML entities, control characters); those fixers are off here. Only lines
with non-ASCII characters are looked at, so ASCII text costs one ``str.isascii`` call.
"""

from __future__ import annotations

from functools import cache

import ftfy

from .types import Edit

RULE_ID = "mojibake:ftfy"
CONFIDENCE = 0.95

_CONFIG = ftfy.TextFixerConfig(
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


def find_edits(text: str) -> list[Edit]:
    """Edits that undo mojibake, one per damaged stretch of a line.

    >>> [(e.original, e.replacement) for e in find_edits("The cafÃ© is open.")]
    [('Ã©', 'é')]
    """
    if text.isascii():
        return []
    edits: list[Edit] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if not line.isascii():
            fixed = _fix(line)
            if fixed != line:
                edits.append(_edit(line, fixed, offset))
        offset += len(line)
    return edits


@cache
def _fix_cached(line: str) -> str:
    return str(ftfy.fix_text(line, _CONFIG))


def _fix(line: str) -> str:
    return _fix_cached(line) if len(line) < 200 else str(ftfy.fix_text(line, _CONFIG))


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
