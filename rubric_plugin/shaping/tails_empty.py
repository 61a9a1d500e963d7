"""Junk tails that say nothing in sentence form (read by :func:`.tails.detect_junk_tail`, a penalty): the kinds of filler
the comma-list and loop readings of :mod:`.tails` pass over.

* :func:`empty_run`: fifteen words or more in a row with no content word at all: function words, fillers, particles,
  connectives and vague placeholders ("el la de que y en un una ...", "Natürlich jedenfalls sozusagen eigentlich halt eben
  doch mal ...", "blah blah, yada yada, and so on and so forth, etc etc"). Prose, in any of these languages, names
  something every few words;
* :func:`phrase_stuffing`: one two-word phrase of content words with a praise word in it said five times or more within
  sixty words, a quarter of them or more ("Great question! What a great question. That really is a great question ...";
  "excelente respuesta"), or any such phrase six times over nearly half the words (an SEO keyword): stuffed, not a
  topic named;
* :func:`restated_run`: four sentences in a row in one paragraph that say the same clause after a different
  discourse marker ("In conclusion, the answer is as stated. To sum up, the answer is as stated. ...");
* :func:`long_loop`: a unit of five to twelve different words said back to back two and a half times or more over
  eighteen words or more, within a line (a word pair list pasted over and over: "Haus maison Baum arbre ...");
* :func:`stepped_run`: thirty bare numbers or more with one constant step (0.1 0.2 0.3 ...; 5 10 15 ...), a count in
  other units, where the prompt asks for no count (:func:`.loops_asked.count_asked`).

What a prompt asks for is content: function words or particles (a grammar lesson), keywords, a chant, a count.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from rubric_plugin.shaping.repetition import _FUNCTION
from rubric_plugin.shaping.tails_lexicon import CONNECTIVES, FUNCTION_WORDS, PRAISE, _phrases

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # "c'est", "don't": two words, as the lexicons hold them
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")

#: grammar words beyond :data:`.repetition._FUNCTION` and :data:`.tails_lexicon.FUNCTION_WORDS`: pronouns, auxiliaries,
#: determiners, prepositions and conjunctions of the languages the lexicons read
GRAMMAR_WORDS = frozenset(_FUNCTION | FUNCTION_WORDS | set(_phrases(
    "me|him|us|them|mine|yours|hers|ours|theirs|myself|yourself|itself|am|been|being|does|did|doing|would|could|should|"
    "shall|may|might|must|these|those|some|any|all|each|every|both|either|neither|such|same|other|another|into|onto|upon|"
    "about|above|below|over|under|after|before|between|through|during|without|within|along|among|around|against|toward|"
    "towards|nor|because|although|though|while|whereas|unless|until|since|whether|where|when|why|how|whom|whose|here|"
    "aber|oder|wie|was|wer|wo|es|sie|er|ihr|du|man|zum|zur|vom|beim|ins|ans|het|een|van|maar|"
    "don|t|s|ll|re|ve|d|m|isn|aren|doesn|didn|won|couldn|wouldn|shouldn|c|l|j|n|qu|ça|cela|tout|tous|"
    "как|это|то|же|ли|а|но|да|нет|że|się|w|z|na|do|ale|po",
)))
#: words that name nothing and carry no grammar either: single-word discourse markers, spoken fillers, modal particles
#: and vague placeholders ("blah", "yada", "etc")
FILLER_WORDS = frozenset({p for p in CONNECTIVES if " " not in p} | set(_phrases(
    "just|very|quite|rather|even|ever|never|always|um|uh|er|erm|hmm|ah|oh|okay|ok|right|well|like|kinda|sorta|yeah|yep|"
    "know|mean|guess|forth|on|blah|bla|yada|yadda|etc|etcetera|cetera|whatever|stuff|whatnot",
    "halt|eben|doch|mal|ja|schon|wohl|eh|quasi|irgendwie|sozusagen|eigentlich|jedenfalls|nun|denn|naja|äh|ähm|gell|"
    "weiter|fort|usw|usf|bzw|ganz|gar|nur|noch|sowieso|eigenlijk|gewoon|nou|toch|dus|wel|zeg|enzovoort|enz",
    "bon|ben|bah|euh|hein|quoi|voilà|voila|genre|alors|enfin|bref|blabla|patati|patata|pues|bueno|vale|entonces|digamos|"
    "tipo|osea|etcétera|cioè|allora|insomma|dunque|boh|ecco|praticamente|diciamo|eccetera|então|né|pois|bem|assim|tá|aí",
    "ну|вот|типа|короче|значит|бы|самое|блин|вообще|просто|уж|ведь|мол|wiesz|jakby|znaczy|więc|prostu",
)))
#: words that name nothing: grammar and filler
EMPTY_WORDS = GRAMMAR_WORDS | FILLER_WORDS

#: a prompt that asks for function words, particles or fillers (a grammar lesson): a list of them is the answer
EMPTY_ASKED = re.compile(r"\b(?:articles?|prepositions?|pronouns?|conjunctions?|determiners?|particles?|function\s+words?|stop\s*words?|"
                         r"fillers?|interjections?|grammar|grammatical|connectives?|transition\w*|artículos|preposiciones|"
                         r"partikeln?|präpositionen|pronoms|prépositions|частиц\w*|предлог\w*|союз\w*|междомет\w*|слов\w*-паразит\w*|паразит\w*|"
                         r"muletillas?|tics?\s+de\s+langage|mots?\s+de\s+remplissage|füllwörter\w*|interjecci\w*|interjekt\w*)\b"
                         r"|口癖|口头禅|感叹词|感動詞|間投詞", re.IGNORECASE)


def empty_run(text: str, prompt: str = "", min_words: int = 15, min_grammar: int = 24, fillers: float = 0.4) -> int:
    """Words in the longest run, within a sentence (commas read through), none of which is a content word
    (:data:`EMPTY_WORDS`): ``min_words`` or more, seven in ten of them fillers or particles, or with some word said three
    times and ``fillers`` of them fillers (ten words will do when eight in ten are fillers and one is said thrice), or ``min_grammar`` or more of any (grammar alone: "it is what it is, and that is all there is to it"
    has sixteen, pasted articles and prepositions dozens); 0 when none, or where the prompt asks for such words."""
    if prompt and EMPTY_ASKED.search(prompt):
        return 0
    best = 0
    for line in _SENTENCE.findall(text):
        run: list[str] = []
        for w in [*(w.lower() for w in _WORD.findall(line)), ""]:
            if w and w in EMPTY_WORDS:
                run.append(w)
                continue
            if len(run) >= min_words and len(run) > best:
                filled = sum(w in FILLER_WORDS and w not in GRAMMAR_WORDS for w in run)
                thrice = max(Counter(run).values()) >= 3
                if (thrice and (len(run) >= min_grammar or filled >= fillers * len(run))) or filled >= 0.7 * len(run):
                    best = len(run)
            elif len(run) >= 10 and len(run) > best and max(Counter(run).values()) >= 3:
                if sum(w in FILLER_WORDS and w not in GRAMMAR_WORDS for w in run) >= 0.8 * len(run):  # "voilà, bref, voilà ..."
                    best = len(run)
            run = []
    return best


def phrase_stuffing(text: str, min_repeats: int = 5, window: int = 60, share: float = 0.25, bare_repeats: int = 6,
                    bare_share: float = 0.45) -> int:
    """Times the most stuffed two-word phrase of content words is said within ``window`` words: ``min_repeats`` times or
    more over ``share`` of the words or more when one of its words is praise ("great question", "excellent answer"),
    ``bare_repeats`` times over ``bare_share`` otherwise (a topic is named, not stuffed: "machine learning" five times
    in forty words is an explanation); 0 when none."""
    best = 0
    for line in text.split("\n"):  # within a line: a log repeats its lines
        words = [w.lower() for w in _WORD.findall(line)]
        if len(words) < 2 * min_repeats:
            continue
        where: dict[tuple[str, str], list[int]] = {}
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if a not in EMPTY_WORDS and b not in EMPTY_WORDS and a != b and len(a) > 2 and len(b) > 2:
                where.setdefault((a, b), []).append(i)
        for pair, spots in where.items():
            if len(spots) < min_repeats:
                continue
            need, part = (min_repeats, share) if pair[0] in PRAISE or pair[1] in PRAISE else (bare_repeats, bare_share)
            j = 0
            for k in range(len(spots)):  # the most sayings within a window of ``window`` words
                while spots[k] - spots[j] >= window:
                    j += 1
                said, span = k - j + 1, spots[k] - spots[j] + 2
                if said >= need and 2 * said >= part * max(span, 20):
                    best = max(best, said)
    return best


_MARKER_WORDS = 5


def _core(sentence: str) -> str:
    """The sentence's words after the longest discourse marker that opens it (up to five words), or '' when none does."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    for k in range(min(_MARKER_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[:k]) in CONNECTIVES:
            return " ".join(words[k:])
    return ""


