"""Export of licensed photo sets: resized JPEGs with caption, credit and rights inside."""

from __future__ import annotations

from photoarchive.export.filenames import TEMPLATE_FIELDS, assign_file_names, safe_component
from photoarchive.export.manifest import CREDITS_TXT, MANIFEST_CSV, MANIFEST_JSON
from photoarchive.export.model import (
    DEFAULT_TEMPLATE,
    ExportError,
    ExportItem,
    ExportOptions,
    ExportReport,
)
from photoarchive.export.runner import ExportRun, export_set, metadata_for, run_export

__all__ = [
    "CREDITS_TXT",
    "DEFAULT_TEMPLATE",
    "MANIFEST_CSV",
    "MANIFEST_JSON",
    "TEMPLATE_FIELDS",
    "ExportError",
    "ExportItem",
    "ExportOptions",
    "ExportReport",
    "ExportRun",
    "assign_file_names",
    "export_set",
    "metadata_for",
    "run_export",
    "safe_component",
]
