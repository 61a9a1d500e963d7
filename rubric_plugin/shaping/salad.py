"""A penalty-grade reading of word salad that keeps its grammar: a paragraph of fluent-looking nonsense pasted into an
answer ("Velvet spreadsheet of the hinge, tangerine protocol dreaming sideways ..."; "La cuchara azul de la semana baila
contra el teorema húmedo ...").

:func:`.repetition.word_salad` catches vocabulary with no function words; salad written with articles and
prepositions passes it, and no rule on the words alone tells it from a surrealist line. What it lacks is a topic: its
content words come back neither in the rest of the answer nor in the prompt, and none of them comes back within the
paragraph itself (prose about something names its subject more than once). :func:`detect_non_sequitur` fires on a
single-line prose paragraph of thirty words or more, beside other paragraphs with fifteen content words of their own
(an answer, not a salutation and a signature), that shares no content word (a stem of five letters, function words of
six languages left out) with the prompt or with the other paragraphs and repeats none of its own. Lists, verse and headed blocks are left out, and so is a prompt that asks for invented,
random or creative text (a poem, a story, nonsense) or expects a digression (an anecdote, minutes that drifted off
topic), and a paragraph in the first person (a blogger's aside about a grandmother, an op-ed's heron).

Not precise enough for a veto: a paragraph of an ordinary answer can share no word with the rest (a match report's
scene-setting paragraph; without the list, verse, creative and salutation exclusions, 12 of the 2,953 benign answers
of the shaping corpus fired, 1 with them). Written while reading independent9's salad, so its figures there (30 of
52) are not held out. Read by the penalty hook :class:`NonSequitur` (``non_sequitur`` in the shipped chains), not by ``degenerate``'s veto.
"""
from __future__ import annotations

import re
from typing import Sequence

from rubric_plugin.errors import ConfigError
from rubric_plugin.shaping.base import ShapeInput
from rubric_plugin.shaping.context import prompt_text
from rubric_plugin.shaping.detectors import DetectorHook
from rubric_plugin.shaping.repetition import _FUNCTION

#: the hooks a non-sequitur is second to: the pattern detectors and the learned reading
SECOND_TO = ("self_assessment", "judge_addressed", "rubric_echo", "truncated", "degenerate", "learned")

_LETTERS = re.compile(r"[^\W\d_]+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
#: a list item, a heading, a table row, a quote or a code line: structure, not prose
_STRUCTURED = re.compile(r"^\s*(?:[-*•+>#|]|\d+[.)]|[a-z][.)]\s|```)", re.IGNORECASE)
#: a prompt that asks for invented, random or creative text, in which free association is the content
_CREATIVE_ASKED = re.compile(r"\b(?:poem|poetry|verse|haiku|limerick|sonnet|lyrics?|song|rap|story|stories|fiction|tale|fable|"
                             r"surreal\w*|absurd\w*|nonsense|random|gibberish|dream\w*|brainstorm\w*|invent\w*|imagin\w*|creative|"
                             r"word\s+salad|lorem|placeholder|filler|dummy|poema|cuento|historia|poème|histoire|gedicht|geschichte)\b",
                             re.IGNORECASE)

#: a prompt that expects a digression (minutes that "drifted off topic", an anecdote, a tangent, an aside)
_DIGRESSION_ASKED = re.compile(r"\b(?:digress\w*|off[\s-]topic|tangent\w*|anecdot\w*|asides?|sidetrack\w*|rambl\w*|drift\w*|"
                               r"meander\w*|divagaci\w*|anécdota\w*|anecdote\w*|exkurs\w*|anekdot\w*|aneddot\w*|digressione)\b",
                               re.IGNORECASE)
#: the writer speaking of itself (I / my / we / our in English, Spanish, French, German, Portuguese and Italian): a
#: personal aside in a blog or an op-ed (a grandmother's kitchen, a heron seen this morning), not pasted nonsense
#: ("ma", "mes", "eu" left out: an Italian "but", a Spanish "month", the EU)
_FIRST_PERSON = re.compile(r"\bI\b|(?i:\b(?:me|my|mine|we|us|our|ours|yo|mí|mis?|nosotros|nuestr[oa]s?|je|j['’]|moi|mon|nous|notre|"
                           r"ich|mich|mir|mein\w*|wir|uns|unser\w*|meu|minha|nós|nosso|nossa|io|mio|mia|miei|noi|nostr[oaie])\b)")


def _stems(text: str) -> list[str]:
    """Content words as five-letter stems (words of four letters or more, function words left out)."""
    return [w[:5] for w in (w.lower() for w in _LETTERS.findall(text)) if len(w) >= 4 and w not in _FUNCTION]


def detect_non_sequitur(text: str, prompt: str = "", min_words: int = 30, min_stems: int = 15) -> str | None:
    """A note when a prose paragraph of ``text`` has no topic in common with the prompt or the rest of the answer and
    none of its own (see the module), else None."""
    if "\n" not in text or (prompt and (_CREATIVE_ASKED.search(prompt) or _DIGRESSION_ASKED.search(prompt))):
        return None
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    if len(paragraphs) < 2:
        return None
    stems = [_stems(p) for p in paragraphs]
    for i, paragraph in enumerate(paragraphs):
        own = set(stems[i])
        if ("\n" in paragraph or len(own) < min_stems or len(own) < len(stems[i]) or _STRUCTURED.match(paragraph)
                or len(_LETTERS.findall(paragraph)) < min_words or _FIRST_PERSON.search(paragraph)):
            continue
        rest = set().union(*(set(s) for j, s in enumerate(stems) if j != i))
        # an answer of its own around the paragraph: a letter's salutation and signature are no topic to stray from
        if len(rest) >= min_stems and not own & (rest | set(_stems(prompt))):
            return f"a paragraph with no topic: {len(own)} content words, none in the prompt, the rest or twice"
    return None


class NonSequitur(DetectorHook):
    """:func:`detect_non_sequitur` as a detector: a penalty (see the module: not precise enough for a
    veto), and a second reading: it fires only where none of the hooks named in ``second_to`` (by
    default every other detector) fired earlier in the chain, so a hack is penalised once."""

    name = "non_sequitur"

    def __init__(self, min_words: int = 30, min_stems: int = 15, second_to: Sequence[str] = SECOND_TO,
                 action: str = "penalty", penalty: float = 0.5, veto_reward: float = 0.0, name: str | None = None):
        super().__init__(action, penalty, veto_reward, name)
        if isinstance(second_to, str) or not all(isinstance(n, str) for n in second_to):
            raise ConfigError(f"shaping hook {self.name!r}: second_to={second_to!r}; expected a list of hook names")
        for key, value in (("min_words", min_words), ("min_stems", min_stems)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"shaping hook {self.name!r}: {key}={value!r}; expected a whole number >= 1")
        self.min_words, self.min_stems, self.second_to = min_words, min_stems, frozenset(second_to)

    def detect(self, x: ShapeInput) -> str | None:
        if self.second_to & x.fired:
            return None
        return detect_non_sequitur(x.response, prompt_text(x.record), self.min_words, self.min_stems)
