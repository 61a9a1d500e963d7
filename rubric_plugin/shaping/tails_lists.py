"""Junk tails in list form (read by :func:`.tails.detect_junk_tail`, a penalty): filler laid out as lines, as words in a
row with no punctuation, or as short exclamations, which the comma-list readings of :mod:`.tails` do not split.

* :func:`marker_lines`: six lines or more in a row, each a discourse marker alone ("- Furthermore" / "Moreover" / ...),
  or a run of eight markers or more written one after another with only spaces between them;
* :func:`keyword_run`: twelve words or more in a row (of three letters or more) with no grammar word and no
  punctuation (``#`` aside), each word said nearly twice on average ("robust scalable seamless robust scalable ..."; "bridges expansion joints best bridges
  expansion joints guide ..."): keywords stuffed, not a sentence;
* :func:`keyword_list`: twelve comma-separated items or more of one to three words, half of them or more said before
  ("bridge, expansion joint, bridge, deck, bridge, ...");
* :func:`one_word_run`: one word said ten times or more in a row ("yes yes yes ..."), or five times for a word that
  closes or approves ("правильно", "Zusammenfassend", "(continued)"), the same marks between each two;
* :func:`items_checked`: the items of a list the prompt asks to check, whose verdicts are said once each;
* :func:`keyword_label_list`: a "Keywords:", "Tags:" or "SEO:" line (in about twenty languages), or a line of hashtags
  alone, of six items or more, two thirds of them naming nothing the answer or the prompt speaks of;
* :func:`sentence_thrice`: a sentence of six words or more said three times or more back to back;
* :func:`exclamation_run`: ten short exclamations or more in a row (a word or two each, "Thank you! Gracias! Merci!
  ..."), or eight with one said twice, or six formulas of assent ("Certainly! Of course! Happy to help! ...").

What the prompt asks for (transition words, keywords or tags, phrases in other languages, a chant) is content.
"""
from __future__ import annotations

import re
from collections import Counter

from rubric_plugin.shaping.tails_empty import GRAMMAR_WORDS
from rubric_plugin.shaping.tails_lexicon import (APPROVAL, CONNECTIVES, KEYWORD_LABEL, KEYWORDS_ASKED, KEYWORDS_DOC_ASKED,
                                                 NUMBER_WORDS)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
_BULLET = re.compile(r"^\s*(?:[-*•+>]|\d{1,3}[.)]|[a-z][.)])?\s*", re.IGNORECASE)
_LONGEST_MARKER = max(len(p.split()) for p in CONNECTIVES)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def marker_lines(text: str, min_lines: int = 6, min_words: int = 8) -> int:
    """Markers in the longest run of lines that each hold a discourse marker alone (a bullet or a number before it and
    a mark after it allowed), or of markers written one after another with spaces between them; 0 when none."""
    best = run = 0
    for line in text.split("\n"):
        item = _norm(_BULLET.sub("", line))
        if not item:
            continue
        run = run + 1 if item in CONNECTIVES else 0
        if run >= min_lines:
            best = max(best, run)
    for line in text.split("\n"):  # markers back to back: the longest marker at each word, greedily
        words = _norm(line).split()
        i = count = 0
        while i < len(words):
            for k in range(min(_LONGEST_MARKER, len(words) - i), 0, -1):
                if " ".join(words[i:i + k]) in CONNECTIVES:
                    count, i = count + 1, i + k
                    break
            else:
                if count >= min_words:
                    best = max(best, count)
                count, i = 0, i + 1
        if count >= min_words:
            best = max(best, count)
    return best


#: opened only at a word's start, each word taken whole (possessive): linear on 40 KB with no space in it
_BARE_RUN = re.compile(r"(?<![\w#])(?:#?[^\W\d_]++[^\S\n]+){11,}#?[^\W\d_]++", re.UNICODE)


def keyword_run(text: str, min_words: int = 12, share: float = 0.6) -> int:
    """Words in the longest run of ``min_words`` or more with only spaces between them, none a grammar word, that uses
    no more than ``share`` of them as distinct words; 0 when none."""
    best = 0
    for m in _BARE_RUN.finditer(text):
        run: list[str] = []
        for w in [*(w.lstrip("#").lower() for w in m.group(0).split()), ""]:
            if len(w) >= 3 and w not in GRAMMAR_WORDS:  # a chord chart's "C G Am F" is no keyword
                run.append(w)
                continue
            if len(run) >= min_words and len(set(run)) <= share * len(run):
                best = max(best, len(run))
            run = []
    return best


_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def keyword_list(text: str, min_items: int = 12, max_words: int = 3, share: float = 0.5) -> int:
    """Items in the longest comma-separated list of ``min_items`` or more short items (one to ``max_words`` words) of
    which ``share`` or more repeat an earlier item, one of them four times or more; 0 when none."""
    best = 0
    for sentence in _SENTENCE.findall(text):
        if sentence.count(",") + sentence.count("，") < min_items - 1:
            continue
        items = [_norm(i) for i in re.split(r"[,，]", sentence)]
        items = [i for i in items if i]
        if len(items) < min_items or any(len(i.split()) > max_words for i in items):
            continue
        counts = Counter(items)
        if len(items) - len(counts) >= share * len(items) and max(counts.values()) >= 4:
            best = max(best, len(items))
    return best


