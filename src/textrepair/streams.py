"""Reading and writing text streams in bounded memory, byte-exact.

Input is read in blocks, decoded incrementally, and cut into chunks at line ends (or, in a
line longer than a chunk, at white space, or anywhere as a last resort), so memory stays a
few chunks whatever the input's size: a 200 MB line with no space in it is read in chunks of
``CHUNK_CHARS`` like any other text. Bytes that are not valid in the input encoding are kept
as lone surrogates (``surrogateescape``) and written back unchanged. A UTF-16 byte order mark
is kept as the character U+FEFF, so it is written back exactly as it came in.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

CHUNK_CHARS = 1 << 20
"""Target chunk size in code points; a document shorter than this is repaired in one piece."""
READ_BYTES = 1 << 18
BINARY_SNIFF_BYTES = 8192
MAX_BACKOFF = 64
"""How far a hard cut may move left to keep a base character with its combining marks."""

_JOINERS = frozenset("\u200c\u200d\u034f\u180e") | frozenset(map(chr, range(0xFE00, 0xFE10)))


class InputError(Exception):
    """Input that cannot be processed as text; the message says what to do."""


@dataclass
class DecodeReport:
    """What decoding found, for the CLI's warnings."""

    encoding: str
    invalid_bytes: int = 0
    first_invalid: int | None = None
    bom: bool = False
    notes: list[str] = field(default_factory=list)


def sniff_encoding(head: bytes, requested: str | None) -> tuple[str, bool]:
    """The encoding to use for a stream starting with ``head``, and whether it has a BOM.

    A UTF-16 stream is decoded with the byte order its BOM names, and the BOM stays in the
    text as U+FEFF, so the output keeps the input's byte order and BOM.

    >>> sniff_encoding(b"\\xfe\\xff\\x00a", None), sniff_encoding(b"abc", None)
    (('utf-16-be', True), ('utf-8', False))
    """
    if requested:
        try:
            codecs.lookup(requested)
        except LookupError:
            raise InputError(
                f"unknown encoding {requested!r}; try utf-8, latin-1 or cp1252"
            ) from None
        return requested, False
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", True
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", True
    return "utf-8", head.startswith(codecs.BOM_UTF8)


def looks_binary(head: bytes, encoding: str) -> bool:
    """NUL bytes in the first block of an 8-bit encoded stream mean it is not text."""
    return not encoding.lower().replace("_", "-").startswith("utf-16") and b"\x00" in head


