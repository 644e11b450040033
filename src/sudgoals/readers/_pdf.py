"""PDF -> text per page (pypdf), pages joined with a form feed; ``page_starts`` says where each begins.

A PDF encrypted with a user password raises :class:`EncryptedDocumentError` (one encrypted only against
editing, with an empty user password, is read). Pages without any text layer raise :class:`NeedsOCRError`.
pypdf's log messages and warnings about damaged files are silenced while reading: damage that stops the
reading raises :class:`DocumentError`, damage pypdf works around is not reported.
"""

from __future__ import annotations

from sudgoals.errors import DocumentError, EncryptedDocumentError, NeedsOCRError
from sudgoals.readers._common import quiet, require

__all__ = ["pdf_to_text"]


def pdf_to_text(data: bytes, path: str) -> tuple[str, tuple[int, ...]]:
    """``(text, page_starts)`` of a PDF; page *n* starts at ``page_starts[n-1]``.

    Raises :class:`EncryptedDocumentError` for a password-protected PDF, :class:`NeedsOCRError` when no
    page has a text layer, :class:`DocumentError` for a damaged or truncated file or one without pages,
    :class:`MissingExtraError` without pypdf.
    """
    pypdf = require("pypdf", "PDF files", "pdf")
    import io

    with quiet("pypdf"):
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    raise EncryptedDocumentError(
                        path, f"encrypted PDF that cannot be opened here ({type(exc).__name__}: {exc})"
                    ) from exc
                if opened == pypdf.PasswordType.NOT_DECRYPTED:
                    raise EncryptedDocumentError(path, "encrypted PDF: it needs a password to be read")
            pages = [page.extract_text() or "" for page in reader.pages]
        except (DocumentError, MemoryError):
            raise
        except Exception as exc:
            raise DocumentError(path, f"damaged or truncated PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise DocumentError(path, "PDF without pages")
    if not any(page.strip() for page in pages):
        raise NeedsOCRError(
            path, f"PDF has {len(pages)} page(s) but no text layer: it needs OCR before it can be checked"
        )
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 1
    return "\f".join(pages), tuple(starts)