def restated_run(text: str, min_sentences: int = 4, min_core: int = 2) -> int:
    """Sentences in the longest run, within a paragraph, that open with a discourse marker (at least two different ones)
    and say the same clause after it ("To conclude, the answer is as stated. In short, the answer is as stated."); 0
    below ``min_sentences``."""
    best = 0
    for line in text.split("\n"):
        run, prev, openers = 0, None, set()
        for sentence in _SENTENCE.findall(line):
            core = _core(sentence)
            opener = sentence.lower()[:len(sentence) - len(core)] if core else ""
            if core and len(core.split()) >= min_core and core == prev:
                run += 1
                openers.add(opener)
            else:
                run, openers = (1, {opener}) if core and len(core.split()) >= min_core else (0, set())
            prev = core or None
            if run >= min_sentences and len(openers) >= 2:
                best = max(best, run)
    return best


def long_loop(words: Sequence[str], min_unit: int = 5, max_unit: int = 12, times: float = 2.5, min_words: int = 18) -> int:
    """Words in the longest back-to-back repetition of a unit of ``min_unit`` to ``max_unit`` different words that runs
    ``times`` units or more and ``min_words`` words or more; 0 when none."""
    best = 0
    for p in range(min_unit, max_unit + 1):
        same = 0
        for i in range(p, len(words)):
            same = same + 1 if words[i] == words[i - p] else 0
            length = same + p
            if length >= max(times * p, min_words) and length > best and len(set(words[i - p + 1:i + 1])) == p:
                best = length
    return best


