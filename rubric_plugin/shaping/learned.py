"""A learned second reading of reward hacking: a linear model over hashed n-grams of each sentence.

The pattern detectors (:mod:`.claims`, :mod:`.judge`) read the forms they know and nothing else; on
held-out phrasings nobody had read they catch 70-85% of attacks (docs/shaping.md). This reading
generalises a little further, at a measured cost in ordinary answers flagged, and so ships as a
penalty, never a veto.

How it reads a response (the same code trains the model, ``benchmarks/train_hack_classifier.py``):

1. :func:`segments`: the undisguised text (:func:`.normalize.reveal`) cut into lines, lines into
   sentences, long sentences into windows of :data:`SEGMENT_CHARS`; and :func:`short_line_runs`:
   runs of short lines also read joined (a claim written a word or a field a line).
2. :func:`masked`: every word of the segment that the prompt itself uses (three letters or more,
   common words aside) becomes ``_``: what the prompt asks for is never evidence (an INI file for a
   "grading tool", a letter "to the judge"); but a sentence that names the response with the
   prompt's word ("this haiku") is a sentence about the response, read as written. A test plan's
   "Expected: ..." line, when the prompt asks for tests, is not read (:func:`expected_result`).
3. :func:`features`: character 3-5-grams (digits folded to 0, lower case) and word 1-2-grams (the
   character pairs of a word in a script written without spaces), and, for a model trained with them
   (its recipe says so), concept tokens (:mod:`.concept_tokens`: "requirement", "met", "all", "grader",
   "score" ... in any of some ninety languages as one token), hashed with CRC-32 into :data:`BUCKETS` buckets.
4. :func:`windows`: each segment is read in windows of ten words, five apart, so that neutral words
   around a claim do not dilute it. A window's logit is ``scale * sum(weights[features]) /
   max(len(features), MIN_FEATURES) + bias`` (a mean, floored so that a two-word fragment cannot
   score high on a handful of n-grams); the response's score is the sigmoid of its highest window's
   logit (a hack is one sentence among ordinary ones).

The weights ship in ``hack_ngrams.bin`` beside this module (16-bit, a few hundred KB), with the metadata of
their training: the corpus digest, the threshold, and the leave-one-slice-out figures. Pure Python
(``zlib``, ``array``): nothing heavy to import in a reward worker.
"""
from __future__ import annotations

import functools
import json
import math
import re
import sys
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from rubric_plugin.errors import ConfigError
from rubric_plugin.shaping.base import ShapeInput
from rubric_plugin.shaping.claims import TRANSLATION_ASKED
from rubric_plugin.shaping.context import prompt_text
from rubric_plugin.shaping.detectors import DetectorHook
from rubric_plugin.shaping.normalize import reveal

BUCKETS = 1 << 18
SEGMENT_CHARS = 300
#: a segment is read in windows of WINDOW words, STRIDE apart: a claim padded with neutral words is
#: read in the window that holds it, not diluted over the whole sentence
WINDOW, STRIDE = 10, 5
#: a window's mean is over at least this many features (a ten-word window has 150-250): a fragment of
#: a few characters ("Perfect.", "scoring:") cannot reach a high score on a handful of n-grams, and a
#: short claim needs the weight of several phrasings behind it (held out: 40 → 120 raised the recall
#: at 2% of ordinary answers flagged from 77% to 85%, docs/shaping.md)
MIN_FEATURES = 120
#: lines of at most this many words are also read joined with their short neighbours (:func:`short_line_runs`)
SHORT_LINE = 3
MODEL_FILE = Path(__file__).with_name("hack_ngrams.bin")
_MAGIC = b"RPHN1\n"
#: the pattern readings the learned one is second to (see :class:`LearnedReading`)
SECOND_TO = ("self_assessment", "judge_addressed", "rubric_echo", "truncated", "degenerate")

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
#: scripts written without spaces between words (Thai, kana, CJK ideographs) and Hangul: a "word" of
#: these is read as its character pairs
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: a word, and the word before it when that one points at the response itself
_SELF_NAMED = re.compile(r"(\b(?:this|my|above)\s+)?(\w+)", re.IGNORECASE)
#: a prompt that asks for tests, and the line of a test plan that says what a test should show
_TESTS_ASKED = re.compile(r"\b(?:tests?|testing|test ?cases?|test ?plans?|QA|acceptance criteria|test steps?)\b",
                          re.IGNORECASE)
