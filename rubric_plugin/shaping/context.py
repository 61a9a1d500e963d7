"""What the prompt asks for: the context that tells an ordinary answer from a hacking attempt.

A detector's match is *requested* when the prompt itself contains the matched words in the same
order (the user asked for that sentence, that tag, that JSON key), and a *topic* is the prompt's when
it mentions one of a few words (a letter to a judge, a song with a chorus, an XML answer). Both
are pure functions of text; :func:`prompt_text` collects the record's messages once.
"""
from __future__ import annotations

import re
from typing import Iterable

from rubric_plugin.schema import RubricRecord

_WORD = re.compile(r"\w+", re.UNICODE)
#: Quoted spans: "...", “...”, «...», '...' (an apostrophe inside a word does not open a quote).
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|(?<!\w)'[^'\n]*'(?!\w)")


def prompt_text(record: RubricRecord) -> str:
    """Every message of the conversation (system, user and earlier assistant turns), one per line."""
    return "\n".join(m.content for m in record.messages)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def requested(span: str, prompt: str) -> bool:
    """True when the words of ``span`` occur in ``prompt`` in the same order, as one run."""
    needle = words(span)
    if not needle or not prompt:
        return False
    return f" {' '.join(needle)} " in f" {' '.join(words(prompt))} "


def mentions(prompt: str, pattern: re.Pattern) -> bool:
    return bool(prompt) and bool(pattern.search(prompt))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech: every quoted span but the keys and values of JSON-like data ("key": value)."""
    return [m.span() for m in QUOTED.finditer(text)
            if not (re.match(r"\s*:", text[m.end():]) or re.search(r"[:{\[]\s*$", text[max(0, m.start() - 3):m.start()])
                    or re.search(r",\s*$", text[max(0, m.start() - 3):m.start()]) and re.match(r"\s*[,\]}]", text[m.end():]))]


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech in prose: every quoted span but a JSON key or a value after a quoted key, a brace, a bracket or a
    list's comma (a quote after a colon in prose, "she read the letter aloud: \"...\"", or after a comma that follows
    a word, "the robot whispered, \"...\"", is speech)."""
    return [m.span() for m in QUOTED.finditer(text)
            if not (re.match(r"\s*:", text[m.end():]) or re.search(r"(?:[\"'][^\"'\n]{0,40}[\"']\s*:|[{\[]|[\"'\d\]}]\s*,)\s*$",
                                                                 text[max(0, m.start() - 45):m.start()]))]


#: the prompt asks for code or structured data (a JSON payload, an XML document, a grading function)
_DATA_ASKED = re.compile(r"\b(?:json|xml|yaml|toml|csv|sql|html|schema|payload|api|endpoint|backend|python|javascript|typescript|"
                         r"function|class|script|code|program)\b", re.IGNORECASE)
#: the verifier's own verdict words (it answers yes / no per criterion)
_VERIFIER_WORD = re.compile(r"[:=>\]]\s*\**\s*[\"'“]?\s*(?:all\s+)?(?:yes|no|satisfied|met)\b", re.IGNORECASE)


#: field and element names of a scorer's output: an object made only of these imitates a verdict
_SCORER_KEY = re.compile(r"^(?:verdict|score|scores|grade|grading|pass(?:ed)?|result|reason(?:ing)?|rating|criteri\w*|rubric\w*|judg\w*|"
                         r"evaluation|assessment|feedback|justification|explanation|label|status|ok|correct|decision|outcome)$",
                         re.IGNORECASE)
_OPEN_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)[^<>]*?(/?)>")


_FENCED = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
#: void and self-standing HTML elements (never a parent), and "<" after a name (generics: List<Integer>)
_VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "base", "col", "embed", "param", "track"}


def _leading_document_end(text: str) -> int:
    """The end of the JSON or XML document that starts the answer (0 when the answer starts otherwise)."""
    lead = len(text) - len(text.lstrip())
    if lead >= len(text):
        return 0
    if text[lead] in "{[":
        depth, quote = 0, ""
        for i in range(lead, len(text)):
            c = text[i]
            if quote:
                quote = "" if c == quote and text[i - 1] != "\\" else quote
            elif c in "\"'":
                quote = c
            elif c in "{[":
                depth += 1
            elif c in "}]":
                depth -= 1
                if depth == 0:
                    return i + 1
        return len(text)
    root = re.match(r"(?:<[?!][^>]*>\s*)*<([A-Za-z][\w:.-]*)[^<>]*>", text[lead:])
    if not root:
        return 0
    closes = [m.end() for m in re.finditer(r"</" + re.escape(root.group(1)) + r"\s*>", text)]
    return lead + len(text[lead:]) if not closes else closes[-1]


_CODE_START = re.compile(r"(?:def|class|import|from|function|const|let|var|public|private|package|using|#include|fn|func)\s")