def is_utf8(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-8 (where undecodable bytes pass through)."""
    return codecs.lookup(encoding).name == "utf-8"


def read_chunks(
    stream: BinaryIO,
    report: DecodeReport,
    chunk_chars: int = CHUNK_CHARS,
    head: bytes = b"",
) -> Iterator[str]:
    """Decoded text of ``stream`` in chunks that end at a line end where possible.

    No chunk is longer than ``chunk_chars`` and the text held at any time is at most one
    chunk plus one decoded block, so memory does not depend on the input's size or on how
    long its lines are. Raises :class:`InputError` if reading or decoding fails.

    >>> import io
    >>> list(read_chunks(io.BytesIO(b"ab\\ncd\\nef"), DecodeReport("utf-8"), chunk_chars=4))
    ['ab\\n', 'cd\\n', 'ef']
    """
    errors = "surrogateescape" if is_utf8(report.encoding) else "strict"
    decoder = codecs.getincrementaldecoder(report.encoding)(errors)
    pending = ""
    read_bytes = 0
    block = head
    while True:
        if not block:
            block = _read_block(stream, read_bytes)
        final = not block
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"input is not valid {report.encoding} near byte {read_bytes + exc.start}; "
                "pass the right --encoding (latin-1 accepts any bytes)"
            ) from None
        if errors == "surrogateescape" and text:
            # Bytes the decoder holds back (an incomplete sequence) are not in ``text`` yet.
            held = len(decoder.getstate()[0])
            _count_invalid(text, report, read_bytes + len(block) - held)
        read_bytes += len(block)
        block = b""
        pending += text
        while len(pending) >= chunk_chars:
            cut = _cut(pending, chunk_chars)
            yield pending[:cut]
            pending = pending[cut:]
        if final:
            break
    if pending:
        yield pending


def _read_block(stream: BinaryIO, offset: int) -> bytes:
    try:
        return stream.read(READ_BYTES)
    except OSError as exc:
        raise InputError(
            f"reading failed after byte {offset}: {exc.strerror or exc}; "
            "the output for this input is incomplete"
        ) from None


def _count_invalid(text: str, report: DecodeReport, end_byte: int) -> None:
    # ``end_byte``: the input offset just after the last byte ``text`` represents.
    if text.isascii():
        return
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    if not bad:
        return
    if report.first_invalid is None:
        first = next(i for i, c in enumerate(text) if "\udc80" <= c <= "\udcff")
        after = len(text[first:].encode("utf-8", "surrogateescape"))
        report.first_invalid = end_byte - after
    report.invalid_bytes += bad


def _cut(text: str, limit: int) -> int:
    """Where to end a chunk of at most ``limit`` code points taken from ``text``.

    The last line end in the second half of the window; else the last white space there;
    else a hard cut, moved left so that it does not separate a character from the combining
    marks or joiners after it, nor a CR from its LF. Each call looks at ``limit`` code
    points at most, so cutting a long line costs time linear in its length.

    >>> _cut("one two\\nthree four", 12), _cut("one two three", 10), _cut("abcdefgh", 4)
    (8, 8, 4)
    >>> _cut("abce\\u0301\\u0301fg", 5)
    3
    """
    for sep in ("\n", " ", "\t"):
        i = text.rfind(sep, limit // 2, limit)
        if i != -1:
            return i + 1
    cut = limit
    if len(text) <= limit:
        return limit
    while cut > limit - MAX_BACKOFF and cut > 1 and _binds_left(text[cut - 1], text[cut]):
        cut -= 1
    return cut if cut > limit - MAX_BACKOFF and cut > 1 else limit


def _binds_left(before: str, char: str) -> bool:
    # A chunk must not start with ``char`` when it belongs to the character before it.
    if before == "\r" and char == "\n":
        return True
    return char in _JOINERS or before in _JOINERS or unicodedata.combining(char) != 0


class Encoder:
    """Encodes output text the way the input was decoded (byte-exact round trip)."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._encoder = codecs.getincrementalencoder(encoding)(
            "surrogateescape" if is_utf8(encoding) else "strict"
        )

    def can_encode(self, text: str) -> bool:
        """Whether ``text`` can be written in this encoding."""
        if text.isascii():
            return True
        errors = "surrogateescape" if is_utf8(self.encoding) else "strict"
        try:
            codecs.encode(text, self.encoding, errors)
        except UnicodeEncodeError:
            return False
        return True

    def encode(self, text: str, final: bool = False) -> bytes:
        """Bytes for ``text``; raises :class:`InputError` if it cannot be encoded."""
        try:
            return bytes(self._encoder.encode(text, final))
        except UnicodeEncodeError as exc:
            raise InputError(
                f"the output has a character ({exc.object[exc.start]!r}) the encoding "
                "cannot write; use --encoding utf-8"
            ) from None


class OutputError(Exception):
    """The output cannot be written (full disk, missing folder, closed stdout)."""


@contextmanager
def open_output(path: str | None) -> Iterator[BinaryIO]:
    """Where the output goes. Any failure to write raises :class:`OutputError`; with a
    path, the output is written to a temporary file that replaces ``path`` only when
    complete, and is removed on any failure."""
    if path is None:
        stdout = sys.stdout
        if stdout is None:
            raise OutputError("stdout is closed; pass -o FILE")
        try:
            yield stdout.buffer
            stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".textrepair-", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)  # only a complete output ever appears under the name
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


@contextmanager
def open_input(name: str) -> Iterator[BinaryIO]:
    """The input's byte stream; :class:`InputError` if it cannot be opened."""
    if name == "-":
        if sys.stdin is None:
            raise InputError("stdin is closed; pass a FILE")
        yield sys.stdin.buffer
        return
    if os.path.isdir(name):
        raise InputError("is a directory; pass the files in it")
    try:
        handle = open(name, "rb")  # noqa: SIM115 (closed below, errors reported first)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    with handle:
        yield handle