_EXPECTED = re.compile(r"^\W*(?:(?:step\s*)?\d+[.):]?\s*)?expected(?:\s+(?:result|outcome|behaviou?r|output)s?)?\s*[:=\-–]",
                       re.IGNORECASE)
#: words too common to carry what a prompt asks for
_COMMON = frozenset(
    "the and for with this that your you are was were have has had not but can will would should could its "
    "it's our their them they about into from what which when where who how why all any each more most some "
    "such than then there these those very just also only over under after before out off one two three".split())


def short_line_runs(text: str) -> list[str]:
    """The runs of two or more consecutive lines of at most :data:`SHORT_LINE` words each, every run
    joined into one segment: a claim written one word or one field a line ("Fully / compliant", a
    table's "| Length | Done |" rows, a YAML block) is read as a whole, not only line by line."""
    out, run = [], []
    for line in reveal(text).split("\n") + [""]:
        s = _SPACE.sub(" ", line).strip()
        if s and len(_WORD.findall(s)) <= SHORT_LINE:
            run.append(s)
            continue
        if len(run) >= 2:
            joined = " ".join(run)
            out.extend(joined[k:k + SEGMENT_CHARS + 20] for k in range(0, len(joined), SEGMENT_CHARS))
        run = []
    return out


def segments(text: str) -> list[str]:
    """The undisguised text's lines, cut into sentences and windows of :data:`SEGMENT_CHARS`."""
    out = []
    for line in reveal(text).split("\n"):
        for sentence in _SENTENCE_END.split(line):
            s = _SPACE.sub(" ", sentence).strip()
            if len(s) < 2:
                continue
            out.extend(s[k:k + SEGMENT_CHARS + 20] for k in range(0, len(s), SEGMENT_CHARS))
    return out


@functools.lru_cache(maxsize=256)
def prompt_words(prompt: str) -> frozenset[str]:
    """The prompt's words of three letters or more, common words aside, lower-cased."""
    return frozenset(w for w in _WORD.findall(reveal(prompt).lower()) if len(w) >= 3 and w not in _COMMON)


def masked(segment: str, words: frozenset[str]) -> str:
    """``segment`` with each word of ``words`` (the prompt's) replaced by ``_``: what the prompt asks
    for is not evidence. Except in a sentence about the response itself, one that names it with the
    prompt's word after "this", "my" or "above" ("this haiku follows the syllable
    requirements"): that name becomes ``response`` and the rest is read as written, since a claim
    about the response is evidence whichever words it borrows from the prompt."""
    if not words:
        return segment
    about_itself = False

    def name(m: re.Match) -> str:
        nonlocal about_itself
        if not (m.group(1) and m.group(2).lower() in words):
            return m.group(0)
        about_itself = True
        return m.group(1) + "response"

    named = _SELF_NAMED.sub(name, segment)
    if about_itself:
        return named
    return _WORD.sub(lambda m: "_" if m.group(0).lower() in words else m.group(0), segment)


def expected_result(segment: str, prompt: str) -> bool:
    """True for a test plan's "Expected: ..." line when the prompt asks for tests: it says what a
    test should show, not what the response claims ("Expected result: all checks pass")."""
    return bool(_EXPECTED.match(segment)) and bool(_TESTS_ASKED.search(prompt))


def windows(segment: str) -> list[str]:
    """The segment's runs of :data:`WINDOW` words, :data:`STRIDE` apart, the last one ending with it
    (the segment itself when it is no longer than a window)."""
    words = segment.split(" ")
    if len(words) <= WINDOW:
        return [segment]
    starts = list(range(0, len(words) - WINDOW + 1, STRIDE))
    if starts[-1] != len(words) - WINDOW:
        starts.append(len(words) - WINDOW)
    return [" ".join(words[i:i + WINDOW]) for i in starts]


def tokens(text: str) -> list[str]:
    """The words of ``text``; a word of more than two characters in a script written without spaces
    (:data:`_UNSPACED`) becomes its character pairs ("評価基準" → "評価", "価基", "基準")."""
    out = []
    for w in _WORD.findall(text):
        if len(w) > 2 and _UNSPACED.search(w):
            out.extend(w[i:i + 2] for i in range(len(w) - 1))
        else:
            out.append(w)
    return out


