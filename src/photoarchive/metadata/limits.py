"""How large a photo photoarchive agrees to open.

Pillow's default guard (about 89 megapixels, an error above twice that) protects
against decompression bombs but also refuses real work: a Fujifilm GFX100 frame
is 102 MP, a Phase One IQ4 151 MP, and archive scans and panoramas go beyond.
The archive's own limit is set here, once, for every reader in the process;
JPEGs are decoded at reduced scale (``draft``) for thumbnails, so a large photo
costs little memory.
"""

from __future__ import annotations

from PIL import Image

PHOTO_PIXEL_LIMIT = 400_000_000

Image.MAX_IMAGE_PIXELS = PHOTO_PIXEL_LIMIT
