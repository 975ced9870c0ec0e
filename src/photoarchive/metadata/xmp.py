"""XMP fields from the raw packet, parsed with defusedxml.

Pillow's ``getxmp()`` flattens the RDF into nested dicts whose shape changes with
how a writer serialised a property (attribute, element, one ``rdf:li`` or many),
so the packet is parsed here with namespaces kept and read the RDF way: a
property may be an attribute of ``rdf:Description`` or an element holding text
or an ``rdf:Alt``/``rdf:Seq``/``rdf:Bag`` of ``rdf:li``. Packets may be UTF-8 or
UTF-16 (ExifTool's sample is UTF-16BE without a byte order mark).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from photoarchive.metadata.cleaning import clean_list, clean_text
from photoarchive.metadata.dates import InvalidDateError, xmp_datetime

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_PHOTOSHOP = "{http://ns.adobe.com/photoshop/1.0/}"
_EXIF = "{http://ns.adobe.com/exif/1.0/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CONTAINERS = (f"{_RDF}Alt", f"{_RDF}Seq", f"{_RDF}Bag")
_REFUSED = "XMP packet refused: it declares a DTD or entities, which XMP never needs"


@dataclass(frozen=True, slots=True)
class XmpFields:
    """The XMP properties the archive keeps (IPTC Core names in comments)."""

    description: str | None = None  # dc:description, x-default
    title: str | None = None  # dc:title
    rights: str | None = None  # dc:rights (copyright notice)
    headline: str | None = None  # photoshop:Headline
    credit: str | None = None  # photoshop:Credit
    source: str | None = None  # photoshop:Source
    creator: tuple[str, ...] = ()  # dc:creator
    subject: tuple[str, ...] = ()  # dc:subject (keywords)
    taken_at: str | None = None  # exif:DateTimeOriginal or photoshop:DateCreated
    warnings: tuple[str, ...] = ()


def read_xmp(packet: bytes | str | None, extended: bytes | None = None) -> XmpFields:
    """Read an XMP packet as Pillow stores it in ``image.info["xmp"]``."""
    if not packet:
        return XmpFields()
    try:
        root = fromstring(_packet_text(packet))
    except DefusedXmlException:
        return XmpFields(warnings=(_REFUSED,))
    except (ParseError, UnicodeDecodeError, ValueError) as exc:
        return XmpFields(warnings=(f"XMP packet unreadable ({exc}); its fields were skipped",))
    descriptions = _descriptions(root)
    warnings: list[str] = []
    if extended is not None:
        try:
            descriptions += _descriptions(fromstring(_packet_text(extended)))
        except (DefusedXmlException, ParseError, UnicodeDecodeError, ValueError) as exc:
            warnings.append(f"the Extended XMP part is unreadable ({exc}); its fields were skipped")
    return XmpFields(
        description=_first(descriptions, f"{_DC}description"),
        title=_first(descriptions, f"{_DC}title"),
        rights=_first(descriptions, f"{_DC}rights"),
        headline=_first(descriptions, f"{_PHOTOSHOP}Headline"),
        credit=_first(descriptions, f"{_PHOTOSHOP}Credit"),
        source=_first(descriptions, f"{_PHOTOSHOP}Source"),
        creator=_all(descriptions, f"{_DC}creator"),
        subject=_all(descriptions, f"{_DC}subject"),
        taken_at=_taken_at(descriptions, warnings),
        warnings=tuple(warnings),
    )


def _packet_text(packet: bytes | str) -> str:
    """Decode the packet (UTF-8 or UTF-16, BOM or not) and drop trailing padding."""
    if isinstance(packet, str):
        text = packet
    elif packet.startswith((b"\xfe\xff", b"\x00<")):
        text = packet.decode("utf-16-be")
    elif packet.startswith((b"\xff\xfe", b"<\x00")):
        text = packet.decode("utf-16-le")
    else:
        text = packet.decode("utf-8")
    return text.lstrip("\ufeff").rstrip("\x00 \t\r\n")


def _descriptions(root: Element) -> list[Element]:
    """Top-level ``rdf:Description`` nodes (nested ones are structure values)."""
    rdf = root if root.tag == f"{_RDF}RDF" else root.find(f".//{_RDF}RDF")
    return [] if rdf is None else rdf.findall(f"{_RDF}Description")


def _values(descriptions: Sequence[Element], name: str) -> list[str]:
    """Every value of a property; for language alternatives x-default comes first."""
    for description in descriptions:
        if name in description.attrib:
            return [description.attrib[name]]
        element = description.find(name)
        if element is not None:
            return _element_values(element)
    return []


def _element_values(element: Element) -> list[str]:
    container = next((child for child in element if child.tag in _CONTAINERS), None)
    if container is None:
        return [element.text or ""]
    items = container.findall(f"{_RDF}li")
    if container.tag == f"{_RDF}Alt":
        items.sort(key=lambda li: li.get(_XML_LANG, "").lower() != "x-default")
    return [li.text or "" for li in items]


def _first(descriptions: Sequence[Element], name: str) -> str | None:
    """The first non-blank value (so an empty x-default yields to another language)."""
    return next(filter(None, map(clean_text, _values(descriptions, name))), None)


def _all(descriptions: Sequence[Element], name: str) -> tuple[str, ...]:
    return clean_list(_values(descriptions, name))


def _taken_at(descriptions: Sequence[Element], warnings: list[str]) -> str | None:
    for name in (f"{_EXIF}DateTimeOriginal", f"{_PHOTOSHOP}DateCreated"):
        try:
            taken_at = xmp_datetime(_first(descriptions, name))
        except InvalidDateError as exc:
            warnings.append(f"XMP date ignored: {exc}")
            continue
        if taken_at:
            return taken_at
    return None
