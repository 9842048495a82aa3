"""JSON Lines in and out, over all cores: textrepair as a corpus preprocessing step.

``textrepair --jsonl`` reads one JSON object per line, repairs one string field and writes
the record back with every other field as it was (same keys, same order), adding a
``textrepair`` object::

    {"id": 7, "text": "Prices rose this year.", "textrepair": {"spin_score": 0.9999,
     "verdict": "spun", "edit_count": 1}}

Lines go to worker processes in batches (:data:`BATCH_RECORDS` records or
:data:`BATCH_BYTES` bytes), with at most :data:`BATCHES_PER_JOB` batches per worker in flight,
so memory stays flat whatever the input's size and output comes in input order. A line that
is not a JSON object whose field is a string is *malformed*: it is passed through unchanged
(or written to ``--errors FILE``), counted, and reported on stderr at the end.

The same batches serve Python: :func:`parallel_repair` behind ``Repairer.repair_many(jobs=N)``,
and :func:`repair_batch` for ``datasets.Dataset.map(batched=True)``.
"""

from __future__ import annotations

import argparse
import codecs
import functools
import itertools
import json
import os
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO, TypeVar

from .config import Config
from .streams import InputError, open_input, open_output

if TYPE_CHECKING:
    from .api import Repairer
    from .types import Repair

T = TypeVar("T")
R = TypeVar("R")

BATCH_RECORDS = 64
"""Records per task: 64 news-length documents take ~30 ms to repair, against well under 1 ms
to pickle them across, so IPC stays a few percent of the work."""
BATCH_BYTES = 1 << 20
"""A batch also ends at this many bytes, so long documents do not make huge tasks."""
BATCHES_PER_JOB = 4
"""Batches in flight per worker: enough to keep every worker busy while the parent reads and
writes, few enough that memory stays at a few MB."""
SHOWN_MALFORMED = 5
"""How many malformed line numbers the end-of-run warning names."""
METADATA_KEY = "textrepair"


# -- the command line ----------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The JSONL options of the command line."""
    group = parser.add_argument_group("JSON Lines (corpus preprocessing)")
    group.add_argument("--jsonl", action="store_true", help="input and output are JSON Lines")
    group.add_argument(
        "--field", default="text", metavar="NAME", help="the field to repair (default: text)"
    )
    group.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default 0: all cores; 1: in this process)",
    )
    group.add_argument(
        "--drop-spun", action="store_true", help="leave out records whose verdict is spun"
    )
    group.add_argument(
        "--min-score",
        type=float,
        metavar="X",
        help="keep only records with a spin score of at least X (0..1)",
    )
    group.add_argument(
        "--errors",
        metavar="FILE",
        help="write malformed lines to FILE (default: pass them through unchanged)",
    )
    group.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr"
    )


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """How each JSONL record is handled; sent to the workers with every batch."""

    field: str = "text"
    explain: bool = False
    drop_spun: bool = False
    min_score: float | None = None
    errors_apart: bool = False
    """Malformed lines go to the errors file instead of the output."""
    encoding: str = "utf-8"

    def keeps(self, score: float, verdict: str) -> bool:
        """Whether a record with this spin score and verdict is written."""
        if self.drop_spun and verdict == "spun":
            return False
        return self.min_score is None or score >= self.min_score


def run(args: argparse.Namespace, repairer: Repairer) -> int:
    """Run the JSONL mode; returns the exit status: 0 when the run finished (malformed
    lines included), 2 when an input could not be read (the others are still processed)."""
    options = _record_options(args)
    jobs = resolve_jobs(args.jobs)
    names = args.files or ["-"]
    total = _total_size(names)  # before any output: a missing file fails here, cleanly
    tally = _Tally()
    show = not args.quiet and sys.stderr.isatty()
    with (
        open_output(args.output) as out,
        _errors_file(args.errors) as rejects,
        _progress(sys.stderr if show else None, total) as progress,
    ):
        batches = (b for name in names for b in _read_batches(name, tally))
        task = functools.partial(process_batch, options)
        for done in ordered_map(task, repairer, batches, jobs):
            out.write(done.output)
            if rejects is not None:
                rejects.write(done.rejects)
            tally.add(done)
            progress.update(tally.records, done.nbytes)
        if tally.failed and args.output:
            raise InputError(f"{len(tally.failed)} input(s) failed; {args.output} was not written")
    _report(tally, args, options)
    return 2 if tally.failed else 0


