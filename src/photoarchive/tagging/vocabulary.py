"""The theme vocabulary: which themes exist and which words point at them.

The shipped vocabulary is a data file (resources/vocab/themes.toml) so editors can read and
extend it without touching code; an archive's own themes come from its catalogue and are
merged on top with :meth:`Vocabulary.merged_with`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from photoarchive.errors import InputError, NotFoundError
from photoarchive.tagging.resources import resources_dir

VOCABULARY_VERSION = 1
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")
IPTC_PATTERN = re.compile(r"^medtop:\d{8}$")
_THEME_FIELDS = {
    "key",
    "label_en",
    "label_zh",
    "parent",
    "iptc_code",
    "triggers_zh",
    "triggers_en",
    "hints",
    "retired",
}


class VocabularyError(InputError):
    """A theme vocabulary (file or custom themes) is inconsistent; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme. The key is permanent: tags on photos refer to it even after a rename."""

    key: str
    label_en: str
    label_zh: str
    parent: str | None = None
    iptc_code: str | None = None
    triggers_zh: tuple[str, ...] = ()
    triggers_en: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    retired: bool = False  # never suggested again; existing tags keep the key

    @property
    def triggers(self) -> tuple[str, ...]:
        """All strong trigger words, Chinese first."""
        return self.triggers_zh + self.triggers_en


@dataclass(frozen=True)
class Vocabulary:
    """An immutable, validated set of themes plus the words that suggest nothing."""

    themes: tuple[Theme, ...]
    neutral: frozenset[str] = frozenset()
    _by_key: dict[str, Theme] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _validate(self.themes)
        object.__setattr__(self, "_by_key", {t.key: t for t in self.themes})

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        """Read and validate a vocabulary TOML file."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise VocabularyError(
                f"Cannot read the theme vocabulary {path}: {exc}",
                hint="Fix or restore the file; it must be UTF-8 TOML.",
            ) from exc
        return cls.from_dict(data, source=str(path))

    @classmethod
    def from_dict(cls, data: dict[str, object], *, source: str = "vocabulary") -> Vocabulary:
        """Build from parsed TOML: ``neutral`` and a ``theme`` array of tables."""
        if data.get("version", VOCABULARY_VERSION) != VOCABULARY_VERSION:
            raise VocabularyError(
                f"{source} is vocabulary version {data.get('version')}; "
                f"this photoarchive reads version {VOCABULARY_VERSION}.",
                hint="Upgrade photoarchive, or use a vocabulary file written for this version.",
            )
        raw_themes = data.get("theme", [])
        if not isinstance(raw_themes, list) or not raw_themes:
            raise VocabularyError(f"{source} defines no [[theme]] tables.")
        neutral = _string_tuple(data.get("neutral", []), f"{source}: neutral")
        return cls(tuple(_theme_from_dict(t, source) for t in raw_themes), frozenset(neutral))

    def merged_with(self, custom_themes: Iterable[Theme]) -> Vocabulary:
        """Return this vocabulary extended by an archive's own themes.

        A custom theme with a new key is added. One with an existing key overrides the labels,
        parent, IPTC code and retired flag (a rename or retirement) and adds its trigger words
        and hints to the shipped ones.
        """
        merged = dict(self._by_key)
        for theme in custom_themes:
            base = merged.get(theme.key)
            merged[theme.key] = theme if base is None else _override(base, theme)
        return Vocabulary(tuple(merged.values()), self.neutral)

    def get(self, key: str) -> Theme:
        """The theme with this key; raises NotFoundError for an unknown key."""
        try:
            return self._by_key[key]
        except KeyError:
            raise NotFoundError(
                f"There is no theme '{key}'.",
                hint="List the themes with `photoarchive themes`.",
            ) from None

    def resolve(self, name: str) -> Theme | None:
        """Find a theme by key, Chinese label or English label (case-insensitive)."""
        wanted = name.strip()
        if wanted in self._by_key:
            return self._by_key[wanted]
        folded = wanted.casefold()
        for theme in self.themes:
            if folded in (theme.key.casefold(), theme.label_en.casefold(), theme.label_zh):
                return theme
        return None

    def active(self) -> tuple[Theme, ...]:
        """The themes that may still be suggested."""
        return tuple(t for t in self.themes if not t.retired)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[Theme]:
        return iter(self.themes)

    def __len__(self) -> int:
        return len(self.themes)


