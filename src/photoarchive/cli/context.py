"""What every command handler gets: parsed arguments and a lazily opened archive."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from photoarchive.services.archive import Archive


@dataclass
class Context:
    args: argparse.Namespace
    library: Path | None
    _archive: Archive | None = field(default=None, repr=False)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def archive(self) -> Archive:
        if self._archive is None:
            self._archive = Archive.open(self.library)
        return self._archive

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None