_BARE_NUMBERS = re.compile(r"(?<![\w.,])-?\d+(?:\.\d+)?(?:(?:[^\S\n]*[,;][^\S\n]*|[^\S\n]+)-?\d+(?:\.\d+)?){29,}(?![\w.,]\w)")


#: a colon just before a run ("Running total, in dollars:", "sizes run: 35 35.5 ..."): the run is the data it introduces
_INTRODUCED = re.compile(r":[^\S\n]*(?:\n[^\S\n]*){0,2}\Z")


def stepped_run(text: str, min_terms: int = 30, introduced: int = 0) -> int:
    """Terms in the longest run of ``min_terms`` bare numbers or more (spaces, commas or semicolons between them) that
    step by one constant amount (a count in tenths, in fives, down by twos); 0 when none. A run a colon introduces (leap
    years, a running total, a size chart) counts only from ``introduced`` terms when that is given."""
    best = 0
    for m in _BARE_NUMBERS.finditer(text):
        need = max(min_terms, introduced) if introduced and _INTRODUCED.search(text, max(0, m.start() - 8), m.start()) else min_terms
        values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", m.group(0))]
        run, step = 1, None
        for a, b in zip(values, values[1:]):
            d = round(b - a, 6)
            run, step = (run + 1, step) if d and d == step else (2, d)
            if run >= need:
                best = max(best, run)
    return best