def _record_options(args: argparse.Namespace) -> RecordOptions:
    if args.diff or args.check or args.detect or args.format != "text":
        raise ValueError(
            "--jsonl writes repaired records; drop --diff, --check, --detect and --format "
            "(the spin score and verdict are in each record's textrepair object)"
        )
    if args.min_score is not None and not 0.0 <= args.min_score <= 1.0:
        raise ValueError(f"--min-score must be in 0..1, got {args.min_score}")
    encoding = args.encoding or "utf-8"
    if "\n".encode(codecs.lookup(encoding).name, "replace") != b"\n":
        raise ValueError(
            f"--jsonl reads lines of bytes, which {encoding} does not have; "
            "convert the input to UTF-8 first (iconv -f ENCODING -t UTF-8)"
        )
    return RecordOptions(
        field=args.field,
        explain=args.explain,
        drop_spun=args.drop_spun,
        min_score=args.min_score,
        errors_apart=args.errors is not None,
        encoding=encoding,
    )


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for (``0``: all cores)."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, got {jobs}")
    return jobs or os.cpu_count() or 1


@contextmanager
def _errors_file(path: str | None) -> Iterator[BinaryIO | None]:
    if path is None:
        yield None
        return
    with open(path, "wb") as handle:
        yield handle


def _total_size(names: Sequence[str]) -> int | None:
    """The input's size in bytes, or None when some input is not a regular file (a pipe).

    Stats every file first, so a missing one fails before any output is written.
    """
    total = 0
    for name in names:
        info = os.fstat(sys.stdin.fileno()) if name == "-" else os.stat(name)
        if not stat.S_ISREG(info.st_mode):
            return None
        total += info.st_size
    return total


# -- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Batch:
    """Consecutive raw lines of one input, numbered from ``first_line``."""

    label: str
    first_line: int
    lines: list[bytes]


@dataclass(slots=True)
class Done:
    """What a worker made of one :class:`Batch`."""

    output: bytearray = field(default_factory=bytearray)
    rejects: bytearray = field(default_factory=bytearray)
    """Malformed lines when they go to the errors file."""
    malformed: list[str] = field(default_factory=list)
    """``label:line: reason`` for each malformed line."""
    records: int = 0
    dropped: int = 0
    blank: int = 0
    nbytes: int = 0


def _read_batches(name: str, tally: _Tally) -> Iterator[Batch]:
    """The batches of one input; an input that cannot be read is reported and skipped."""
    from .cli import PROG

    label = "<stdin>" if name == "-" else name
    try:
        with open_input(name) as stream:
            first = 1
            for lines in chunked(_lines(stream), BATCH_RECORDS, BATCH_BYTES, len):
                yield Batch(label, first, lines)
                first += len(lines)
    except InputError as exc:
        tally.failed.append(label)
        print(f"{PROG}: error: {label}: {exc}", file=sys.stderr)


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    try:
        head = stream.readline()
        if head:
            yield head.removeprefix(codecs.BOM_UTF8)
            yield from stream
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def process_batch(options: RecordOptions, repairer: Repairer, batch: Batch) -> Done:
    """Repair every record of ``batch``; the lines come back in order, as bytes."""
    done = Done()
    for number, raw in enumerate(batch.lines, batch.first_line):
        done.nbytes += len(raw)
        if not raw.strip():
            done.blank += 1
            done.output += raw
            continue
        record = _parse(raw, options)
        if isinstance(record, str):
            done.malformed.append(f"{batch.label}:{number}: {record}")
            (done.rejects if options.errors_apart else done.output).extend(_terminated(raw))
            continue
        done.records += 1
        line = repair_record(repairer, options, record)
        if line is None:
            done.dropped += 1
        else:
            done.output += line + (b"\r\n" if raw.endswith(b"\r\n") else b"\n")
    return done


def _terminated(raw: bytes) -> bytes:
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _parse(raw: bytes, options: RecordOptions) -> dict[str, Any] | str:
    """The record on this line, or why it is malformed."""
    try:
        text = raw.decode(options.encoding)
    except UnicodeDecodeError as exc:
        return f"not valid {options.encoding} (byte {exc.start + 1})"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"not valid JSON ({exc.msg}, column {exc.colno})"
    if not isinstance(record, dict):
        return f"{_json_type(record)}, not a JSON object"
    if options.field not in record:
        return f'no "{options.field}" field'
    value = record[options.field]
    if not isinstance(value, str):
        return f'"{options.field}" is {_json_type(value)}, not a string'
    return record


