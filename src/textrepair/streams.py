"""Reading and writing text streams in bounded memory, byte-exact.

Input is read in blocks, decoded incrementally, and cut into chunks at line ends (or, in a
line longer than a chunk, at white space, or anywhere as a last resort), so memory stays a
few chunks whatever the input's size. Bytes that are not valid in the input encoding are
kept as lone surrogates (``surrogateescape``) and written back unchanged.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

CHUNK_CHARS = 1 << 20
"""Target chunk size in code points; a document shorter than this is repaired in one piece."""
READ_BYTES = 1 << 18
BINARY_SNIFF_BYTES = 8192


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
    """The encoding to use for a stream starting with ``head``, and whether it has a BOM."""
    if requested:
        try:
            codecs.lookup(requested)
        except LookupError:
            raise InputError(
                f"unknown encoding {requested!r}; try utf-8, latin-1 or cp1252"
            ) from None
        return requested, False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", True
    return "utf-8", head.startswith(codecs.BOM_UTF8)


def looks_binary(head: bytes, encoding: str) -> bool:
    """NUL bytes in the first block of an 8-bit encoded stream mean it is not text."""
    return not encoding.lower().replace("_", "-").startswith("utf-16") and b"\x00" in head


def read_chunks(
    stream: BinaryIO,
    report: DecodeReport,
    chunk_chars: int = CHUNK_CHARS,
    head: bytes = b"",
) -> Iterator[str]:
    """Decoded text of ``stream`` in chunks that end at a line end where possible."""
    errors = "surrogateescape" if codecs.lookup(report.encoding).name == "utf-8" else "strict"
    decoder = codecs.getincrementaldecoder(report.encoding)(errors)
    pending = ""
    decoded_bytes = 0
    block = head
    while True:
        if not block:
            block = stream.read(READ_BYTES)
        final = not block
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"input is not valid {report.encoding} near byte {decoded_bytes + exc.start}; "
                "pass the right --encoding (latin-1 accepts any bytes)"
            ) from None
        decoded_bytes += len(block)
        block = b""
        if errors == "surrogateescape" and text:
            _count_invalid(text, report, decoded_bytes)
        pending += text
        while len(pending) >= chunk_chars:
            cut = _cut(pending, chunk_chars)
            yield pending[:cut]
            pending = pending[cut:]
        if final:
            break
    if pending:
        yield pending


def _count_invalid(text: str, report: DecodeReport, pos: int) -> None:
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff") if not text.isascii() else 0
    if bad:
        report.invalid_bytes += bad
        if report.first_invalid is None:
            report.first_invalid = pos


def _cut(text: str, limit: int) -> int:
    # Last line end in the chunk; else last white space; else a hard cut (never between
    # a surrogate pair, which str indexing cannot split anyway).
    for sep in ("\n", " ", "\t"):
        i = text.rfind(sep, limit // 2, limit)
        if i != -1:
            return i + 1
    return limit


class Encoder:
    """Encodes output text the way the input was decoded (byte-exact round trip)."""

    def __init__(self, encoding: str) -> None:
        utf8 = codecs.lookup(encoding).name == "utf-8"
        self._encoder = codecs.getincrementalencoder(encoding)(
            "surrogateescape" if utf8 else "strict"
        )

    def encode(self, text: str, final: bool = False) -> bytes:
        """Bytes for ``text``; raises :class:`InputError` if it cannot be encoded."""
        try:
            return bytes(self._encoder.encode(text, final))
        except UnicodeEncodeError as exc:
            raise InputError(
                f"the output has a character ({exc.object[exc.start]!r}) the encoding "
                "cannot write; use --encoding utf-8"
            ) from None
