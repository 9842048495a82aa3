"""Applying, ordering and composing edits. Offsets always refer to the caller's input."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from .types import Edit


class EditError(ValueError):
    """Edits that do not fit the text they are applied to."""


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to ``text``.

    >>> e = Edit(4, 10, "stated", "said", "r", "substitution", 0.9, "")
    >>> apply_edits("She stated it.", [e])
    'She said it.'
    """
    parts: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos:
            raise EditError(f"edits overlap at offset {edit.start}")
        if text[edit.start : edit.end] != edit.original:
            raise EditError(
                f"edit at {edit.start}:{edit.end} expects {edit.original!r}, "
                f"text has {text[edit.start : edit.end]!r}"
            )
        parts.append(text[pos : edit.start])
        parts.append(edit.replacement)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def select_non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """Keep the best of overlapping edits: longer spans first, then higher confidence.

    Returns the kept edits sorted by position. An insertion (an empty span) may stand just
    after a kept edit, not at its start or inside it.
    """
    ranked = sorted(edits, key=lambda e: (-(e.end - e.start), -e.confidence, e.start, e.rule_id))
    if not ranked:
        return []
    base = min(e.start for e in ranked)
    # One byte a position from the first edit to the last: 1 where a kept edit replaces it.
    covered = bytearray(max(e.end for e in ranked) - base + 1)
    inserted: set[int] = set()  # where kept insertions (empty spans) stand
    kept: list[Edit] = []
    for edit in ranked:
        start, end = edit.start - base, edit.end - base
        if start == end:
            if covered[start]:
                continue
            inserted.add(start)
        elif covered.find(1, start, end) != -1 or (
            inserted and any(p in inserted for p in range(start + 1, end))
        ):
            continue
        else:
            covered[start:end] = b"\x01" * (end - start)
        kept.append(edit)
    # Linear in the number of edits and the span they cover (a sorted list with inserts was
    # quadratic: 40,000 edits on a 4 MB text took half a second).
    kept.sort(key=lambda e: e.start)
    return kept


def compose(text: str, first: Sequence[Edit], later: Sequence[Edit]) -> list[Edit]:
    """Express ``later`` (offsets into ``apply_edits(text, first)``) as edits of ``text``.

    A later edit that touches text an earlier edit produced absorbs that earlier edit, so
    the result never overlaps and ``apply_edits(text, result)`` equals applying both rounds.
    """
    first = sorted(first, key=lambda e: e.start)
    if not first:
        return list(later)
    # Where each first edit's replacement sits in the intermediate text.
    inter_starts: list[int] = []
    inter_ends: list[int] = []
    shift = 0
    for e in first:
        inter_starts.append(e.start + shift)
        shift += len(e.replacement) - (e.end - e.start)
        inter_ends.append(inter_starts[-1] + len(e.replacement))
    intermediate_pieces = _intermediate(text, first)

    def to_input(pos: int) -> int:
        # Position in an unchanged region of the intermediate text -> input position.
        i = bisect.bisect_right(inter_ends, pos) - 1
        if i < 0:
            return pos
        return first[i].end + (pos - inter_ends[i])

    # Later edits that touch the same earlier edit form one group and become one edit:
    # separate edits would each absorb it and overlap (and copy it once per later edit).
    groups: list[tuple[list[Edit], list[int]]] = []
    for edit in sorted(later, key=lambda e: e.start):
        touching: list[int] = []
        i = bisect.bisect_left(inter_ends, edit.start)
        while i < len(first) and inter_starts[i] <= edit.end:
            if _touches(inter_starts[i], inter_ends[i], edit):
                touching.append(i)
            i += 1
        if touching and groups and groups[-1][1] and touching[0] <= groups[-1][1][-1]:
            groups[-1][0].append(edit)
            groups[-1][1].extend(t for t in touching if t > groups[-1][1][-1])
        else:
            groups.append(([edit], touching))

    absorbed: set[int] = set()
    result: list[Edit] = []
    for group, touching in groups:
        if not touching:
            (edit,) = group
            start, end = to_input(edit.start), to_input(edit.end)
            result.append(_moved(edit, start, end, text[start:end]))
            continue
        a, b = touching[0], touching[-1]
        lo_edit, hi_edit = group[0], group[-1]
        inter_lo = min(lo_edit.start, inter_starts[a])
        inter_hi = max(hi_edit.end, inter_ends[b])
        start = first[a].start if inter_starts[a] <= lo_edit.start else to_input(lo_edit.start)
        end = first[b].end if inter_ends[b] >= hi_edit.end else to_input(hi_edit.end)
        pieces = [intermediate_pieces[inter_lo : lo_edit.start]]
        for k, edit in enumerate(group):
            pieces.append(edit.replacement)
            stop = group[k + 1].start if k + 1 < len(group) else inter_hi
            pieces.append(intermediate_pieces[edit.end : stop])
        merged = range(a, b + 1)
        absorbed.update(merged)
        merged_rules = "+".join([first[i].rule_id for i in merged] + [e.rule_id for e in group])
        why = " ".join([first[i].explanation for i in merged] + [e.explanation for e in group])
        result.append(
            Edit(
                start,
                end,
                text[start:end],
                "".join(pieces),
                merged_rules,
                lo_edit.kind,
                min([e.confidence for e in group] + [first[i].confidence for i in merged]),
                why,
            )
        )
    result.extend(e for i, e in enumerate(first) if i not in absorbed)
    return sorted(result, key=lambda e: (e.start, e.end))


def _touches(lo: int, hi: int, edit: Edit) -> bool:
    if lo == hi or edit.start == edit.end:  # an insertion or deletion point
        return edit.start <= hi and lo <= edit.end
    return lo < edit.end and edit.start < hi


def _moved(edit: Edit, start: int, end: int, original: str) -> Edit:
    return Edit(
        start,
        end,
        original,
        edit.replacement,
        edit.rule_id,
        edit.kind,
        edit.confidence,
        edit.explanation,
    )


def _intermediate(text: str, first: Sequence[Edit]) -> str:
    return apply_edits(text, first)