@lru_cache(maxsize=1)
def load_default_vocabulary() -> Vocabulary:
    """The vocabulary shipped with photoarchive (read once per process)."""
    return Vocabulary.load(resources_dir() / "vocab" / "themes.toml")


def _override(base: Theme, custom: Theme) -> Theme:
    return replace(
        base,
        label_en=custom.label_en or base.label_en,
        label_zh=custom.label_zh or base.label_zh,
        parent=custom.parent if custom.parent is not None else base.parent,
        iptc_code=custom.iptc_code or base.iptc_code,
        triggers_zh=_union(base.triggers_zh, custom.triggers_zh),
        triggers_en=_union(base.triggers_en, custom.triggers_en),
        hints=_union(base.hints, custom.hints),
        retired=custom.retired,
    )


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(first + second))


def _theme_from_dict(raw: object, source: str) -> Theme:
    if not isinstance(raw, dict):
        raise VocabularyError(f"{source}: every [[theme]] must be a table.")
    key = raw.get("key")
    where = f"{source}: theme '{key}'"
    unknown = set(raw) - _THEME_FIELDS
    if unknown:
        raise VocabularyError(f"{where} has unknown fields: {', '.join(sorted(unknown))}.")
    retired = raw.get("retired", False)
    if not isinstance(retired, bool):
        raise VocabularyError(f"{where}: retired must be true or false.")
    return Theme(
        key=_string(key, f"{source}: theme key"),
        label_en=_string(raw.get("label_en"), f"{where}: label_en"),
        label_zh=_string(raw.get("label_zh"), f"{where}: label_zh"),
        parent=_optional_string(raw.get("parent"), f"{where}: parent"),
        iptc_code=_optional_string(raw.get("iptc_code"), f"{where}: iptc_code"),
        triggers_zh=_string_tuple(raw.get("triggers_zh", []), f"{where}: triggers_zh"),
        triggers_en=_string_tuple(raw.get("triggers_en", []), f"{where}: triggers_en"),
        hints=_string_tuple(raw.get("hints", []), f"{where}: hints"),
        retired=retired,
    )


def _string(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise VocabularyError(f"{what} must be a non-empty string.")
    return value.strip()


def _optional_string(value: object, what: str) -> str | None:
    return None if value is None or value == "" else _string(value, what)


def _string_tuple(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise VocabularyError(f"{what} must be a list of words.")
    return tuple(_string(v, what) for v in value)


def _validate(themes: tuple[Theme, ...]) -> None:
    """Check keys, labels, parents and codes so mistakes surface when the file is loaded."""
    keys = [t.key for t in themes]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise VocabularyError(f"Theme keys must be unique; repeated: {', '.join(duplicates)}.")
    known = set(keys)
    for theme in themes:
        if not KEY_PATTERN.match(theme.key):
            raise VocabularyError(
                f"Theme key '{theme.key}' is not valid.",
                hint="Use lower-case ASCII letters, digits, '-' or '_', starting with a letter.",
            )
        if not theme.label_en.strip() or not theme.label_zh.strip():
            raise VocabularyError(f"Theme '{theme.key}' needs both an English and a Chinese label.")
        if theme.parent is not None and theme.parent not in known:
            raise VocabularyError(
                f"Theme '{theme.key}' has parent '{theme.parent}', which is not a theme."
            )
        if theme.iptc_code is not None and not IPTC_PATTERN.match(theme.iptc_code):
            raise VocabularyError(
                f"Theme '{theme.key}' has IPTC code '{theme.iptc_code}'.",
                hint="Media Topic codes look like medtop:20000210; leave it empty if none fits.",
            )
        words = theme.triggers + theme.hints
        if any(not w.strip() for w in words):
            raise VocabularyError(f"Theme '{theme.key}' has an empty trigger word.")
        repeated = sorted({w for w in words if words.count(w) > 1})
        if repeated:
            raise VocabularyError(f"Theme '{theme.key}' lists a word twice: {', '.join(repeated)}.")
    _check_parent_cycles(themes)


def _check_parent_cycles(themes: tuple[Theme, ...]) -> None:
    parent_of = {t.key: t.parent for t in themes}
    for start in parent_of:
        seen = {start}
        node = parent_of[start]
        while node is not None:
            if node in seen:
                raise VocabularyError(f"Theme parents form a loop through '{start}'.")
            seen.add(node)
            node = parent_of.get(node)
