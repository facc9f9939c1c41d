"""The annotated corpus: its record format, validation, alignment of drafts, and imports from annotation tools."""

from .schema import CorpusError, SPAN_LABELS, RELATION_LABELS, read_records, validate_record, validate_path
from .align import align_record, align_file

__all__ = [
    "CorpusError", "SPAN_LABELS", "RELATION_LABELS", "read_records", "validate_record", "validate_path",
    "align_record", "align_file",
]
