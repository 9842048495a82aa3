"""The ``textrepair`` command: a filter from files or stdin to stdout.

Exit status: 0 done (nothing to repair, or repaired); 1 with ``--check`` when something
would change; 2 an error (the message says what to do); 130 interrupted.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO, TextIO

from . import pipeline
from ._version import __version__
from .api import Repairer
from .config import Config
from .edits import apply_edits
from .lexicon import LexiconError
from .score import spin_score, verdict
from .streams import (
    BINARY_SNIFF_BYTES,
    DecodeReport,
    Encoder,
    InputError,
    OutputError,
    looks_binary,
    open_input,
    open_output,
    read_chunks,
    sniff_encoding,
)
from .types import Edit, Repair

PROG = "textrepair"


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Find and undo article-spinner word substitutions, mojibake and typos. "
        "Reads FILEs (or stdin) and writes the repaired text to stdout.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' or none: stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--diff", action="store_true", help="print a unified diff")
    mode.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a repair would be made"
    )
    mode.add_argument(
        "--detect", action="store_true", help="print the spin score and verdict per input"
    )
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="json: one object per input with edits and offsets; jsonl: one line per edit",
    )
    p.add_argument("--explain", action="store_true", help="one line per edit on stderr")
    p.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="apply edits at least this sure (0..1; default 0.5)",
    )
    p.add_argument("--no-mojibake", action="store_true", help="skip the mojibake stage")
    p.add_argument("--no-substitutions", action="store_true", help="skip the spinner stage")
    p.add_argument(
        "--typos",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="correct typos (default: off)",
    )
    p.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="PATH",
        help="an extra .lex or .names file (repeatable)",
    )
    p.add_argument(
        "--protect",
        action="append",
        default=[],
        metavar="WORD",
        help="a word no stage may change (repeatable)",
    )
    p.add_argument("--force-spun", action="store_true", help="treat every input as spun")
    p.add_argument(
        "--no-carry",
        action="store_true",
        help="repair only what the lexicons match: do not carry a sure repair's one-word swap"
        " to the rest of a spun input",
    )
    p.add_argument(
        "--no-builtin-lexicons",
        action="store_true",
        help="use only the --lexicon files, not the lexicons shipped with textrepair",
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="input and output encoding (default: UTF-8, or UTF-16 by BOM)",
    )
    p.add_argument("--force", action="store_true", help="process input that looks binary")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    pipeline.add_arguments(p)
    return p


def config_from_args(args: argparse.Namespace) -> Config:
    """The :class:`Config` the options ask for."""
    options: dict[str, object] = {
        "mojibake": not args.no_mojibake,
        "substitutions": not args.no_substitutions,
        "lexicons": tuple(args.lexicon),
        "protected_words": frozenset(args.protect),
        "force_spun": args.force_spun,
        "carry_swaps": not args.no_carry,
        "builtin_lexicons": not args.no_builtin_lexicons,
    }
    if args.typos is not None:
        options["typos"] = args.typos
    if args.min_confidence is not None:
        options["min_confidence"] = args.min_confidence
    return Config().with_options(**options)


@dataclass
class _Tally:
    """Running totals over the chunks of one input."""

    chars: int = 0
    utf16: int = 0
    lines: int = 0
    col: int = 0
    evidence: float = 0.0
    words: int = 0
    edits: int = 0
    records: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Place:
    """Where an edit sits in the whole input: line and column (1-based, code points) and
    its UTF-16 offsets."""

    line: int
    column: int
    start_utf16: int
    end_utf16: int


class _Incomplete(Exception):
    """Some inputs failed, so a ``-o`` file would be incomplete and is not written."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except OutputError as exc:
        _silence_stdout()
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except _Incomplete as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except (InputError, LexiconError, ValueError, TypeError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        target = f" {exc.filename}" if exc.filename else ""
        print(f"{PROG}: error:{target}: {exc.strerror or exc}", file=sys.stderr)
        return 2


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so a closed pipe or a full disk
    # does not print a second error (or a traceback) on the way out.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    repairer = Repairer(config)
    repairer.index  # load lexicons now, so a broken one fails before any output  # noqa: B018
    if args.jsonl:
        return pipeline.run(args, repairer)
    changed = False
    failed: list[str] = []
    with open_output(args.output) as out:
        for name in args.files or ["-"]:
            try:
                changed |= _process(name, args, repairer, out)
            except InputError as exc:
                # Report, go on with the other inputs, and exit 2 at the end (like cat).
                failed.append(_label(name))
                print(f"{PROG}: error: {_label(name)}: {exc}", file=sys.stderr)
        if failed and args.output:
            raise _Incomplete(
                f"{len(failed)} input(s) failed ({', '.join(failed)}); "
                f"{args.output} was not written"
            )
    if failed:
        return 2
    return 1 if args.check and changed else 0


def _label(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _read_head(stream: BinaryIO) -> bytes:
    try:
        return stream.read(BINARY_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def _process(name: str, args: argparse.Namespace, repairer: Repairer, out: BinaryIO) -> bool:
    label = _label(name)
    with open_input(name) as stream:
        head = _read_head(stream)
        encoding, bom = sniff_encoding(head, args.encoding)
        if looks_binary(head, encoding) and not args.force:
            raise InputError(
                "looks like a binary file (it has NUL bytes); pass --force to process it as text"
            )
        report = DecodeReport(encoding, bom=bom)
        encoder = Encoder(encoding)
        tally = _Tally()
        diff_started = False
        for chunk in read_chunks(stream, report, head=head):
            result = _writable(chunk, repairer.repair(chunk), encoder)
            wanted = args.explain or args.format != "text"
            places = _locate(chunk, result.edits, tally) if wanted else []
            if args.explain:
                _explain(label, result, places, sys.stderr)
            if args.diff:
                diff_started = _write_diff(label, chunk, result.text, tally, out, diff_started)
            elif args.format != "text":
                _collect(label, result, places, tally, args.format, out)
            elif not (args.check or args.detect):
                out.write(encoder.encode(result.text))
            _advance(tally, chunk, result)
        if args.format == "text" and not (args.check or args.detect or args.diff):
            out.write(encoder.encode("", final=True))
    _warn_invalid(label, report)
    score = spin_score(tally.evidence, tally.words)
    if args.detect:
        _write_detection(label, tally, score, repairer.config, args.format, out)
    elif args.format == "json" and not args.diff:
        record = {
            "file": label,
            "spin_score": round(score, 4),
            "verdict": _verdict(score, repairer.config),
            "edits": tally.records,
        }
        out.write(_json_line(record))
    if args.check and tally.edits:
        print(f"would repair {label} ({tally.edits} edits)", file=sys.stderr)
    return tally.edits > 0


def _writable(chunk: str, result: Repair, encoder: Encoder) -> Repair:
    """``result`` without the edits whose replacement the output encoding cannot write
    (``--encoding latin-1`` and a repair that gives ``’``): the text there stays as it was."""
    if all(encoder.can_encode(e.replacement) for e in result.edits):
        return result
    kept = tuple(e for e in result.edits if encoder.can_encode(e.replacement))
    return replace(result, text=apply_edits(chunk, kept), edits=kept)


def _json_line(record: dict[str, object]) -> bytes:
    # Undecodable input bytes (lone surrogates) are written as JSON \\udcXX escapes, so
    # the output is valid UTF-8 JSON whatever the input was.
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


def _verdict(score: float, config: Config) -> str:
    return verdict(score, config.suspicious_threshold, config.spun_threshold)


def _advance(tally: _Tally, chunk: str, result: Repair) -> None:
    tally.chars += len(chunk)
    tally.utf16 += _utf16_len(chunk)
    newlines = chunk.count("\n")
    tally.col = len(chunk) - (chunk.rfind("\n") + 1) + (0 if newlines else tally.col)
    tally.lines += newlines
    tally.evidence += result.detection.weight
    tally.words += result.detection.words
    tally.edits += len(result.edits)


def _utf16_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _locate(chunk: str, edits: Sequence[Edit], tally: _Tally) -> list[_Place]:
    """The place of each edit (sorted, non-overlapping) in one pass over ``chunk``.

    Linear in the chunk's length however many edits there are.

    >>> e = Edit(3, 5, "xx", "y", "r", "typo", 1.0, "")
    >>> _locate("a\\n😀xx", [e], _Tally())
    [_Place(line=2, column=2, start_utf16=4, end_utf16=6)]
    """
    places: list[_Place] = []
    pos, line, col, utf16 = 0, tally.lines + 1, tally.col + 1, tally.utf16
    for e in edits:
        piece = chunk[pos : e.start]
        newlines = piece.count("\n")
        if newlines:
            line += newlines
            col = len(piece) - piece.rfind("\n")
        else:
            col += len(piece)
        start16 = utf16 + _utf16_len(piece)
        end16 = start16 + _utf16_len(e.original)
        places.append(_Place(line, col, start16, end16))
        pos, utf16 = e.start, start16
    return places


def _explain(label: str, result: Repair, places: Sequence[_Place], err: TextIO) -> None:
    for e, place in zip(result.edits, places, strict=True):
        err.write(
            f"{label}:{place.line}:{place.column}: {e.rule_id}: {e.original!r} -> "
            f"{e.replacement!r} ({e.confidence:.2f}) {e.explanation}\n"
        )


def _edit_record(e: Edit, place: _Place, tally: _Tally) -> dict[str, object]:
    record = e.to_dict()
    record.update(
        start=tally.chars + e.start,
        end=tally.chars + e.end,
        start_utf16=place.start_utf16,
        end_utf16=place.end_utf16,
        line=place.line,
        column=place.column,
    )
    return record


def _collect(
    label: str,
    result: Repair,
    places: Sequence[_Place],
    tally: _Tally,
    fmt: str,
    out: BinaryIO,
) -> None:
    for e, place in zip(result.edits, places, strict=True):
        record = _edit_record(e, place, tally)
        if fmt == "jsonl":
            out.write(_json_line({"file": label, **record}))
        else:
            tally.records.append(record)


def _write_diff(
    label: str, before: str, after: str, tally: _Tally, out: BinaryIO, started: bool
) -> bool:
    if before == after:
        return started
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    lines: list[str] = []
    if not started:
        lines += [f"--- {label}\n", f"+++ {label} (repaired)\n"]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(3):
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        lines.append(f"@@ -{tally.lines + i1 + 1},{i2 - i1} +{tally.lines + j1 + 1},{j2 - j1} @@\n")
        for tag, x1, x2, y1, y2 in group:
            if tag == "equal":
                lines += [" " + s for s in a[x1:x2]]
                continue
            lines += ["-" + s for s in a[x1:x2]]
            lines += ["+" + s for s in b[y1:y2]]
    text = "".join(s if s.endswith("\n") else s + "\n\\ No newline at end of file\n" for s in lines)
    out.write(text.encode("utf-8", "surrogateescape"))
    return True


def _write_detection(
    label: str, tally: _Tally, score: float, config: Config, fmt: str, out: BinaryIO
) -> None:
    v = _verdict(score, config)
    if fmt in ("json", "jsonl"):
        record = {
            "file": label,
            "spin_score": round(score, 4),
            "verdict": v,
            "words": tally.words,
            "signatures": round(tally.evidence, 3),
        }
        out.write(_json_line(record))
        return
    text = (
        f"{label}: {v} (spin score {score:.2f}; "
        f"{tally.evidence:.1f} signature weight in {tally.words} words)\n"
    )
    out.write(text.encode("utf-8", "surrogateescape"))


def _warn_invalid(label: str, report: DecodeReport) -> None:
    if report.invalid_bytes:
        print(
            f"{PROG}: warning: {label}: {report.invalid_bytes} byte(s) are not valid "
            f"{report.encoding} (first near byte {report.first_invalid}); they were passed "
            "through unchanged (use --encoding to decode them)",
            file=sys.stderr,
        )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
