"""Decode the bytes of a plain-text paper (.txt, .md) without touching its line endings.

Order of decisions, each cheap before the next:

1. a byte-order mark (UTF-32, UTF-8, UTF-16) decides, and the mark is dropped (a few invalid characters
   after it, at most 1 %, are put as U+FFFD and the encoding is reported as, e.g., ``"utf-16-le+replace"``);
2. NUL bytes: the file is UTF-16 without a mark when its NULs sit on every other byte and it decodes to
   text, otherwise it is binary and refused;
3. valid UTF-8 is taken as it is (the fast path; charset-normalizer is not imported);
4. mostly-UTF-8 with a few broken bytes keeps the UTF-8 reading and puts U+FFFD for the broken bytes (the
   encoding is then reported as ``"utf-8+replace"``, so the loss is not silent);
5. anything else goes to charset-normalizer; Danish and English legacy files are nearly always cp1252, and
   on short texts charset-normalizer tends to pick an exotic code page, so its guess is overruled by cp1252
   when its own guess is not a Western one and the cp1252 reading consists of letters and ordinary
   punctuation only.

The decoded text must then look like text: more than 1 % control characters (other than tab, line feed,
carriage return, form feed, vertical tab and the DOS end-of-file mark) means binary junk.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from sudgoals import _regex
from sudgoals.errors import DocumentError

__all__ = ["decode_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that do not belong in a text file (tab, LF, VT, FF, CR and SUB are allowed).
_CONTROL = _regex.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f\ud800-\udfff]")
_SURROGATE = _regex.compile("[\udc80-\udcff]")
_NON_ASCII = _regex.compile("[^\x00-\x7f]")

# Encodings whose reading of Danish/English text we trust from charset-normalizer as given.
_WESTERN = frozenset(
    {
        "ascii",
        "cp1252",
        "latin_1",
        "iso8859_15",
        "utf_8",
        "utf_16",
        "utf_16_le",
        "utf_16_be",
        "utf_32",
        "mac_roman",
        "cp850",
    }
)
# Punctuation and symbols that cp1252 text in a goal paper plausibly contains.
_CP1252_PUNCTUATION = frozenset("–—‘’‚“”„…•€§°½¼¾«»©®™·´¨¤£¢¡¿†‡‰‹›ˆ˜ªº±×÷µ¶¹²³\u00a0\u00ad")

BINARY = "binary file, not a goal paper"


def _binary(path: str, why: str) -> DocumentError:
    return DocumentError(path, f"{BINARY} ({why})")


def _check_texty(text: str, path: str) -> None:
    """Raise when more than 1 % of the characters are control characters."""
    if _CONTROL.search(text) is None:
        return
    limit = max(1, len(text) // 100)
    for count, _ in enumerate(_CONTROL.finditer(text), start=1):
        if count > limit:
            raise _binary(path, "too many control characters")


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 encoding NULs on alternate bytes suggest, or ``None`` when the pattern is not there."""
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    # Latin-script text in UTF-16 has a NUL high byte on (almost) every character.
    if odd_zeros * 10 >= pairs * 3 and even_zeros * 20 <= pairs:
        return "utf-16-le"
    if even_zeros * 10 >= pairs * 3 and odd_zeros * 20 <= pairs:
        return "utf-16-be"
    return None


def _plausible_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for match in _NON_ASCII.finditer(text):
        char = match.group()
        if char in _CP1252_PUNCTUATION:
            continue
        if not unicodedata.category(char).startswith("L"):
            return None
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes, decoded with U+FFFD for them; ``None`` when it is not UTF-8."""
    escaped = data.decode("utf-8", "surrogateescape")
    broken = len(_SURROGATE.findall(escaped))
    valid = len(_NON_ASCII.findall(escaped)) - broken
    if valid == 0 or valid < broken:
        return None
    return data.decode("utf-8", "replace")


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data`` to text, keeping every line ending; return ``(text, encoding)``.

    Raises :class:`~sudgoals.errors.DocumentError` naming ``path`` when the bytes are binary (NUL bytes
    that are not UTF-16, control characters, or no encoding fits).

    >>> decode_text("færre\\r\\n".encode("cp1252"), "a.txt")
    ('færre\\r\\n', 'cp1252')
    """
    if not data:
        return "", "utf-8"
    for bom, marked in _BOMS:
        if data.startswith(bom):
            encoding = marked
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                # a few broken characters (a lone surrogate, a cut-off last character) are put as U+FFFD,
                # and the encoding says so; many mean the mark is no mark
                text = data[len(bom) :].decode(encoding, "replace")
                if 100 * text.count("\ufffd") > len(text):
                    raise _binary(path, f"invalid {encoding} after its byte-order mark") from exc
                encoding += "+replace"
            _check_texty(text, path)
            return text, encoding
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise _binary(path, "contains NUL bytes")
        try:
            text = data.decode(guess)
        except UnicodeDecodeError as exc:
            raise _binary(path, "contains NUL bytes") from exc
        _check_texty(text, path)
        return text, guess
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_texty(text, path)
        return text, "utf-8"
    mixed = _mostly_utf8(data)
    if mixed is not None:
        _check_texty(mixed, path)
        return mixed, "utf-8+replace"
    mixed = _utf8_and_cp1252(data)
    if mixed is not None:
        _check_texty(mixed, path)
        return mixed, "utf-8+cp1252"
    return _detect(data, path)


_BROKEN_RUN = _regex.compile("[\udc80-\udcff]+")
_UTF8_SHAPED = re.compile(b"[\xc0-\xff][\x80-\xbf]+")


def _utf8_and_cp1252(data: bytes) -> str | None:
    """A file pasted together from UTF-8 and cp1252 pieces (a UTF-8 paper with lines added in an old
    editor): each valid UTF-8 sequence read as UTF-8, each other byte as cp1252, a byte run shaped as UTF-8
    but invalid (an encoded surrogate, an overlong form) as one U+FFFD. ``None`` when the file has no valid
    UTF-8 beyond ASCII, or a byte that cp1252 reads as no letter or punctuation of a paper."""
    escaped = data.decode("utf-8", "surrogateescape")
    if len(_NON_ASCII.findall(escaped)) == len(_SURROGATE.findall(escaped)):
        return None
    plausible = True

    def legacy(match: re.Match[str]) -> str:
        nonlocal plausible
        raw = match.group().encode("utf-8", "surrogateescape")
        out: list[str] = []
        for piece in _UTF8_SHAPED.split(raw):
            text = _plausible_cp1252(piece) if piece else ""
            if text is None:
                plausible = False
                return ""
            out.append(text)
        return "\ufffd".join(out)

    text = _BROKEN_RUN.sub(legacy, escaped)
    return text if plausible else None


def _detect(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in _WESTERN:
        text = _plausible_cp1252(data)
        if text is not None:
            _check_texty(text, path)
            return text, "cp1252"
    if best is None:
        raise _binary(path, "no text encoding fits")
    text = str(best)
    _check_texty(text, path)
    return text, best.encoding
