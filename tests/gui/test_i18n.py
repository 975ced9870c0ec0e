"""The Chinese catalogue covers every string the window shows, with the same placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from photoarchive.gui.i18n import translations_dir

GUI = Path(__file__).resolve().parents[2] / "src" / "photoarchive" / "gui"
TS = translations_dir() / "photoarchive_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _catalogue() -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(TS).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation.get("type") is None, message.findtext("source")
            out[(name, message.findtext("source"))] = translation.text or ""
    return out


def _strings_in_source() -> set[tuple[str, str]]:
    """(context, text) of every self.tr("…") and translate("Ctx", "…") in the GUI code."""
    found = set()
    for path in GUI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.add((cls.name, call.args[0].value))
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            func = call.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and len(call.args) >= 2
                and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]
                )
            ):
                found.add((call.args[0].value, call.args[1].value))
    return found


def test_every_visible_string_has_a_chinese_translation():
    catalogue = _catalogue()
    strings = _strings_in_source()
    assert len(strings) > 100
    missing = sorted(s for s in strings if not catalogue.get(s))
    assert missing == [], "run pyside6-lupdate and translate these"


def test_translations_keep_the_placeholders_and_are_chinese():
    for (context, source), text in _catalogue().items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            context,
            source,
            text,
        )
        words = re.sub(r"\b[A-Z0-9-]{2,}\b", "", PLACEHOLDER.sub("", source))  # GPS, SHA-256
        if re.search(r"[A-Za-z]{3}", words):
            assert re.search(r"[\u4e00-\u9fff]", text), (context, source, text)


def test_the_compiled_catalogue_matches_its_source(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    stale = [
        (context, source)
        for (context, source), text in _catalogue().items()
        if translator.translate(context, source) != text
    ]
    assert stale == [], "run pyside6-lrelease on the .ts file"