def _json_type(value: object) -> str:
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number"}
    names |= {str: "a string", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def repair_record(
    repairer: Repairer, options: RecordOptions, record: dict[str, Any]
) -> bytes | None:
    """The record with its field repaired and a ``textrepair`` object, as one JSON line
    (without the line end); None if the score filter leaves it out."""
    result = repairer.repair(record[options.field])
    detection = result.detection
    if not options.keeps(detection.score, detection.verdict):
        return None
    record[options.field] = result.text
    record[METADATA_KEY] = metadata(result, explain=options.explain)
    return _dump(record)


def metadata(result: Repair, *, explain: bool = False) -> dict[str, object]:
    """Spin score, verdict and edit count of a repair (and its edits, with ``explain``)."""
    meta: dict[str, object] = {
        "spin_score": round(result.detection.score, 4),
        "verdict": result.detection.verdict,
        "edit_count": len(result.edits),
    }
    if explain:
        meta["edits"] = [e.to_dict() for e in result.edits]
    return meta


def _dump(record: dict[str, Any]) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (read from a "\ud800" escape) has no UTF-8: keep it escaped.
        return json.dumps(record).encode("ascii")


@dataclass
class _Tally:
    records: int = 0
    dropped: int = 0
    blank: int = 0
    malformed: list[str] = field(default_factory=list)
    malformed_count: int = 0
    failed: list[str] = field(default_factory=list)

    def add(self, done: Done) -> None:
        self.records += done.records
        self.dropped += done.dropped
        self.blank += done.blank
        self.malformed_count += len(done.malformed)
        room = SHOWN_MALFORMED - len(self.malformed)
        self.malformed += done.malformed[: max(room, 0)]


def _report(tally: _Tally, args: argparse.Namespace, options: RecordOptions) -> None:
    from .cli import PROG

    if tally.malformed_count:
        where = f"written to {args.errors}" if args.errors else "passed through unchanged"
        more = ", ..." if tally.malformed_count > len(tally.malformed) else ""
        print(
            f"{PROG}: warning: {tally.malformed_count} malformed line(s) {where} "
            f"(first: {'; '.join(tally.malformed)}{more})",
            file=sys.stderr,
        )
    if tally.dropped and not args.quiet:
        rule = "verdict spun" if options.drop_spun else ""
        if options.min_score is not None:
            rule += f"{' or ' if rule else ''}spin score below {options.min_score}"
        print(
            f"{PROG}: left out {tally.dropped} of {tally.records} records ({rule})",
            file=sys.stderr,
        )


# -- worker processes --------------------------------------------------------------------------

_worker_repairer: Repairer | None = None


def _start_worker(repairer: Repairer) -> None:
    """Pool initializer: build the repairer's index once per worker process."""
    global _worker_repairer
    # Ctrl-C goes to the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    repairer.index  # noqa: B018
    _worker_repairer = repairer


def _run_in_worker(task: Callable[[Repairer, T], R], item: T) -> R:
    if _worker_repairer is None:
        raise RuntimeError("textrepair worker used without its initializer")
    return task(_worker_repairer, item)


def ordered_map(
    task: Callable[[Repairer, T], R], repairer: Repairer, items: Iterable[T], jobs: int
) -> Iterator[R]:
    """``task(repairer, item)`` for each item, in order, over ``jobs`` processes.

    ``task`` must be picklable (a module-level function or a partial of one). With
    ``jobs == 1``, or input of a single item, everything runs in this process.
    """
    items = iter(items)
    head = list(itertools.islice(items, 2))
    if jobs == 1 or len(head) < 2:
        for item in itertools.chain(head, items):
            yield task(repairer, item)
        return
    yield from _pool_map(task, repairer, itertools.chain(head, items), jobs)


def _pool_map(
    task: Callable[[Repairer, T], R], repairer: Repairer, items: Iterator[T], jobs: int
) -> Iterator[R]:
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(repairer,))
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(_run_in_worker, task, item))
            if len(pending) >= jobs * BATCHES_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # On Ctrl-C, a closed pipe or an abandoned generator: drop queued batches and wait
        # only for the few running ones (workers ignore SIGINT, so none dies mid-batch).
        pool.shutdown(wait=True, cancel_futures=True)


def chunked(
    items: Iterable[T], max_items: int, max_size: int, size: Callable[[T], int]
) -> Iterator[list[T]]:
    """Consecutive lists of at most ``max_items`` items and about ``max_size`` in size.

    >>> list(chunked("abcde", 2, 100, len))
    [['a', 'b'], ['c', 'd'], ['e']]
    """
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size(item)
        if len(chunk) >= max_items or total >= max_size:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


# -- progress ----------------------------------------------------------------------------------


