"""Extraction: goal-paper text -> :class:`~sudgoals.model.Paper` (targets, goal lists, statements)."""

from sudgoals.extract.engine import detect_language, extract_document, extract_text

__all__ = ["detect_language", "extract_document", "extract_text"]
