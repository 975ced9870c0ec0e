"""Embedded text that lies about its encoding, or carries terminal controls (issue 10.7)."""

from __future__ import annotations

from photoarchive.metadata import read_metadata
from tests.metadata.metadata_builders import make_jpeg, with_iim

UTF8 = (1, 90, b"\x1b%G")


def test_big5_declared_as_utf8_is_read_as_big5_and_flagged() -> None:
    caption = "台灣總統府前的遊行隊伍，民眾揮舞旗幟。"
    jpeg = with_iim(
        make_jpeg(), [UTF8, (2, 120, caption.encode("big5")), (2, 80, "劉學聖".encode("big5"))]
    )
    meta = read_metadata(jpeg, "big5.jpg")
    assert meta.embedded_caption == caption
    assert meta.embedded_byline == ("劉學聖",)
    assert any("not valid UTF-8 as declared; read as BIG5" in w for w in meta.warnings)


def test_gb18030_declared_as_utf8_is_read_as_gb18030() -> None:
    caption = "衡阳市珠晖区的稻田里，农民正在收割水稻。"
    jpeg = with_iim(make_jpeg(), [UTF8, (2, 120, caption.encode("gb18030"))])
    meta = read_metadata(jpeg, "gb.jpg")
    assert meta.embedded_caption == caption
    assert any("read as GB18030" in w for w in meta.warnings)


def test_control_characters_are_never_stored(capsys, library_dir, tmp_path) -> None:
    from tests.conftest import run_json

    caption = "稻田\x1b[31m里\x07农民\x00收割"
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(with_iim(make_jpeg(), [UTF8, (2, 120, caption.encode())]))
    code, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0
    photo = doc["photos"][0]
    assert photo["caption"] == "稻田[31m里农民收割"
    assert not any(ch in photo["embedded_caption"] for ch in "\x1b\x07\x00")
    assert any("control characters" in note for note in photo["import_notes"])


def test_the_terminal_never_receives_control_characters() -> None:
    from photoarchive.cli.output import printable

    assert printable("稻田\x1b[2J里\x07") == "稻田^[[2J里^G"
    assert printable("两行\n图说\t") == "两行\n图说\t"
