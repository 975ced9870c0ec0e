"""Theme tagging: the vocabulary, suggestions that explain themselves, and a learned model.

Pure functions over plain data; the catalogue stores themes, tags and decisions and calls in.
"""

from __future__ import annotations

from photoarchive.tagging.model import LearnedScore, ModelFormatError, ThemeModel
from photoarchive.tagging.resources import resources_dir
from photoarchive.tagging.suggestions import ThemeSuggestion, suggest
from photoarchive.tagging.vocabulary import (
    Theme,
    Vocabulary,
    VocabularyError,
    load_default_vocabulary,
)

__all__ = [
    "LearnedScore",
    "ModelFormatError",
    "Theme",
    "ThemeModel",
    "ThemeSuggestion",
    "Vocabulary",
    "VocabularyError",
    "load_default_vocabulary",
    "resources_dir",
    "suggest",
]