_CELL_SEPARATORS = frozenset(",;|\t")


def one_word_run(text: str, min_times: int = 10, approval_times: int = 5) -> int:
    return word_run(text, min_times, approval_times)[0]


def word_run(text: str, min_times: int = 10, approval_times: int = 5) -> tuple[int, str]:
    """``(times, word)`` of the longest run of one word said over and over, with at most two kinds of marks between each two
    (numbers masked: "yes yes yes", "(continued) (continued)", "answer answer. answer answer.", "Step 1. Step 2."); 0
    below ``min_times``, or below ``approval_times`` for a word that closes or approves (:data:`.tails_lexicon.APPROVAL`:
    "правильно", "Zusammenfassend", "good"). A word said again with other marks each time is a sentence about it ("'had
    had' had had"), and a line break or a bare comma, semicolon, bar or tab (a row of data) ends a run."""
    best, said = 0, ""
    run, prev, prev_end, seps = 0, None, 0, set()
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        between = text[prev_end:m.start()]
        sep = _DIGITS.sub("0", " ".join(between.split()))
        if between in _CELL_SEPARATORS:  # "yes,yes,yes" or "yes|yes|yes": a row of data
            run, seps = 1, set()
        elif w == prev and "\n" not in between and (sep in seps or len(seps) < 2):
            run, seps = run + 1, seps | {sep}
        elif w == prev and "\n" not in between:
            run, seps = 2, {sep}
        else:
            run, seps = 1, set()
        prev, prev_end = w, m.end()
        if (run >= min_times or (run >= approval_times and w in APPROVAL)) and run > best:
            best, said = run, w
    return best, said


#: "N times" in other languages ("dix fois", "diez veces", "zwölfmal", "десять раз"); English is :func:`.loops_asked.named_count`'s
_TIMES_I18N = re.compile(r"\b(\d{1,4}|[^\W\d_]+)[^\S\n]*(?:fois|veces|mal|volte|vezes|раза?|razy|kez|keer|kali)\b", re.IGNORECASE)
_COUNTS = {w: i + 1 for order in NUMBER_WORDS[:-2] for w, i in order.items()}  # cardinals (not ordinals or numerals)


def times_named(prompt: str) -> int:
    """The largest count of times the prompt names in French, Spanish, German, Italian, Portuguese, Russian, Polish,
    Turkish, Dutch or Indonesian ("dix fois", "zwölfmal"); 0 when none."""
    return max((int(n) if n.isdigit() else _COUNTS.get(n.lower(), 0) for n in _TIMES_I18N.findall(prompt)), default=0)


#: a prompt that asks to check, grade or correct the user's answers ("Check my answers: ...", "Corrige mes réponses : ...")
_CHECK_ASKED = re.compile(r"\b(?:check\w*|grad(?:e|ing)|mark(?:ing)?|correct(?:ion)?|verif\w*|corrig\w*|revis\w*|prüf\w*|"
                          r"überprüf\w*|kontrollier\w*|провер\w*|controll\w*|confer\w*|sprawdź\w*|provjer\w*|kontrol\w*)\b"
                          r"|检查|批改|確認|採点", re.IGNORECASE)
_COLON = re.compile(r"[:：]")
_CHECKED_ITEMS = re.compile(r"[,;，；\n]|(?:^|\s)\d{1,2}[.)]\s")
#: the most words an item of a list to check has on average (answers, statements); prose has more between its commas
MAX_ITEM_WORDS = 7
#: a sentence's end followed by the next sentence on the same line (prose, not a list of answers one a line)
_SENTENCE_START = re.compile(r"[.!?。！？][ \t]+[^\W\d_]")


def items_checked(prompt: str) -> int:
    """The items of a list the prompt asks to check, grade or correct (after its colon: five answers, five statements),
    whose verdicts ("Vrai. Vrai. Vrai.", "Right, right, right") are said once each; 0 when it asks for no such check."""
    m = _CHECK_ASKED.search(prompt)
    if not m:
        return 0
    colon = _COLON.search(prompt, m.start())  # the first colon after it, ASCII or full-width
    if not colon:
        return 0
    region = prompt[colon.start() + 1:]
    items = [i for i in _CHECKED_ITEMS.split(region) if _WORD.search(i) or _DIGITS.search(i)]
    # a list of answers is short items; prose to check ("Please check my essay: ...") is sentences, whose commas
    # license no verdict each
    words = sum(len(_WORD.findall(i)) for i in items)
    if not items or words > MAX_ITEM_WORDS * len(items) or (words > 40 and len(_SENTENCE_START.findall(region)) >= 2):
        return 0
    return len(items)


def _stems(text: str) -> Counter:
    """Words of three letters or more, cut to their first five, with how often each is said."""
    return Counter(w[:5] for w in _WORD.findall(text.lower()) if len(w) >= 3)


