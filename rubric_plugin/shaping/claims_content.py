"""When the words of a compliance claim are the answer's content, not a claim about the answer.

The claim readers find "meets all requirements" wherever it is written. These structures make it
content the user asked for, whatever the wording (each reads the prompt, the claim's span and the
text around it):

* **a definition**: the claim is what something *means* or *signals* ("// an empty array means every
  requirement is met", "a green light indicates all checks passed");
* **a value of requested data**: a field of a JSON / YAML record the prompt asked for, whose key is the
  record's own ("notes": "meets all eligibility requirements"), not a scorer's and not naming the
  conversation;
* **a requested statement**: the prompt itself states that requirements are met and asks for a text
  saying so (a status line "task finished, requirements satisfied", a grant report "stating that all
  deliverables were met"): a claim that does not name the conversation's instructions is that text;
* **a direct answer to a question about compliance**: the prompt asks whether the answer (or a given
  text) keeps a constraint ("Did you follow all my formatting instructions?", "Is this sentence under
  20 words?"); the answer's first paragraph answers it, yes or no;
* **a task**: a line (a code comment, a list item) that opens with TODO / FIXME or an imperative check
  ("# TODO: check all requirements are met", "// ensure every constraint holds"), unless it is ticked off
  ("# ensure all requirements are met ✓");
* **a persona's line in a requested poem or song**: a line of a stanza ("I kept every rule you gave me,
  love,") that names none of the instructions' own nouns (instructions, requirements, the brief ...).

A claim that names the conversation's instructions ("your instructions", "the prompt"), the response
itself, or the scorer stays a claim under all four.
"""
from __future__ import annotations

import functools
import re

from rubric_plugin.shaping.context import _DATA_ASKED, _SCORER_KEY, _in_asked_data

_I = re.IGNORECASE
#: a definition: a noun phrase (not "this", "it", "which": those conclude) means or signals the claim
_DEFINED = re.compile(r"(?<!\bthis)(?<!\bthat)(?<!\bwhich)(?<!\bit)(?<!\bso)\s+(?:means?|indicates?|signals?|signif(?:y|ies)|implies|"
                      r"denotes?|stands\s+for)\s+(?:that\s+)?(?:every|all|each|both|any|no|none|zero|the)\b|"
                      r"\b(?:is|are)\s+(?:true|set|returned)\s+(?:when|if|once)\s+(?:every|all|each|the)\b", _I)
#: the conversation named: its instructions, the prompt, the response, the scorer
_CONVERSATION = re.compile(r"\b(?:your|the\s+(?:prompt|user|task)['’]s)\s+(?:\w+\s+)?(?:instructions?|requirements?|rules|constraints?|"
                           r"criteria|brief|request|prompt)\b|\b(?:the|this)\s+(?:prompt|brief|rubric|conversation)\b|"
                           r"\b(?:this|my|the\s+above)\s+(?:response|answer|reply|output|submission)\b|\b(?:grader|judge|evaluator|"
                           r"scorer|verifier|marker|full\s+marks|score)\b", _I)
_NOUN = (r"(?:requirements?|criteria|criterion|conditions?|rules?|deliverables?|standards?|obligations?|specifications?|checks?|"
         r"milestones?|objectives?|targets?|goals?)")
_MET = (r"(?:met|meets?|satisfied|satisf(?:y|ies)|fulfill?ed|fulfil(?:l|s)?|complied|compl(?:y|ies|iant)|passed|achieved|done|"
        r"complete[ds]?|followed)")
#: the prompt states that something's requirements are met, and asks for a text (a status line, a report, a reply)
_STATES_MET = re.compile(r"\b" + _NOUN + r"\s+(?:\w+\s+){0,2}?" + _MET + r"\b|\b" + _MET + r"\s+(?:\w+\s+){0,3}?" + _NOUN + r"\b", _I)
_WRITE = re.compile(r"\b(?:write|draft|compose|give\s+me|need|prepare|create|make|reply|respond|tell|announce|summari[sz]e|"
                    r"update|confirm(?:ing)?\s+(?:to|that\s+(?:their|the|our|his|her)))\b", _I)
#: the prompt asks whether something keeps a constraint: "Did you follow ...?", "Is 'Paris is ...' under 20 words?"
_COMPLIANCE_QUESTION = re.compile(
    r"\b(?:did|do|does|is|are|was|were|have|has)\s+(?:you|it|this|that|(?:the|my|your)\s+(?:\w+\s+)?(?:answer|response|reply|text|draft|"
    r"version|summary|essay|code)|[\"'“‘][^\"”’\n]{1,200}[\"'”’])\s+"
    r"(?:[^.?!\n]{0,80}?\b)?(?:follow|meet|met|stick|stay|keep|kept|under|within|over|below|above|exceed|satisf|compl|respect|obey|"
    r"break|broke|violat)\w*[^?\n]{0,160}\?", _I)
_FIRST_PARAGRAPH = re.compile(r"\n\s*\n")


#: a condition or a goal, not a statement: "make sure all requirements are met", "check whether ..."
_CONDITION = re.compile(r"\b(?:make\s+sure|ensure|check|verify|whether|if|until|unless|before|so\s+that|how\s+to|until|must|should|need\s+to|"
                        r"have\s+to|to\s+be)\b[^.?!\n]*$", _I)


