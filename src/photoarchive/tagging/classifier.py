"""The theme classifier shipped with photoarchive, trained on real captions, able to say why.

Han text gives character n-grams (1 to 3, read on its simplified shadow so that
traditional and simplified captions share them), Latin text gives words and
word pairs. One linear model per theme (logistic regression, scikit-learn)
scores a caption; each score is calibrated into a probability on folds the
model did not train on (Platt scaling). The result is stored as plain arrays
(``.npz``, no pickle): loading and predicting need numpy only, and every
suggestion can name the n-grams that weighed most for it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from photoarchive.captions.script import shadow
from photoarchive.errors import PhotoarchiveError
from photoarchive.faults import checkpoint

FORMAT = "photoarchive.theme-classifier/1"
HAN_NGRAMS = (1, 2, 3)
MASK_PLACES = True
MIN_DF = 2
MAX_FEATURES = 120_000
REGULARISATION = 8.0  # logistic regression's C: the corpus is small and its words are many
CALIBRATION_FOLDS = 4
BECAUSE_LIMIT = 3
BECAUSE_SHARE = 0.3  # a reason weighs at least this share of the weightiest one

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_STOPWORDS_TEXT = """
a an the and or of to in on at by for with from as is are was were be been has have had it
its this that these those their his her he she they we you i who which while after before
during about over under near into out up than then there here also but not no photo taken
shows seen file
"""
_EN_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# One-character grams that say nothing about a theme but are everywhere.
_HAN_STOP = frozenset("的了在是和与及为对从向将把被由年月日时图摄")
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:自治州|自治区|地区|省|市|县|縣|区|區|镇|鎮|乡|鄉|村)")
_NOT_PLACES_TEXT = """
城市 超市 夜市 股市 楼市 车市 菜市 集市 门市 都市 上市 农村 乡村 山村 渔村 新村 社区 园区 景区
城区 市区 郊区 新区 小区 牧区 灾区 山区 街区 库区 矿区 乡镇 城镇 集镇 小镇 古镇 全市 全县 全区
全省 全镇 全村 本市 本县 该市 该县 该村 各县 各区 各村 家乡 故乡 城乡 下乡 老乡
"""
_NOT_PLACES = frozenset(_NOT_PLACES_TEXT.split())
_HAN_EDGE = _HAN_STOP | frozenset("这那个们着地得也都就而其之以于上下中大小")


class ClassifierError(PhotoarchiveError):
    """The theme classifier file cannot be read or is of another format."""


@dataclass(frozen=True, slots=True)
class Gram:
    """A feature and where it stands in the caption as printed (for explanations)."""

    key: str  # "z:稻田" for Han n-grams, "e:rice field" for Latin words
    start: int
    end: int


def caption_grams(text: str) -> list[Gram]:
    """Han n-grams on the simplified shadow and Latin words and word pairs, with offsets."""
    grams: list[Gram] = []
    simple = shadow(text)
    places = _place_spans(simple) if MASK_PLACES else []
    for run in _HAN_RUN.finditer(simple):
        s = run.group()
        for n in HAN_NGRAMS:
            for i in range(len(s) - n + 1):
                piece = s[i : i + n]
                if n == 1 and piece in _HAN_STOP:
                    continue
                start = run.start() + i
                if any(a <= start and start + n <= b for a, b in places):
                    continue
                grams.append(Gram("z:" + piece, start, start + n))
    words = [
        m for m in _LATIN_WORD.finditer(text.lower()) if m.group().strip("'-") not in _EN_STOPWORDS
    ]
    for m in words:
        if len(m.group()) > 2:
            grams.append(Gram("e:" + _stem(m.group()), m.start(), m.end()))

    for a, b in pairwise(words):
        if b.start() - a.end() <= 2:
            grams.append(Gram(f"e:{_stem(a.group())} {_stem(b.group())}", a.start(), b.end()))
    return grams


def _place_spans(simple: str) -> list[tuple[int, int]]:
    """Where a place name stands (衡阳市, 凤阳县, 小岗村): who is where says nothing of the theme.

    The corpus was gathered story by story, so a town seen in two harvest
    captions would otherwise vouch for agriculture on the next paper's page.
    Common words with the same endings (城市, 超市, 农村, 景区) are kept.
    """
    spans = []
    for m in _PLACE.finditer(simple):
        if simple[m.end() - 2 : m.end()] not in _NOT_PLACES:
            spans.append((m.start(), m.end()))
    return spans


def _stem(word: str) -> str:
    """A light English stem, so farmer/farmers and harvest/harvests share one feature."""
    word = word.strip("'-").removesuffix("'s")
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def analyse(text: str) -> list[str]:
    """The feature keys of ``text``, repeated as often as they occur (scikit-learn's analyzer)."""
    return [g.key for g in caption_grams(text)]


@dataclass(frozen=True)
class ThemeClassifier:
    """Calibrated per-theme linear scores over caption n-grams."""

    keys: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (themes, features)
    intercept: np.ndarray  # (themes,)
    platt: np.ndarray  # (themes, 2): probability = sigmoid(a * score + b)
    trained_on: int = 0

    # -- predicting --------------------------------------------------------------------
    def _vector(self, text: str) -> tuple[np.ndarray, np.ndarray, list[Gram]]:
        grams = [g for g in caption_grams(text) if g.key in self.vocabulary]
        counts = Counter(g.key for g in grams)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), grams
        index = np.fromiter((self.vocabulary[k] for k in counts), dtype=np.int64)
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32))
        values = tf * self.idf[index]
        values /= np.linalg.norm(values) or 1.0
        return index, values.astype(np.float32), grams

    def probabilities(self, text: str) -> dict[str, float]:
        """Each theme's calibrated chance of applying to ``text``."""
        index, values, _ = self._vector(text)
        raw = self.coef[:, index] @ values + self.intercept if len(index) else self.intercept
        p = 1.0 / (1.0 + np.exp(-(self.platt[:, 0] * raw + self.platt[:, 1])))
        return {k: float(v) for k, v in zip(self.keys, p, strict=True)}

    def because(self, text: str, key: str, limit: int = BECAUSE_LIMIT) -> tuple[str, ...]:
        """The words of ``text`` (as printed) that weighed most for ``key``, longest kept.

        A word counts by how much more it weighs for ``key`` than for the other
        themes on average, so that 工作 or a place name, which every theme's
        captions share, does not pass for a reason.
        """
        if key not in self.keys:
            return ()
        index, values, grams = self._vector(text)
        if not len(index):
            return ()
        k = self.keys.index(key)
        block = self.coef[:, index]
        others = (block.sum(axis=0) - block[k]) / max(len(self.keys) - 1, 1)
        # What set this theme apart: its weight over the other themes' average weight.
        row = np.minimum(block[k], block[k] - others) * values
        weight = {int(j): float(w) for j, w in zip(index, row, strict=True) if w > 0}
        where: dict[int, Gram] = {}
        for g in grams:
            where.setdefault(self.vocabulary[g.key], g)
        words_first = {j: w for j, w in weight.items() if not _single_han(where[j])}
        weight = words_first or weight  # 稻田 and 收割 say more than 稻 and 收
        weight = {j: w for j, w in weight.items() if _reads_as_word(where[j], text)}
        top = max(weight.values(), default=0.0)
        weight = {j: w for j, w in weight.items() if w >= BECAUSE_SHARE * top}
        spans: list[tuple[int, int]] = []
        words: list[str] = []
        for j in sorted(weight, key=lambda j: -weight[j]):
            g = where[j]
            if any(a <= g.start and g.end <= b for a, b in spans):
                continue  # inside a word already named
            spans = [(a, b) for a, b in spans if not (g.start <= a and b <= g.end)]
            words = [w for w in words if w not in text[g.start : g.end]]
            spans.append((g.start, g.end))
            words.append(text[g.start : g.end])
            if len(words) >= limit:
                break
        return tuple(words)

    # -- storing -----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the arrays to ``path`` (.npz) atomically."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        tmp = path.with_name(path.name + ".tmp.npz")
        checkpoint("classifier-save", path)
        np.savez_compressed(
            tmp,
            format=np.array(FORMAT),
            keys=np.array(self.keys),
            terms=np.array(terms),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            platt=self.platt.astype(np.float32),
            trained_on=np.array(self.trained_on),
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> ThemeClassifier:
        """Read a classifier written by :meth:`save`."""
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["format"]) != FORMAT:
                    raise ClassifierError(f"{path} is not a theme classifier of this version.")
                terms = data["terms"].tolist()
                return cls(
                    keys=tuple(data["keys"].tolist()),
                    vocabulary={t: i for i, t in enumerate(terms)},
                    idf=data["idf"],
                    coef=data["coef"].astype(np.float32),
                    intercept=data["intercept"],
                    platt=data["platt"],
                    trained_on=int(data["trained_on"]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ClassifierError(
                f"The theme classifier {path} cannot be read ({exc}).",
                hint="Rebuild it with `photoarchive themes train`.",
            ) from exc


def _single_han(gram: Gram) -> bool:
    return gram.key.startswith("z:") and gram.end - gram.start == 1


def _reads_as_word(gram: Gram, text: str) -> bool:
    """A Han n-gram that starts or ends on 的, 在, 了… is a piece of two words, no reason."""
    if not gram.key.startswith("z:") or gram.end - gram.start == 1:
        return True
    piece = shadow(text[gram.start : gram.end])
    return piece[0] not in _HAN_EDGE and piece[-1] not in _HAN_EDGE


def train(texts: Sequence[str], labels: Sequence[Sequence[str]]) -> ThemeClassifier:
    """Fit one calibrated logistic regression per theme on ``texts`` and their theme keys.

    Needs scikit-learn (a dependency of photoarchive, used only here).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    keys = tuple(sorted({k for ks in labels for k in ks}))
    vectorizer = TfidfVectorizer(
        analyzer=analyse, min_df=MIN_DF, sublinear_tf=True, max_features=MAX_FEATURES
    )
    x = vectorizer.fit_transform(texts)
    coef = np.zeros((len(keys), x.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(keys), dtype=np.float32)
    platt = np.tile(np.array([1.0, 0.0], dtype=np.float32), (len(keys), 1))
    for t, key in enumerate(keys):
        y = np.array([key in ks for ks in labels], dtype=np.int8)
        model = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight="balanced")
        model.fit(x, y)
        coef[t] = model.coef_[0]
        intercept[t] = model.intercept_[0]
        folds = min(CALIBRATION_FOLDS, int(y.sum()), int(len(y) - y.sum()))
        if folds >= 2:
            held = cross_val_predict(
                LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight="balanced"),
                x,
                y,
                cv=StratifiedKFold(folds, shuffle=True, random_state=0),
                method="decision_function",
            )
            scaler = LogisticRegression(C=1e4).fit(held.reshape(-1, 1), y)
            platt[t] = (scaler.coef_[0][0], scaler.intercept_[0])
    vocabulary = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    return ThemeClassifier(
        keys=keys,
        vocabulary=vocabulary,
        idf=vectorizer.idf_.astype(np.float32),
        coef=coef,
        intercept=intercept,
        platt=platt,
        trained_on=len(texts),
    )
