"""The ``textrepair`` command: a filter from files or stdin to stdout.

Exit status: 0 done (nothing to repair, or repaired); 1 with ``--check`` when something
would change; 2 an error (the message says what to do); 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from . import pipeline
from ._version import __version__
from .api import Repairer
from .config import Config
from .lexicon import LexiconError
from .score import spin_score, verdict
from .streams import (
    BINARY_SNIFF_BYTES,
    DecodeReport,
    Encoder,
    InputError,
    looks_binary,
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
    except (InputError, LexiconError, ValueError, TypeError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        target = f" {exc.filename}" if exc.filename else ""
        print(f"{PROG}: error:{target}: {exc.strerror or exc}", file=sys.stderr)
        return 2


def _silence_stdout() -> None:
    # Python flushes stdout at exit; point it at /dev/null so a closed pipe stays quiet.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    repairer = Repairer(config)
    repairer.index  # load lexicons now, so a broken one fails before any output  # noqa: B018
    if args.jsonl:
        return pipeline.run(args, repairer)
    changed = False
    with _output(args.output) as out:
        for name in args.files or ["-"]:
            changed |= _process(name, args, repairer, out)
    return 1 if args.check and changed else 0


@contextmanager
def _output(path: str | None) -> Iterator[BinaryIO]:
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".textrepair-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)  # only a complete output ever appears under the name
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextmanager
def _input(name: str) -> Iterator[BinaryIO]:
    if name == "-":
        yield sys.stdin.buffer
        return
    if os.path.isdir(name):
        raise InputError(f"{name} is a directory; pass the files in it")
    with open(name, "rb") as handle:
        yield handle


def _process(name: str, args: argparse.Namespace, repairer: Repairer, out: BinaryIO) -> bool:
    label = "<stdin>" if name == "-" else name
    with _input(name) as stream:
        head = stream.read(BINARY_SNIFF_BYTES)
        encoding, bom = sniff_encoding(head, args.encoding)
        if looks_binary(head, encoding) and not args.force:
            raise InputError(
                f"{label} looks like a binary file (it has NUL bytes); "
                "pass --force to process it as text"
            )
        report = DecodeReport(encoding, bom=bom)
        encoder = Encoder(encoding)
        tally = _Tally()
        diff_started = False
        for chunk in read_chunks(stream, report, head=head):
            result = repairer.repair(chunk)
            if args.explain:
                _explain(label, chunk, result, tally, sys.stderr)
            if args.diff:
                diff_started = _write_diff(label, chunk, result.text, tally, out, diff_started)
            elif args.format != "text":
                _collect(label, chunk, result, tally, args.format, out)
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
        out.write(
            (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "surrogateescape")
        )
    if args.check and tally.edits:
        print(f"would repair {label} ({tally.edits} edits)", file=sys.stderr)
    return tally.edits > 0


def _verdict(score: float, config: Config) -> str:
    return verdict(score, config.suspicious_threshold, config.spun_threshold)


def _advance(tally: _Tally, chunk: str, result: Repair) -> None:
    tally.chars += len(chunk)
    tally.utf16 += _utf16_len(chunk)
    newlines = chunk.count("\n")
    tally.col = len(chunk) - (chunk.rfind("\n") + 1) + (0 if newlines else tally.col)
    tally.lines += newlines
    tally.evidence += sum(e.confidence for e in result.detection.evidence)
    tally.words += result.detection.words
    tally.edits += len(result.edits)


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF) if not text.isascii() else len(text)


def _position(chunk: str, offset: int, tally: _Tally) -> tuple[int, int]:
    line_start = chunk.rfind("\n", 0, offset) + 1
    line = tally.lines + chunk.count("\n", 0, offset) + 1
    col = offset - line_start + 1 + (tally.col if line_start == 0 else 0)
    return line, col


def _explain(label: str, chunk: str, result: Repair, tally: _Tally, err: TextIO) -> None:
    for e in result.edits:
        line, col = _position(chunk, e.start, tally)
        err.write(
            f"{label}:{line}:{col}: {e.rule_id}: {e.original!r} -> {e.replacement!r} "
            f"({e.confidence:.2f}) {e.explanation}\n"
        )


def _edit_record(label: str, chunk: str, e: Edit, tally: _Tally) -> dict[str, object]:
    record = e.to_dict()
    line, col = _position(chunk, e.start, tally)
    record.update(
        start=tally.chars + e.start,
        end=tally.chars + e.end,
        start_utf16=tally.utf16 + _utf16_len(chunk[: e.start]),
        end_utf16=tally.utf16 + _utf16_len(chunk[: e.end]),
        line=line,
        column=col,
    )
    return record


def _collect(
    label: str, chunk: str, result: Repair, tally: _Tally, fmt: str, out: BinaryIO
) -> None:
    for e in result.edits:
        record = _edit_record(label, chunk, e, tally)
        if fmt == "jsonl":
            line = json.dumps({"file": label, **record}, ensure_ascii=False) + "\n"
            out.write(line.encode("utf-8", "surrogateescape"))
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
        text = json.dumps(record, ensure_ascii=False) + "\n"
    else:
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