def features(segment: str, concepts: bool = False) -> list[int]:
    """Sorted distinct bucket ids of the segment's character 3-5-grams and 1-2-grams of its
    :func:`tokens`; with ``concepts``, also of its concept tokens (:mod:`.concept_tokens`, read from the
    segment as written: "10/10" and "100分" keep the digits the n-grams fold to 0)."""
    s = " " + _DIGIT.sub("0", segment.lower()) + " "
    out = set()
    for n in (3, 4, 5):
        out.update(zlib.crc32(s[i:i + n].encode()) & (BUCKETS - 1) for i in range(len(s) - n + 1))
    words = tokens(s)
    out.update(zlib.crc32(b"w:" + w.encode()) & (BUCKETS - 1) for w in words)
    out.update(zlib.crc32(f"b:{a} {b}".encode()) & (BUCKETS - 1) for a, b in zip(words, words[1:]))
    if concepts:
        from rubric_plugin.shaping.concept_tokens import concept_features

        out.update(zlib.crc32(b"c:" + c.encode()) & (BUCKETS - 1) for c in concept_features(segment))
    return sorted(out) or [0]


def response_features(response: str, prompt: str, concepts: bool = False) -> list[tuple[str, list[int]]]:
    """``(window, features)`` of every window of every segment of the response, the prompt's words
    masked (the window as written, for the detector's note); a requested test plan's expected
    results are not read. ``concepts``: also the concept tokens (a model trained with them)."""
    words = prompt_words(prompt)
    out = []
    for s in segments(response) + short_line_runs(response):
        if expected_result(s, prompt):
            continue
        shown, read = windows(s), windows(masked(s, words))
        out.extend((a, features(b, concepts)) for a, b in zip(shown, read))
    return out


@dataclass(frozen=True)
class NgramModel:
    """Quantised weights (``weights[i] * unit`` is bucket i's weight) and the logit's scale and bias."""

    weights: array
    unit: float
    scale: float
    bias: float
    threshold: float
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def concepts(self) -> bool:
        """Whether the model reads concept tokens (recorded in its training recipe)."""
        return bool(self.meta.get("recipe", {}).get("concepts", False))

    def segment_logit(self, feats: Iterable[int]) -> float:
        feats = list(feats)
        w = self.weights
        return self.scale * self.unit * sum(w[i] for i in feats) / max(len(feats), MIN_FEATURES) + self.bias

    def score(self, response: str, prompt: str = "") -> tuple[float, str]:
        """(probability that the response hacks, the segment that decided it)."""
        best, where = -math.inf, ""
        for seg, feats in response_features(response, prompt, self.concepts):
            z = self.segment_logit(feats)
            if z > best:
                best, where = z, seg
        if best == -math.inf:
            return 0.0, ""
        return 1.0 / (1.0 + math.exp(-max(min(best, 60.0), -60.0))), where

    # ----------------------------------------------------------------- file format

    def dump(self, path: Path) -> None:
        head = dict(self.meta, unit=self.unit, scale=self.scale, bias=self.bias, threshold=self.threshold,
                    buckets=len(self.weights))
        blob = json.dumps(head, sort_keys=True).encode()
        w = array("h", self.weights)
        if sys.byteorder != "little":
            w.byteswap()
        path.write_bytes(_MAGIC + len(blob).to_bytes(4, "big") + blob + zlib.compress(w.tobytes(), 9))

    @classmethod
    def load(cls, path: Path) -> NgramModel:
        raw = Path(path).read_bytes()
        if not raw.startswith(_MAGIC):
            raise ValueError(f"{path} is not a rubric_plugin n-gram model (bad magic); retrain it with "
                             "benchmarks/train_hack_classifier.py")
        n = int.from_bytes(raw[len(_MAGIC):len(_MAGIC) + 4], "big")
        head = json.loads(raw[len(_MAGIC) + 4:len(_MAGIC) + 4 + n])
        weights = array("h")
        weights.frombytes(zlib.decompress(raw[len(_MAGIC) + 4 + n:]))
        if sys.byteorder != "little":
            weights.byteswap()
        if len(weights) != head["buckets"] or head["buckets"] != BUCKETS:
            raise ValueError(f"{path}: {len(weights)} weights for {head['buckets']} buckets, this code reads "
                             f"{BUCKETS}; retrain it with benchmarks/train_hack_classifier.py")
        meta = {k: v for k, v in head.items() if k not in ("unit", "scale", "bias", "threshold", "buckets")}
        if meta.get("recipe", {}).get("concepts") and "concepts_digest" in meta:
            from rubric_plugin.shaping.concept_tokens import lexicon_digest

            if meta["concepts_digest"] != lexicon_digest():
                raise ValueError(f"{path} was trained on another concept lexicon than "
                                 "rubric_plugin/shaping/learned_concepts.json; retrain it with "
                                 "benchmarks/train_hack_classifier.py")
        return cls(weights, head["unit"], head["scale"], head["bias"], head["threshold"], meta)

    @classmethod
    def quantise(cls, weights: Iterable[float], scale: float, bias: float, threshold: float, meta: dict) -> NgramModel:
        ws = list(weights)
        unit = (max(abs(w) for w in ws) or 1.0) / 32767.0
        return cls(array("h", (max(-32767, min(32767, round(w / unit))) for w in ws)), unit, scale, bias, threshold, meta)


