"""What an import did, in the shape the CLI's ``--json`` and the GUI show."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ImportReport:
    feature_id: int | None = None
    feature_created: bool = False
    imported: list[int] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # (file, photo id)
    linked: list[int] = field(default_factory=list)  # stored photos given their feature caption
    # stored photos of another feature that this one printed again: (file, photo id, position)
    republished: list[tuple[str, int, int]] = field(default_factory=list)
    # new photos that look like stored ones (re-sent, resized, re-saved): (file, photo id, bits)
    similar: list[tuple[str, int, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    unmatched_captions: list[int] = field(default_factory=list)  # caption positions
    unmatched_photos: list[str] = field(default_factory=list)  # file names
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files that are no photos
    cancelled: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 success, 1 partial (some photos failed or the user cancelled)."""
        return 1 if (self.failed or self.cancelled) else 0
