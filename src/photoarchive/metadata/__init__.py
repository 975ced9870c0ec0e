"""Reading what a photo file says about itself (EXIF, IPTC IIM, XMP).

Only the reading side lives in this package's namespace; importing it stays cheap
and free of the writer's dependencies.
"""

from __future__ import annotations

from photoarchive.metadata.errors import UnreadablePhotoError
from photoarchive.metadata.opening import verify_decodable
from photoarchive.metadata.reader import read_metadata
from photoarchive.metadata.result import PhotoMetadata

__all__ = ["PhotoMetadata", "UnreadablePhotoError", "read_metadata", "verify_decodable"]