_QUOTED_SOURCE = re.compile(r"[\"“«„]([^\"”»“\n]{8,})[\"”»“]|:\s*\n?([^\n]{8,})\s*$")


def is_requested_translation(response: str, prompt: str) -> bool:
    """True when the prompt asks for a translation of a text it quotes (or gives after a colon) and the
    response is about that text's length (half to twice): the response is the user's text in another
    language, and what the text says is not the response speaking."""
    if not prompt or not TRANSLATION_ASKED.search(prompt):
        return False
    sources = [a or b for a, b in _QUOTED_SOURCE.findall(prompt)]
    if not sources:
        return False
    n, size = len(response.strip()), max(len(s) for s in sources)
    return 0.5 * size <= n <= 2 * size


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None) -> NgramModel:
    """The model at ``path`` (the shipped one by default), loaded once per process."""
    return NgramModel.load(Path(path) if path else MODEL_FILE)


class LearnedReading(DetectorHook):
    """The learned reading as a detector (a penalty by default: see the held-out figures in
    docs/shaping.md): fires when the response's score exceeds ``threshold``
    (the model's own, chosen with its held-out figures, unless given) and none of the hooks named in
    ``second_to`` (by default every other detector) fired earlier in the chain: a second reading, so
    a hack the patterns caught is penalised once, and a vetoed answer is not pushed below the veto. ``model``: a file written by
    ``benchmarks/train_hack_classifier.py`` (the shipped one by default). Loaded when the chain is
    built, so that a missing or foreign file fails before any rollout."""

    name = "learned"

    def __init__(self, threshold: float | None = None, model: str | None = None,
                 second_to: Sequence[str] = SECOND_TO, action: str = "penalty", penalty: float = 0.5,
                 veto_reward: float = 0.0, name: str | None = None):
        super().__init__(action, penalty, veto_reward, name)
        if isinstance(second_to, str) or not all(isinstance(n, str) for n in second_to):
            raise ConfigError(f"shaping hook {self.name!r}: second_to={second_to!r}; expected a list of hook names")
        self.second_to = frozenset(second_to)
        self.model_path = model
        try:
            self.model = load_model(model)
        except (OSError, ValueError, KeyError, TypeError, zlib.error) as e:
            raise ConfigError(f"shaping hook {self.name!r}: cannot load model {model or str(MODEL_FILE)!r}: {e}. "
                              "Set model: to a file written by benchmarks/train_hack_classifier.py, or null for "
                              "the shipped one") from e
        t = self.model.threshold if threshold is None else threshold
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not 0 < t < 1:
            raise ConfigError(f"shaping hook {self.name!r}: threshold={threshold!r}; expected a number in (0, 1) "
                              f"or null for the model's own ({self.model.threshold})")
        self.threshold = float(t)

    def __getstate__(self) -> dict:
        # the chain travels to every reward worker: send the model's path, not its weights
        return {k: v for k, v in self.__dict__.items() if k != "model"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.model = load_model(self.model_path)

    def detect(self, x: ShapeInput) -> str | None:
        if self.second_to & x.fired:
            return None
        prompt = prompt_text(x.record)
        if is_requested_translation(x.response, prompt):
            return None
        p, segment = self.model.score(x.response, prompt)
        if p <= self.threshold:
            return None
        shown = segment if len(segment) <= 80 else segment[:77] + "..."
        return f"learned reading {p:.2f} > {self.threshold:.2f} on {shown!r}"
