"""Files newsrooms really shoot, made by the libraries that write them: HEIC, DNG, odd names."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pillow_heif
from PIL import Image

# The export suite's sample archive, for the export faults.
from tests.export_cli.conftest import cli, imported_sample, sample  # noqa: F401


def heic_bytes(size: tuple[int, int] = (320, 240), *, make: str = "Apple") -> bytes:
    """A real HEIC file (encoded by libheif through pillow-heif) with EXIF."""
    pillow_heif.register_heif_opener()
    image = Image.new("RGB", size, (40, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = "iPhone 15"
    out = io.BytesIO()
    image.save(out, "HEIF", exif=exif.tobytes())
    return out.getvalue()


def dng_bytes(folder: Path, *, make: str = "Canon", model: str = "EOS R5") -> bytes:
    """A real DNG (Adobe's RAW container, written by pidng) of random sensor data."""
    from pidng.core import RAW2DNG, DNGTags, Tag
    from pidng.defs import (
        CalibrationIlluminant,
        CFAPattern,
        DNGVersion,
        Orientation,
        PhotometricInterpretation,
        PreviewColorSpace,
    )

    width, height = 256, 192
    sensor = (np.random.RandomState(0).rand(height, width) * 4095).astype(np.uint16)
    tags = DNGTags()
    for tag, value in (
        (Tag.ImageWidth, width),
        (Tag.ImageLength, height),
        (Tag.TileWidth, width),
        (Tag.TileLength, height),
        (Tag.Orientation, Orientation.Horizontal),
        (Tag.PhotometricInterpretation, PhotometricInterpretation.Color_Filter_Array),
        (Tag.SamplesPerPixel, 1),
        (Tag.BitsPerSample, 16),
        (Tag.CFARepeatPatternDim, [2, 2]),
        (Tag.CFAPattern, CFAPattern.GBRG),
        (Tag.BlackLevel, 0),
        (Tag.WhiteLevel, 4095),
        (
            Tag.ColorMatrix1,
            [[1, 1], [0, 1], [0, 1], [0, 1], [1, 1], [0, 1], [0, 1], [0, 1], [1, 1]],
        ),
        (Tag.CalibrationIlluminant1, CalibrationIlluminant.D65),
        (Tag.AsShotNeutral, [[1, 1], [1, 1], [1, 1]]),
        (Tag.BaselineExposure, [[0, 100]]),
        (Tag.Make, make),
        (Tag.Model, model),
        (Tag.DNGVersion, DNGVersion.V1_4),
        (Tag.DNGBackwardVersion, DNGVersion.V1_2),
        (Tag.PreviewColorSpace, PreviewColorSpace.sRGB),
    ):
        tags.set(tag, value)
    converter = RAW2DNG()
    converter.options(tags, path="", compress=False)
    target = folder / "sensor"
    converter.convert(sensor, filename=str(target))
    data = target.with_suffix(".dng").read_bytes()
    target.with_suffix(".dng").unlink()
    return data