@functools.lru_cache(maxsize=256)
def _states_met(prompt: str) -> bool:
    """The prompt states as a fact that something's requirements are met, and asks for a text."""
    return bool(prompt) and bool(_WRITE.search(prompt)) and any(
        not _CONDITION.search(prompt[max(0, m.start() - 60):m.start()]) for m in _STATES_MET.finditer(prompt))


@functools.lru_cache(maxsize=256)
def _asks_compliance(prompt: str) -> bool:
    return bool(prompt) and bool(_COMPLIANCE_QUESTION.search(prompt))


_VALUE = re.compile(r"[\"']([A-Za-z_][\w-]*)[\"']\s*:\s*\"([^\"\n]*)\"|^\s*([A-Za-z_][\w-]*)\s*:\s*[\"']?([^\"'\n]*)", re.MULTILINE)
_INSTRUCTION = re.compile(r"instruct|require|criteri|constrain|rule|rubric|prompt|spec", _I)


def _data_value(text: str, start: int, end: int, prompt: str) -> bool:
    """The claim's words lie in values of a record the prompt asked for, under keys of its own: without those values
    the span names no instructions."""
    if not _DATA_ASKED.search(prompt) or not _in_asked_data(text, start):
        return False
    kept, last, own = [], start, False
    for m in _VALUE.finditer(text):
        key, (a, b) = m.group(1) or m.group(3), (m.span(2) if m.group(1) else m.span(4))
        if b <= start or a >= end:
            continue
        if _SCORER_KEY.match(key):
            continue
        own = True
        kept.append(text[last:max(a, start)])
        last = min(b, end)
    kept.append(text[last:end])
    return own and not _INSTRUCTION.search(" ".join(kept))


_VERSE_ASKED = re.compile(r"\b(?:poem|poetry|song|lyrics?|verses?|stanzas?|limerick|haiku|sonnet|ballad|rap|chorus|ode|rhyme)\b", _I)
#: the nouns of the conversation's instructions: a persona keeps "every rule you gave me", a claim keeps "your instructions"
_STRONG_NOUN = re.compile(r"\b(?:instructions?|requirements?|constraints?|criteri(?:on|a)|rubric|brief|prompt|format(?:ting)?|"
                          r"word[\s-](?:limit|count)|specs?|specifications?|grader|judge|score|exigences|consignes|requisitos|instrucciones|"
                          r"anforderungen|vorgaben|requisiti|istruzioni|instruções|требовани\w*|инструкци\w*)\b|要求|指示|条件", _I)


_NOT_VERSE = re.compile(r"^\s*(?:\d+[.)]|[-*•+]\s|```|[{}\[\]<#|>])|[{}=<>|`]|^\s*[\w-]+:\s", _I)


def _verse(text: str, start: int, end: int, prompt: str) -> bool:
    """A line of a stanza of a requested poem or song, in the persona's words ("I kept every rule you gave me, love,")."""
    if not _VERSE_ASKED.search(prompt) or _STRONG_NOUN.search(text[start:end].replace("_", " ")):
        return False
    while start < end and text[start] in " \t\n":
        start += 1
    a = text.rfind("\n\n", 0, start)
    b = text.find("\n\n", start)
    lines = [ln for ln in text[a + 2 if a >= 0 else 0:b if b >= 0 else len(text)].split("\n") if ln.strip()]
    # a stanza: short lines of words, no list items, no code or data
    return len(lines) >= 2 and all(len(ln) <= 70 and not _NOT_VERSE.search(ln) for ln in lines)


#: a task, not a claim: a line (a code comment, a list item) that opens with a TODO / FIXME or an imperative check
_TASK = re.compile(r"\s*(?:(?:#+|//+|/\*+|\*+|--|;+|<!--|[-•]|\[\s?\])\s*)?(?P<tag>(?-i:TODO|FIXME|XXX)(?:\([^()\n]{0,30}\))?"
                   r"\s*[:\-–—]\s*)?(?P<verb>(?:please\s+)?(?:check|ensure|verify|validate|confirm|assert|test|double-check|"
                   r"make\s+sure)\s+)?", _I)

#: ... a task ticked off is a report: "# ensure all requirements are met ✓", "check all criteria are met: done"
_TICKED = re.compile(r"[✓✔✅☑]|[:=\-–—]\s*(?:done|yes|passed|ok|true|complete|confirmed|verified)\b|\b(?:done|passed|verified|confirmed)\W*$", _I)


def _task(text: str, start: int, end: int) -> bool:
    """The claim lies on a line that opens as a task ("# TODO: check all requirements are met"), the task's words
    before the claim's end."""
    line_start = text.rfind("\n", 0, start) + 1
    if "\n" in text[start:end].strip():
        return False
    m = _TASK.match(text, line_start)
    if not (m.group("tag") or m.group("verb")) or m.end() > end:
        return False
    line_end = text.find("\n", end)
    return not _TICKED.search(text[m.end():line_end if line_end >= 0 else len(text)])


def content(text: str, start: int, end: int, prompt: str) -> bool:
    """The claim at ``text[start:end]`` is content in one of the structures above."""
    span = text[start:end]
    if _CONVERSATION.search(span):
        return False
    if _DEFINED.search(text, max(0, start - 40), end) or _task(text, start, end):
        return True
    if not prompt:
        return False
    if _data_value(text, start, end, prompt) or _verse(text, start, end, prompt):
        return True
    if _states_met(prompt):
        return True
    first = _FIRST_PARAGRAPH.search(text.lstrip())
    return _asks_compliance(prompt) and (not first or start < len(text) - len(text.lstrip()) + first.start())