#: a line of hashtags alone ("#best #answer #quality ..."): a keyword list with no label; its match is empty, the
#: line is its items
_HASHTAG_LINE = re.compile(r"^(?=[^\S\n]*#[^\W\d_][^\s#]*(?:[^\S\n]+#[^\W\d_][^\s#]*)+[^\S\n]*$)", re.MULTILINE)


def keyword_label_list(text: str, prompt: str = "", min_items: int = 6, share: float = 2 / 3) -> int:
    """Items of the longest list a keyword label introduces ("Keywords: ...", "Tags: ...", "关键词：..."), ``min_items``
    or more, of which ``share`` or more name nothing the answer or the prompt speaks of: keywords pasted for a grader, not
    an abstract's or a post's index of itself; 0 when none, or where the prompt asks for keywords, tags or a document
    that carries them."""
    if prompt and (KEYWORDS_ASKED.search(prompt) or KEYWORDS_DOC_ASKED.search(prompt)):
        return 0
    best, said = 0, None
    for m in (*KEYWORD_LABEL.finditer(text), *_HASHTAG_LINE.finditer(text)):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        rest = text[m.end():end]
        items = [i for i in re.split(r"[,，、;；|/]", rest) if _WORD.search(i)]
        if rest.lstrip().startswith("#"):  # hashtags: each tag an item
            items = rest.split()
        if len(items) < 2:  # words with spaces between them: each word an item
            items = _WORD.findall(rest)
        if len(items) < min_items:
            continue
        # what the rest of the answer and the prompt say: every stem counted once over both, less the label's own line
        # (a recount per label would be quadratic in an answer of a thousand such lines)
        said = said if said is not None else _stems(text) + _stems(prompt)
        own = _stems(text[m.start():end])
        foreign = sum(not any(said[w[:5]] > own[w[:5]] for w in _WORD.findall(i.lower())) for i in items)
        if foreign >= share * len(items):
            best = max(best, len(items))
    return best


def sentence_thrice(text: str, min_words: int = 6, max_words: int = 40, min_repeats: int = 3) -> int:
    """Repeats of the longest back-to-back repetition, within a line, of a unit of ``min_words`` to ``max_words`` words
    (a sentence said again and again); 0 below ``min_repeats``."""
    best = 0
    for line in text.split("\n"):
        words = [w.lower() for w in _WORD.findall(line)]
        for p in range(min_words, min(max_words, len(words) // min_repeats) + 1):
            same = 0
            for i in range(p, len(words)):
                same = same + 1 if words[i] == words[i - p] else 0
                if same // p + 1 >= min_repeats and len(set(words[i - p + 1:i + 1])) >= min_words:
                    best = max(best, same // p + 1)
    return best


_EXCLAIMED = re.compile(r"[^\W\d_]++(?:[^\S\n][^\W\d_]++)?!+")
_EXCLAMATIONS = re.compile(r"(?<!\w)(?:" + _EXCLAIMED.pattern + r"[^\S\n]*){8,}")
#: an exclamation of up to three words, and six or more of them in a row
_ASSENTED = re.compile(r"¡?[^\W\d_]++(?:[^\S\n][^\W\d_]++){0,2}!+")
_ASSENTS = re.compile(r"(?<!\w)(?:" + _ASSENTED.pattern + r"[^\S\n]*){6,}")
#: formulas of assent and service a chat answer opens with, beyond :data:`.tails_lexicon.APPROVAL`'s single words
ASSENT = frozenset(_norm(p) for p in (
    "of course|sure thing|happy to help|glad to help|here you go|here it is|no problem|with pleasure|you bet|will do|"
    "por supuesto|con gusto|claro que sí|aquí tienes|sin problema|bien sûr|avec plaisir|pas de problème|voilà|"
    "natürlich|gerne|sehr gerne|selbstverständlich|kein problem|bitte schön|certo|volentieri|ecco|com certeza|"
    "com prazer|claro|конечно|с удовольствием|пожалуйста|без проблем|oczywiście|z przyjemnością|tabii|memnuniyetle|"
    "tentu|dengan senang hati|siap|bila shaka|karibu").split("|"))


def exclamation_run(text: str, min_items: int = 10, repeated: int = 8, assents: int = 6) -> int:  # ``repeated``: at least the 8 of _EXCLAMATIONS
    """Exclamations in the longest run of a word or two each, spaces between them ("Thank you! Gracias! Merci!"),
    ``min_items`` or more, or ``repeated`` or more with one said twice, or of up to three words each, ``assents`` or
    more with two thirds of them formulas of assent or approval ("Certainly! Of course! Happy to help! ..."); 0 when
    none."""
    best = 0
    for m in _EXCLAMATIONS.finditer(text):
        items = [i.rstrip("!").lower() for i in _EXCLAIMED.findall(m.group(0))]
        if len(items) >= min_items or max(Counter(items).values()) >= 2:
            best = max(best, len(items))
    for m in _ASSENTS.finditer(text):
        items = [_norm(i) for i in _ASSENTED.findall(m.group(0))]
        if len(items) >= assents and 3 * sum(i in ASSENT or i in APPROVAL for i in items) >= 2 * len(items):
            best = max(best, len(items))
    return best