class Progress:
    """Records, MB/s and (when the input size is known) a bar and ETA on one terminal line.

    Silent with ``stream=None``; first drawn after :data:`DELAY` seconds, so short runs
    print nothing, and redrawn at most every :data:`INTERVAL` seconds.
    """

    DELAY = 1.0
    INTERVAL = 0.2
    WIDTH = 24

    def __init__(
        self,
        stream: TextIO | None,
        total_bytes: int | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total_bytes
        self.clock = clock
        self.start = clock()
        self.shown_at: float | None = None
        self.records = 0
        self.nbytes = 0
        self.width = 0

    def update(self, records: int, nbytes: int) -> None:
        """Note ``records`` done so far and ``nbytes`` more input read."""
        self.records = records
        self.nbytes += nbytes
        if self.stream is None:
            return
        now = self.clock()
        due = self.start + self.DELAY if self.shown_at is None else self.shown_at + self.INTERVAL
        if now >= due:
            self.shown_at = now
            self._draw(self.line(now - self.start))

    def line(self, elapsed: float) -> str:
        """The status line after ``elapsed`` seconds.

        >>> p = Progress(None, total_bytes=4_000_000)
        >>> p.update(1000, 1_000_000)
        >>> p.line(2.0)
        '[######                  ]  25%  1,000 records  0.5 MB/s  ETA 0:06'
        """
        rate = self.nbytes / elapsed if elapsed > 0 else 0.0
        text = f"{self.records:,} records  {rate / 1e6:.1f} MB/s"
        if not self.total:
            return f"{self.nbytes / 1e6:,.1f} MB  {text}"
        done = min(self.nbytes / self.total, 1.0)
        bar = "#" * int(done * self.WIDTH)
        eta = (self.total - self.nbytes) / rate if rate else 0.0
        return f"[{bar:<{self.WIDTH}}] {done:4.0%}  {text}  ETA {_clock_time(eta)}"

    def close(self) -> None:
        """Erase the line, so the terminal is left as it was."""
        if self.stream is not None and self.shown_at is not None:
            self._draw("")

    def _draw(self, text: str) -> None:
        assert self.stream is not None
        self.stream.write("\r" + text.ljust(self.width) + "\r" * (not text))
        self.stream.flush()
        self.width = len(text)


def _clock_time(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


@contextmanager
def _progress(stream: TextIO | None, total_bytes: int | None) -> Iterator[Progress]:
    progress = Progress(stream, total_bytes)
    try:
        yield progress
    finally:
        progress.close()


# -- Python: repair_many(jobs=N) and datasets --------------------------------------------------


def parallel_repair(repairer: Repairer, texts: Iterable[str], jobs: int = 0) -> Iterator[Repair]:
    """Repair texts in ``jobs`` worker processes (``0``: all cores), yielding in input order.

    Texts go out in batches with a bounded number in flight, so memory stays flat however
    many texts there are. Stopping early (``break``) shuts the workers down.
    """
    batches = chunked(texts, BATCH_RECORDS, BATCH_BYTES, len)
    for repairs in ordered_map(_repair_texts, repairer, batches, resolve_jobs(jobs)):
        yield from repairs


def _repair_texts(repairer: Repairer, texts: list[str]) -> list[Repair]:
    return [repairer.repair(text) for text in texts]


@functools.lru_cache(maxsize=8)
def repairer_for(config: Config) -> Repairer:
    """One :class:`Repairer` per config per process: what Spark, Dask and ``datasets``
    workers call for each batch, so the lexicons load once per process."""
    from .api import Repairer

    return Repairer(config)


def repair_column(texts: Iterable[object], config: Config | None = None) -> dict[str, list[Any]]:
    """Repair a column of texts: the repaired ``text`` and ``spin_score``, ``verdict`` and
    ``edit_count`` columns. A value that is not a string (None, NaN) is kept as it is, with
    None in the other columns.

    >>> cols = repair_column(["Prices rose this 12 months.", None])
    >>> cols["text"], cols["edit_count"]
    (['Prices rose this year.', None], [1, None])
    """
    repairer = repairer_for(config or Config())
    columns: dict[str, list[Any]] = {"text": [], "spin_score": [], "verdict": [], "edit_count": []}
    for value in texts:
        if isinstance(value, str):
            result = repairer.repair(value)
            row: dict[str, Any] = {"text": result.text, **metadata(result)}
        else:
            row = {"text": value, "spin_score": None, "verdict": None, "edit_count": None}
        for name, column in columns.items():
            column.append(row[name])
    return columns


def repair_batch(
    batch: dict[str, list[Any]],
    field: str = "text",
    *,
    output_field: str | None = None,
    config: Config | None = None,
) -> dict[str, list[Any]]:
    """Repair one column of a batch of records, for ``datasets.Dataset.map(batched=True)``.

    The field is replaced by its repair (or kept, with the repair in ``output_field``) and
    ``spin_score``, ``verdict`` and ``edit_count`` columns are added; the other columns
    are returned unchanged.

    >>> out = repair_batch({"id": [1, 2], "text": ["Prices rose this 12 months.", "Fine."]})
    >>> out["id"], out["text"], out["edit_count"]
    ([1, 2], ['Prices rose this year.', 'Fine.'], [1, 0])
    """
    if field not in batch:
        raise KeyError(f"the batch has no {field!r} column; pass field= one of {sorted(batch)}")
    columns = repair_column(batch[field], config)
    repaired = columns.pop("text")
    return {**batch, (output_field or field): repaired, **columns}