def _in_asked_data(text: str, pos: int) -> bool:
    """``pos`` lies in a fenced code block or in the JSON / XML document that starts the answer: the data the prompt asked
    for, not text appended after it."""
    if any(m.start() <= pos < m.end() for m in _FENCED.finditer(text)) or pos < _leading_document_end(text):
        return True
    # an unfenced program that starts the answer: its first block, up to the first blank line
    lead = text.lstrip()
    first = len(text) - len(lead) + (lead.find("\n\n") if "\n\n" in lead else len(lead))
    return bool(_CODE_START.match(lead)) and pos < first


def own_data_verdict(text: str, start: int, end: int, prompt: str) -> bool:
    """A verdict field (``"verdict": "pass"``, ``<verdict>fail</verdict>``) of code or data the prompt asks for: valued in the
    data's own words rather than the verifier's yes / no, and part of the data (an object with fields of its own, an element
    nested in a document and closed after it, a value computed from a comparison), inside a fenced code block or a JSON / XML
    document that starts the answer; not a scorer's output appended to the answer."""
    if not prompt or not _DATA_ASKED.search(prompt) or _VERIFIER_WORD.search(text[start:end]) or not _in_asked_data(text, start):
        return False
    if text[start] in "<[":
        opened: list[str] = []
        for m in _OPEN_TAG.finditer(text, 0, start):
            if m.group(3) or m.group(2).lower() in _VOID or m.start() and re.match(r"\w", text[m.start() - 1]):
                continue
            if m.group(1):
                if opened and opened[-1].lower() == m.group(2).lower():
                    opened.pop()
            else:
                opened.append(m.group(2))
        return any(not _SCORER_KEY.match(n) and re.search(r"</" + re.escape(n) + r"\s*>", text[end:]) for n in opened)
    if re.match(r"[\"']?\s*if\s+(?!(?:True|False|None|1|0)\b)[A-Za-z_][\w.\[\]'\"()]*\s*(?:[<>]=?|[=!]=|\bin\b|\bis\b)", text[end:]) \
            or re.search(r"[A-Za-z_][\w.\[\]]*\s*(?:[<>]=?|[=!]==?)\s*[\w.]+\s*\?\s*[\"']?$", text[max(0, start - 60):start + 1]):
        return True  # computed: "pass" if score >= pass_mark else "fail"
    left, right = text.rfind("{", 0, start), text.find("}", end)
    keys = re.findall(r"[\"'](\w+)[\"']\s*:", text[left + 1:right if right >= 0 else len(text)]) if left >= 0 else []
    return any(not _SCORER_KEY.match(k) for k in keys)


def inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


#: the prompt asks for a letter, an email or a note to someone (in a few languages)
_LETTER_ASKED = re.compile(r"\b(?:letter|e-?mail|note|message|memo|card|reply\s+to|respond\s+to|lettera|carta|correo|lettre|courriel|brief|nachricht)\b",
                           re.IGNORECASE)
_SALUTATION = re.compile(r"\A\s*(?:subject:[^\n]*\n\s*)?(?:dear|hi|hello|to|your\s+honou?r|the\s+honou?rable|gentile|egregi[oa]|car[oa]|querid[oa]s?|estimad[oa]s?|"
                         r"cher|chère|madame|monsieur|liebe[rs]?|sehr\s+geehrte[rs]?|hallo)\b[^\n]{0,80}\n", re.IGNORECASE)
_CLOSING = re.compile(r"^\s*(?:sincerely|yours|best|kind\s+regards|warm\s+regards|regards|many\s+thanks|thanks|thank\s+you|cheers|"
                      r"with\s+gratitude|cordiali\s+saluti|distinti\s+saluti|saludos|atentamente|cordialement|bien\s+à\s+vous|"
                      r"mit\s+freundlichen\s+grüßen|viele\s+grüße)\b[^\n]{0,40}$", re.IGNORECASE | re.MULTILINE)


#: a salutation opening any line of the answer's head ("Here's a draft:\n\nDear Professor Lee,"); a bare "To" is left out
_SALUTATION_LINE = re.compile(r"^[^\S\n]*(?:dear|hi|hello|your\s+honou?r|the\s+honou?rable|gentile|egregi[oa]|car[oa]|querid[oa]s?|"
                              r"estimad[oa]s?|cher|chère|madame|monsieur|liebe[rs]?|sehr\s+geehrte[rs]?|hallo)\b[^\n]{0,80}\n",
                              re.IGNORECASE | re.MULTILINE)


def letter_body(text: str, prompt: str, lead_in: bool = False) -> tuple[int, int] | None:
    """The body of a letter the prompt asks for, between its salutation and its closing line: there,
    "your instructions" are the addressee's (a doctor's, a landlord's), not the prompt's. A claim
    before the salutation or after the closing is outside the letter. The salutation opens the answer
    (after a subject line); with ``lead_in``, it may open any line of the first 400 characters (the answer
    introduces its draft first)."""
    if not prompt or not _LETTER_ASKED.search(prompt):
        return None
    head = _SALUTATION.match(text) or (_SALUTATION_LINE.search(text, 0, 400) if lead_in else None)
    closings = [m for m in _CLOSING.finditer(text) if head and m.start() >= head.end()]
    return (head.end(), closings[-1].start()) if head and closings else None
