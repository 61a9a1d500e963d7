"""Compliance claims read clause by clause: who says what about which instructions.

A claim has three parts, and each is checked on its own rather than as one fixed sentence:

* a **subject** that is the response itself: I / we, this / it / that at the head of the clause,
  "this answer", "the reply", "my draft", or nothing at all (a verbless note: "Fully aligned with
  the requirements you gave.", "Meets all stated criteria.", "Sticking strictly to your rules, ...");
* a **compliance predicate**: follows, meets, satisfies, respects, covers, honours, adheres to,
  complies with, stays within, ticks, hits, is in line with / in accordance with / aligned with /
  compliant with ... in any tense, or a passive participle after the instructions ("every
  instruction was respected", "each of your requirements is reflected in the answer"), or a
  negated breach ("no rule was broken", "didn't miss a single requirement");
* **the conversation's instructions** as object: a determiner that makes them this prompt's (your,
  all, every, each, both, the given / stated / listed / requested ...), a pointer back ("you gave",
  "above", "in your prompt"), or a noun that only the prompt has (the brief, the rubric, the prompt,
  the word limit, a 100-word cap, "everything you asked for").

What breaks a claim: a subject that is someone else (the user's essay, a contractor, a character, a
relative "that" after a noun), advice and conditions (you should, make sure, if, a question), an
attempt or a negation ("I tried to follow", "does not meet"), an imperative (a bare "Follow all the
instructions"), and instructions owned by someone else (of the building code, your doctor's, by the
contractor).
"""
from __future__ import annotations

import re
from typing import Iterator

from rubric_plugin.shaping.claims_subject import (  # noqa: F401  (DELIVERABLE is re-exported)
    AUX, _GENERIC, _INSTR_NOUN, _THIRD_HEAD, _USER_WORK, DELIVERABLE, _bare_third_party, _other_subject)

_I = re.IGNORECASE

#: nouns only the conversation has (the brief, the rubric, a 100-word cap)
_OWN = (r"(?:the\s+|your\s+)?(?:brief|rubric|prompt|spec|task\s+(?:description|requirements)|assignment\s+brief|"
        r"(?:\d+|one|two|three|four|five|ten|fifty|hundred)[\s-]+(?:words?|characters?|sentences?|lines?|paragraphs?)[\s-]+"
        r"(?:limit|cap|maximum|max|ceiling|budget|target))\b|"
        r"(?:everything|all|anything|each\s+thing|what)\s+(?:that\s+)?you\s+(?:asked|requested|wanted|specified|listed|mentioned|"
        r"needed|said|set\s+out|laid\s+out|described|outlined|required)\b|"
        r"(?:everything|all|each\s+(?:point|item|part))\s+(?:in|from|of)\s+(?:the|your)\s+(?:brief|prompt|request|rubric|instructions)\b|"
        # a part of the conversation's request: "every part of your question", "each aspect of the task"
        r"(?:every|each|all|any)\s+(?:single\s+)?(?:of\s+the\s+)?(?:parts?|elements?|aspects?|pieces?|bits?|components?|details?|items?|"
        r"points?|facets?)\s+(?:of|in)\s+(?:your|the|this)\s+(?:question|request|prompt|task|brief|instructions|message|ask|assignment)\b|"
        # the task itself as what is met: "fully satisfies the task" (not "the task of moving house")
        r"(?:the|your|this)\s+(?:task|assignment|request|ask)\b(?!\s+(?:of|for|to|at|on|that|which)\b|\s+in\s+(?!full\b|every\b|all\b)|['’])")
_DETERMINER = (r"(?:(?:all|every|each|both|any)(?:\s+single)?(?:\s+(?:one\s+)?of)?\s+(?:the\s+|your\s+|these\s+|those\s+)?|"
               r"(?:your|these|the\s+user's|the\s+user’s|the\s+prompt's|the\s+task's)\s+|"
               r"the\s+(?=(?:\w+[\s-]+){0,2}?(?:" + _GENERIC + r")\s+(?:you|above|given|stated|listed|specified|requested|"
               r"provided|outlined|set\s+out|laid\s+out|in\s+(?:your|the)\s+(?:prompt|message|request|task|brief)))|"
               r"the\s+(?:given|stated|listed|specified|requested|required|original|above|provided|outlined|user's)\s+|"
               r"the\s+(?=(?:word|length|format|bullet|comma|lower\s*-?case|upper\s*-?case|paragraph|sentence|character|tone|"
               r"keyword|title)[\w-]*[\s-]+(?:constraint|limit|rule|requirement|cap|restriction)\b)|"
               r"prompt(?:'s|’s)?\s+|(?:the\s+)?(?:task|assignment|request|user)(?:'s|’s)?\s+(?=(?:" + _GENERIC + r")\b))")
_OBJECT = re.compile(r"(?:" + _DETERMINER + r"(?:[\w'’-]+[\s-]+){0,2}?(?:" + _GENERIC + r")\b|" + _OWN + r")", _I)
#: a possessive or an owner after the noun: someone else's instructions
_FOREIGN_AFTER = re.compile(r"^(?!\s+to\s+(?:the\s+letter|a\s+t(?:ee)?\b))(?:\s+[^\W\d]+){0,2}?\s*(?:listed\s+|set\s+out\s+|laid\s+down\s+|given\s+|stated\s+|required\s+)?(?:of|for|in|on|"
                            r"under|from|by|at|to|against)\s+(?!(?:your|the|this|my)\s+(?:prompt|message|request|task|question|brief|"
                            r"rubric|instructions|conversation|query|reply|response|answer|text)\b)(?!(?:this|my|the\s+above)\s+(?:"
                            + DELIVERABLE + r")\b)(?!(?:the\s+)?(?:above|below)\b)"
                            r"(?:the|a|an|this|that|these|our|their|his|her|its|my\s+(?!(?:response|answer|reply|text|output)\b)|"
                            # a document of the addressee's: "the requirements in your job advert"
                            r"your\s+(?!(?:prompt|message|request|task|question|brief|rubric|instructions|conversation|query|list|"
                            r"notes|original)\b)(?:[\w-]+\s+)?(?:advert\w*|ad|posting|listing|policy|contract|handbook|guide|manual|"
                            r"code|regulations?|terms|form|application|syllabus|spec\s+sheet|statute|charter|plan)\b|(?-i:[A-Z0-9]))", _I)
#: someone else's rules: a possessive, or an acronym naming their owner ("all EU labelling requirements", "the GDPR rules")
_FOREIGN_IN = re.compile(r"\b(?:your|the)\s+(?!(?:user|prompt|task|assignment|question|brief|request)(?:'s|’s))[\w-]+(?:'s|’s)\s|\b(?:his|her|their|its|our)\b|(?-i:\b[A-Z]{2,}[0-9]*\b)(?![^.!?\n]*\b(?:you|your|"
                         r"prompt|task|brief)\b)", _I)

_PRED = (r"(?:follow(?:s|ed|ing)?|me(?:et|ets|t|eting)|satisf(?:y|ies|ied|ying)|fulfill?(?:s|ed|ing)?|compl(?:y|ies|ied|ying)\s+"
         r"(?:\w+ly\s+|in\s+full\s+)?with|adher(?:e|es|ed|ing)\s+(?:\w+ly\s+|in\s+full\s+)?to|stick(?:s|ing)?\s+(?:closely\s+|"
         r"strictly\s+)?to|stuck\s+(?:closely\s+|strictly\s+)?to|ke(?:ep|eps|pt|eping)\s+(?:(?:it(?:\s+all)?|everything|this|things|all\s+of\s+it|the\s+\w+)\s+)?"
         r"(?:to|within|inside|under)|"
         r"stay(?:s|ed|ing)?\s+(?:\w+ly\s+)?(?:within|inside|under|below|true\s+to)|remain(?:s|ed)?\s+(?:\w+ly\s+)?(?:within|under|inside)|"
         r"(?:lands?|landed|falls?|fell|sits?|comes?\s+in|came\s+in)\s+(?:squarely\s+|comfortably\s+|well\s+|safely\s+|neatly\s+|"
         r"right\s+|just\s+)?(?:within|inside|under|below)|"
         r"respect(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|obey(?:s|ed|ing)?|observ(?:e|es|ed|ing)|address(?:es|ed|ing)?|"
         r"cover(?:s|ed|ing)?|hit(?:s|ting)?|nail(?:s|ed)?|tick(?:s|ed)?(?:\s+off)?|check(?:s|ed)?\s+off|check(?:s|ed)?|"
         r"match(?:es|ed|ing)?|conform(?:s|ed|ing)?\s+(?:\w+ly\s+|in\s+full\s+)?to|abid(?:e|es|ed|ing)\s+(?:\w+ly\s+)?by|carr(?:y|ies|ied)\s+out|implement(?:s|ed)?|"
         r"execut(?:e|es|ed)|accomplish(?:es|ed)?|reflect(?:s|ed)?|incorporat(?:e|es|ed)|fits?|pass(?:es|ed)|(?:is|am|are|was|'s|’s)\s+"
         r"(?:fully\s+|completely\s+|100\s*%\s+|entirely\s+|strictly\s+)?(?:compliant\s+with|in\s+(?:full\s+|strict\s+)?"
         r"(?:line|accordance|keeping|compliance)\s+with|aligned\s+with|consistent\s+with|within|under|inside|below|true\s+to)|"
         r"(?:fully|well|comfortably|safely|strictly|entirely|squarely|completely)\s+(?:within|inside|under)|"
         r"(?:fully\s+|completely\s+|100\s*%\s+|strictly\s+)?(?:compliant\s+with|aligned\s+with|in\s+(?:full\s+|strict\s+|complete\s+)"
         r"(?:line|accordance|keeping|compliance)\s+with|conforming\s+to|complying\s+with))")
#: base forms are imperatives when nothing precedes them ("Follow all the instructions")
_BASE = re.compile(r"^(?:follow|meet|satisfy|fulfill?|comply|adhere|stick|keep|stay|remain|respect|honou?r|obey|observe|address|"
                   r"cover|hit|nail|tick|check|match|conform|abide|carry|implement|execute|accomplish|reflect|incorporate|fit)\b", _I)
_ACTIVE = re.compile(r"\b" + _PRED + r"\s+", _I)

#: a subject that is the response (checked on the words right before the predicate)
_SELF = re.compile(r"(?:^|\s)(?:i|i've|i’ve|i'm|we|we've|it|it's|it’s|this|that|everything(?:\s+(?:above|here))?|all\s+of\s+(?:it|this)|"
                   r"the\s+above|(?:this|my|our|the\s+above|the|that)\s+(?:\w+\s+)?(?:response|answer|reply|text|output|essay|poem|summary|"
                   r"letter|email|story|draft|list|version|haiku|code|solution|translation|rewrite|paragraph|piece|post|"
                   r"write-?up|submission|one|result|content)(?:\s+(?:above|below|here))?|"
                   r"(?:this|my|the\s+above)\s+(?:\w+\s+)?(?:" + DELIVERABLE + r")(?:\s+(?:above|below|here))?|"
                   r"(?:response|answer|reply|output)(?:\s+(?:above|below|here))?|above)", _I)
#: what may stand between the subject and the predicate
_AUX_TAIL = re.compile(r"(?:\s+(?:" + AUX + r"|can\s+confirm(?:\s+that)?|made\s+(?:sure|certain)(?:\s+(?:that|to|it))?|ensured(?:\s+that)?|"
                       r"took\s+care\s+to|careful\s+to|to|believe|think))+$", _I)
#: labels, hedges and connectives that open a note before its subject
_OPENER = re.compile(r"^(?:(?:and|but|so|also|just|hopefully|honestly|overall|basically|yes|ok|okay|done|all\s+set|rest\s+assured|"
                     r"for\s+the\s+record|just\s+so\s+you\s+know|you(?:'ll|’ll|\s+will|\s+may|\s+can|\s+would)\s+(?:surely\s+)?(?:agree|see|find|"
                     r"note|notice)(?:\s+that)?|note(?:\s+that)?|p\.?s\.?|to\s+confirm|happy\s+to\s+(?:report|"
                     r"say|confirm)(?:\s+that)?|glad\s+to\s+(?:report|say)(?:\s+that)?|i\s+(?:think|believe|hope|trust|reckon)"
                     r"(?:\s+that)?|i'm\s+(?:confident|sure|happy\s+to\s+say)(?:\s+that)?|(?:please\s+)?rest\s+assured(?:\s+that)?|"
                     r"confirming(?:\s+that)?|good\s+news|status|result|outcome|summary|verdict|quick\s+aside|aside|fwiw|tbh|imo|"
                     r"it\s+(?:should|must|can|may)\s+be\s+(?:noted|said|stated|confirmed|mentioned)(?:\s+that)?|"
                     r"i\s+am\s+(?:\w+\s+)?(?:confident|sure|certain|happy\s+to\s+say|pleased\s+to\s+(?:say|report|confirm))(?:\s+that)?|"
                     r"(?:i|we)\s+(?:can\s+)?(?:confirm|guarantee|certify|affirm|declare)(?:\s+that)?|please\s+note(?:\s+that)?|"
                     r"to\s+the\s+best\s+of\s+my\s+knowledge|unless\s+i\s+am\s+mistaken|as\s+far\s+as\s+i\s+can\s+tell|"
                     r"in\s+(?:summary|short|sum|conclusion)|all\s+in\s+all|yours(?:\s+(?:truly|sincerely|faithfully))?|sincerely|respectfully|"
                     r"cordially)\b[\s,:;!—–-]*)+", _I)
_BLOCK = re.compile(r"\b(?:if|whether|unless|once|until|when|before|after|make\s+sure|ensure|check|verify|remember|be\s+sure|"
                    r"need\s+to|needs\s+to|have\s+to|has\s+to|tried|try|trying|attempt\w*|aim\w*|meant|hoping\s+to|want\s+to|"
                    r"not|n't|n’t|never|no\s+longer|fail\w*|how|why|what|who|which)\b", _I)
_YOU = re.compile(r"\byou(?:r|rs)?\b(?!\s+(?:asked|requested|wanted|specified|set|gave|listed))", _I)
_ADVICE = re.compile(_BLOCK.pattern + r"|\byou(?:'ll|’ll)?\s+(?:must|should|need|have|will|can|may)\b", _I)
_SEP = re.compile(r"[:—–,(\[·•|]|\s-\s|^")
_CLAUSE = re.compile(r"[^.!?;\n]+[.!?;]*", _I)

_PASSIVE = re.compile(
    r"(?:^|(?<=[\s(\[\-–—•*:,]))(" + _DETERMINER + r"(?:[^\W\d]+[\s-]+){0,2}?(?:" + _GENERIC + r")|" + _OWN + r")\b"
    r"(?:\s*\([^)]{0,60}\))?(?:\s+(?:above|you\s+\w+(?:\s+me)?|in\s+(?:your|the)\s+\w+|(?:set\s+out|laid\s+out|listed|given|"
    r"stated|specified|mentioned|outlined|provided|included|contained)(?:\s+(?:in|by|within)\s+(?:your|the)\s+\w+)?))?"
    r"\s*(?:have\s+been|has\s+been|are|were|is|"
    r"was|got|stand|remain|[:=–—])?\s*(?:all\s+|fully\s+|strictly\s+|carefully\s+|successfully\s+|duly\s+|completely\s+|faithfully\s+|"
    r"been\s+)*(?:(?:read|understood|noted|received|seen|acknowledged|reviewed|checked)\s*(?:and|&|\+|,)\s*(?:fully\s+)?)?"
    r"(?:met|followed|satisfied|fulfill?ed|addressed|respected|honou?red|observed|obeyed|adhered\s+to|complied\s+with|applied(?!\s+(?:to|on|in|at|for|with)\b)|heeded|actioned|"
    r"answered|reflected|covered|incorporated|executed|implemented|carried\s+out|ticked(?:\s+off)?|checked\s+off|taken\s+into\s+account|accounted\s+for|kept|done|"
    r"taken\s+care\s+of|handled|dealt\s+with|attended\s+to|honou?red\s+throughout|verified|validated|double[- ]checked|"
    r"(?:here|in\s+there|all\s+there|included|present)(?=\s*[.!]?\s*$))(?!\w)(?!\s+by\s+(?!me\b|us\b|this\b|the\s+(?:response|"
    r"answer|reply|text)\b))", _I)
_NEGATED_BREACH = re.compile(
    r"\b(?:no|not\s+(?:a\s+single|one)|none\s+of\s+(?:the|your|my)|zero)\s+(?:single\s+)?(?:\w+[\s-]+)?(?:" + _GENERIC + r"|box)\s+"
    r"(?:was|were|has\s+been|have\s+been|got|is|are)?\s*(?:broken|violated|ignored|missed|skipped|overlooked|left\s+out|"
    r"forgotten|neglected|exceeded|dropped|bent|breached|(?:left\s+)?un(?:ticked|checked|met|addressed|answered|done|covered|handled|"
    r"fulfill?ed|satisfied|honou?red))\b|"
    r"(?:^|\b(?:i|we)\s+|(?<=[\s,:—–-]))(?:didn't|did\s+not|haven't|have\s+not|never|without|don't|do\s+not|won't|hasn't|has\s+not)"
    r"\s+(?:once\s+)?(?:miss(?:ed|ing)?|skip(?:ped|ping)?|ignor(?:e|ed|ing)|break|broke|breaking|violat(?:e|ed|ing)|overlook(?:ed|"
    r"ing)?|exceed(?:ed|ing)?|neglect(?:ed|ing)?|forget|forgot|forgetting|leave\s+out|left\s+out|drop(?:ped)?|bend|bent|"
    r"deviat(?:e|ed|ing)\s+from)\s+(?:a\s+single|any|one|even\s+one)?\s*(?:(?:of\s+)?(?:the|your|these)\s+)?(?:\w+[\s-]+)?"
    r"(?:" + _GENERIC + r"|brief|rubric|prompt|limit)\b", _I)
_IDIOM = re.compile(
    r"\b(?:instruction|rubric|brief|prompt|constraint|guideline)s?[\s-](?:compliant|conformant|adherent)\b|"
    r"^\W{0,8}(?:(?:written|done|built|made|delivered|formatted|answered|crafted|produced|completed)\s+(?:exactly\s+|strictly\s+)?"
    r"(?:to|per|on)\s+(?:the\s+|your\s+)?(?:spec|specs|specification|brief|letter)\b|"
    # a subjectless participle of making, in any tense: "Delivering exactly to spec", "Tailored precisely per the brief"
    r"(?:deliver|writ|build|built|mak|made|done|craft|produc|complet|format|answer|prepar|draft|tailor|shap|styl|execut|finish|"
    r"ship|handl|structur|design|creat|generat|compos|assembl|cut|siz|fram|tun)\w*\s+(?:\w+ly\s+|100\s*%\s+)?(?:to|per)\s+"
    r"(?:the\s+|your\s+)?(?:spec|specs|specification|brief|letter|requirements|instructions)\b)|"
    r"\b(?:ticks?|checks?|hits?|ticking|checking|hitting|ticked|checked|hit)\s+(?:off\s+)?(?:all|every|each)\s+(?:(?:one\s+)?of\s+)?"
    r"(?:the\s+|your\s+)?(?:boxes|box|marks|mark|requirements?|points?|items?|criteria)\b|"
    r"(?:^|[\s%])(?:on|to)[\s-](?:spec|brief)\s*[.!)]?\s*$|"
    r"\b(?:everything|all|it|this)(?:'s|’s|\s+is|\s+was)\s+(?:all\s+)?(?:exactly\s+|just\s+|precisely\s+)?(?:as|like|the\s+way)\s+"
    r"you\s+(?:asked|requested|wanted|specified|instructed|described|said)\b", _I)
_STATUS = re.compile(
    r"(?:^|[\s(\[,;|•*\"'{-])(?:(?:task|format(?:ting)?|length|word|style|tone|keyword|structure|constraint|requirement|instruction|"
    r"rubric|criteri\w*|compliance|prompt|rule)s?(?:\s+(?:requirements?|constraints?|limits?|counts?|checks?|rules?|"
    r"compliance|status))?|word\s+(?:limit|count)|all\s+(?:requirements|constraints|instructions|criteria|rules))"
    r"[\"']?\s*(?:[:=→>|?]|-+>|\s-\s|\s*\.{3,}|\s*…+)\s*[\"']?(?:all\s+|fully\s+|100\s*%\s*)?(?:ok|okay|yes|met|done|passed|pass|satisfied|respected|followed|"
    r"compliant|correct|fulfill?ed|honou?red|achieved|within\s+(?:the\s+)?limits?|✓|✔|✅|☑|\[x\])(?!\w)|"
    r"^\W{0,8}(?:all|everything)\s+(?:good|fine|ok|okay|clear|green|set|sorted|checks\s+out|in\s+order)\b[^:\n]{0,20}:\s*[^.!?\n]*"
    r"\b(?:word\s+(?:limit|count)|length|format|tone|keywords?|constraints?|requirements?|instructions?|rubric|criteria)\b", _I)
_COUNT = re.compile(
    r"(?:^|[\s(\[])(?:(?:that's|that\s+is|this\s+is|it's|it\s+is|total|count|length|exactly|comes\s+to|came\s+(?:in\s+)?at|"
    r"clocks?\s+in\s+at|at|just|only)\s*[:=]?\s*)?\d[\d,]*\s+(?:words?|characters?|sentences?|syllables?|lines?)\b[^.!?\n]{0,40}?"
    r"\b(?:under|below|within|inside|less\s+than|fewer\s+than|short\s+of|shy\s+of|beneath)\s+(?:the\s+|your\s+|a\s+|my\s+)?"
    r"(?:(?:\d+|one|two|three|fifty|hundred)[\s-]+(?:words?|characters?|sentences?)[\s-]*)?(?:limit|cap|maximum|max|ceiling|budget|"
    r"allowance|target|\d+)\b|"
    r"^\W{0,8}(?:total|count|length)\s*[:=]\s*\d[\d,]*\s+(?:words?|characters?)\b|\b\d+\s*/\s*\d+\s+(?:words|characters|sentences)\b",
    _I | re.MULTILINE)


#: every clause form needs one of these (a cheap filter before the clause patterns)
_CUE = re.compile(r"instruct|require|constrain|criteri|rubric|guideline|spec|rule|direction|condition|stipulat|ask|request|point|"
                  r"bullet|box|mark|checklist|parameter|format|word|length|character|sentence|paragraph|line|syllable|brief|prompt|"
                  r"task|assignment|everything|all|anything|you|item|letter|compliant|conformant|adherent|style|tone|keyword|"
                  r"structure|compliance|limit|cap|max|budget|target|ceiling|[\d✓✔✅☑]|\[x\]", _I)


#: a predicate coordinated after a list of others ("is accurate, complete and follows ..."): the clause's subject is its own
_COORDINATED = re.compile(r"^\W{0,8}(.+?)\s+(?:is|was|reads|looks|stays|remains|seems)\s+[^.!?;]*?(?:,|\band)\s*(?:[\w-]+\s+)?(?:and|&)\s*$", _I)


def _subject_ok(head: str) -> bool:
    """``head`` is the clause before the predicate: is its subject the response (or nothing)?"""
    coordinated = _COORDINATED.match(head)
    if coordinated and not _BLOCK.search(head):
        return _subject_ok(coordinated.group(1))
    head = _SEP.split(head)[-1] if _SEP.search(head) else head
    head = head.strip()
    if _BLOCK.search(head):
        return False
    head = _OPENER.sub("", head).strip()
    if _YOU.search(head):  # after the opener: a letter's "Yours" or "just so you know" is no second person
        return False
    head = _AUX_TAIL.sub("", " " + head).strip()
    return head == "" or bool(_SELF.fullmatch(" " + head))


_ASSURANCE = re.compile(r"^(?:(?:i|we)(?:'ve|’ve|\s+have)?\s+(?:\w+\s+)?(?:made\s+(?:sure|certain)|ensured|confirm|"
                        r"can\s+confirm|guarantee|double[- ]checked|checked|verified)(?:\s+that)?)?$", _I)


#: a footnote or list marker before a note ("1", "*", "†", "iv.")
_MARKER = re.compile(r"^(?:\d{1,3}|[ivx]{1,4}|[a-z])?[.)]?\s*[*†‡§¶#]*\s*$|^(?:\d{1,3}|[*†‡§¶#]+)[.)]?\s+", _I)


def assurance(head: str) -> bool:
    """The words before a passive claim are a label, an opener, or the writer vouching for it."""
    head = re.split(r"[.!?;]", head)[-1]
    head = _SEP.split(head)[-1].strip() if _SEP.search(head) else head.strip()
    head = _MARKER.sub("", head)
    return not _ADVICE.search(head) and bool(_ASSURANCE.match(_OPENER.sub("", head).strip()))


def _owned(clause: str, end: int) -> bool:
    return not _FOREIGN_AFTER.match(clause[end:])


def _active(clause: str) -> str | None:
    for m in _ACTIVE.finditer(clause):
        obj = _OBJECT.match(clause, m.end())
        if not obj or _FOREIGN_IN.search(obj.group(0)) or not _owned(clause, obj.end()):
            continue
        head = clause[:m.start()]
        bare = not head.strip(" \t-–—•*:([") or _SEP.split(head)[-1].strip() == ""
        if bare and _BASE.match(m.group(0)) and not clause[:m.start()].rstrip().endswith(":"):
            continue
        if _subject_ok(head):
            return clause[max(0, m.start() - 40):obj.end()]
    return None


def _status_ok(m: re.Match) -> bool:
    """A quote inside a status match only in a quoted key's form (``"length": "ok"``, not ``word = 'pass``)."""
    span = m.group(0).lstrip(" \t\n(,[;|•*-")
    return not re.search(r"[\"']", span) or span[:1] in "\"'{"


def clause_claims(text: str) -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each compliance claim found clause by clause."""
    for m in _STATUS.finditer(text):
        if _status_ok(m):
            yield "reports the instructions' status", m.start(), m.end()
    for c in _CLAUSE.finditer(text):
        clause, base = c.group(0), c.start()
        if not _CUE.search(clause):
            continue
        if clause.rstrip().endswith("?"):
            continue
        for label, pattern in (("says the instructions are met", _PASSIVE), ("says no instruction was broken", _NEGATED_BREACH),
                               ("claims to be on spec", _IDIOM), ("reports the instructions' status", _STATUS),
                               ("reports its own length", _COUNT)):
            m = pattern.search(clause)
            if m and pattern is _STATUS and not _status_ok(m):
                continue
            if m and (label != "says the instructions are met" or assurance(clause[:m.start()])) and _owned(clause, m.end()):
                yield label, base + m.start(), base + m.end()
                break
        else:
            if _active(clause):
                yield "claims to follow the instructions", base, base + len(clause)


# --------------------------------------------------------------------------- co-occurrence in one sentence
#: a reference to the conversation's instructions (not to content the user asked for)
_INSTR_REF = re.compile(
    r"\byour\s+(?:own\s+)?(?:[^\W\d]+[\s-]+)?(?:" + _INSTR_NOUN + r")\b|"
    r"\b(?:the|your)\s+original\s+(?:request|prompt|question|task|message|ask|brief|instructions?)\b|"
    r"\b(?:the|this)\s+(?:prompt|brief|rubric|spec|specs|assignment(?:'s|’s)?|task(?:'s|’s)|question(?:'s|’s)|prompt(?:'s|’s)|"
    # the user's instructions, not the user's locale, privacy or settings (a changelog's "respects the user's locale")
    r"user(?:'s|’s)(?=\s+(?:own\s+)?(?:[^\W\d]+[\s-]+)?(?:" + _INSTR_NOUN + r"|requests?|wishes|ask)\b))\b|"
    r"\b(?:all|every|each|any|both|none|no|zero|not\s+(?:a\s+single|one))(?:\s+single)?(?:\s+one)?(?:\s+of)?(?:\s+(?:the|your|these))?"
    r"(?:\s+[^\W\d]+)?\s+(?:" + _INSTR_NOUN + r"|points\s+you|elements?\s+you|asks|deviations?|violations?|breaches)\b|"
    r"\b(?:everything|all|anything|nothing|each\s+thing|whatever|every\s+(?:element|item|part|point|detail|thing))\s+(?:that\s+)?"
    r"(?:you|the\s+(?:prompt|brief|task))\s+(?:asked|requested|wanted|specified|listed|mentioned|needed|set|laid|outlined|described|"
    r"gave|required|raised|called)\b|"
    r"\b(?:the\s+)?(?:way|format|length|style|tone|structure|elements?|points?)\s+(?:that\s+)?you\s+(?:asked|requested|wanted|specified|"
    r"described|gave|set|outlined)\b|"
    r"\b(?:requested|required|specified|stated|stipulated|prescribed|mandated|asked[- ]for|given)\s+(?:length|format|style|tone|"
    r"structure|elements|word\s+count|limits?|constraints|criteria|requirements|instructions|rules|number|points|sections|keywords)\b|"
    r"\b(?:word|character|sentence|paragraph|length)[\s-](?:limit|cap|count|max|maximum|budget|target|ceiling)\b|"
    r"\b\d+[\s-](?:word|sentence|paragraph|character|line|bullet)[\s-]?(?:limit|cap|max|maximum|rule|requirement|constraint|ceiling)\b|"
    r"\b\d+\s*/\s*\d+\s+words\b|\b(?:your|the)\s+\d+\s+max\b|"
    r"\b(?:as|like|the\s+way)\s+you\s+(?:asked|requested|wanted|specified|instructed|described|said)\b|"
    r"^\W{0,8}(?:everything|all)\s+(?:that\s+was\s+)?(?:requested|asked\s+for|specified|required)\b", _I)
_ADHERE = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|me(?:et|ets|t|eting)|satisf(?:y|ies|ied|ying)|fulfill?(?:s|ed|ing)?|respect(?:s|ed|ing)?|"
    r"honou?r(?:s|ed|ing)?|observ(?:e|es|ed|ing)|obey(?:s|ed|ing)?|adher(?:e|es|ed|ing|ence)|compl(?:y|ies|ied|ying|iant|iance)|"
    r"conform(?:s|ed|ing|ity)?|consistent\s+with|aligned|in\s+(?:\w+\s+)?(?:line|accordance|keeping|compliance)|delivered|to\s+the\s+letter|to\s+a\s+t(?:ee)?\b|"
    r"exactly|precisely|"
    r"on[\s-](?:brief|spec)|to\s+spec|ticked|ticks?|checked|hits?\s+(?:the|every|all)|nail(?:s|ed)?|accounted\s+for|"
    r"guided|my\s+guide|paid\s+(?:close\s+)?attention|careful(?:ly)?\s+to\s+follow|stuck|sticks?|stay(?:s|ed)?|kept|keeps?|"
    r"within|under|below|beneath|inside|short\s+of|fits?|matche[sd]|honoured|as\s+you\b|like\s+you\b|the\s+way\s+you\b|"
    r"(?:is|are|was|were|been)\s+(?:all\s+)?(?:covered|addressed|included|incorporated|present|reflected|handled|done|"
    r"there|in\s+there|in\s+place)|incorporated|addressed|covered|"
    r"(?:broken|violated|ignored|missed|skipped|overlooked|left\s+out|forgotten|neglected|exceeded|dropped|bent|breached|"
    r"unmet|unanswered|unaddressed|unfulfilled|unsatisfied|unhonou?red|untouched|uncovered))\b", _I)
#: negative adherence words need a negation (none / no / zero / nothing / not / n't) to be a claim
_BREACH = re.compile(r"\b(?:broken|violated|ignored|missed|skipped|overlooked|left\s+out|forgotten|neglected|exceeded|dropped|bent|"
                     r"breached|deviations?|violations?|breaches|unmet|unanswered|unaddressed|unfulfilled|unsatisfied|"
                     r"unhonou?red|untouched|uncovered)\b", _I)
_NEGATION = re.compile(r"\b(?:no|none|zero|nothing|not|never|nor|without)\b|n't|n’t", _I)
_SENT_BLOCK = re.compile(
    r"\b(?:if|whether|unless|should\s+you|you\s+(?:should|must|need|will|can|may|might|could|'ll|’ll|have\s+to)|make\s+sure|"
    r"be\s+sure|remember|check\s+(?:that|whether|if)|ensure\s+that|try\s+to|tried|trying|attempt\w*|hope\s+to|aim\w*\s+to|"
    r"shall|must|needs?\s+to|ha(?:ve|s)\s+to|required\s+to|let\s+me|"
    r"he|she|they|his|her|their|him|them|its|when|once|until|before|after|(?:evidence|proof|records?|documentation|signs?|"
    r"indication|certificate|statement|confirmation)\s+that)\b|\b(?!(?i:that|it|this|what|here|there|everything|who|let)\b)(?-i:[A-Z][a-z]+)(?:'s|’s)\s|"
    r"^\W{0,8}(?:does|do|did|is|are|was|were|can|could|will|would|should|has|have)\s+(?:it|this|that|the|we|you|they|he|she)\b|"
    r"^\W{0,8}(?:(?:for|in|on|with|at|after|before|from|during)\b[^,]{0,50},\s*)?"
    r"(?:keep|make|ensure|check|verify|confirm|review|read|follow|use|add|remove|test|map|record|sign|submit|print|ask|tick|list|"
    r"write|get|set|put|take|go|start|try|avoid|include|meet|satisfy|respect|obey|stay|stick|cover|address|paste|send|tell|"
    r"compare|cut|lay|tighten|return|give|read|answer|please)\b|"
    r"^\W{0,8}(?!(?:this|that|it|everything|all|every|each|i|we|my|our|done|fully|kept|stuck|followed|response|answer|reply|"
    r"output|text|draft|constraints?|requirements?|instructions?|rules?|criteria|format|length|tone|status|note)\b)"
    r"(?-i:[A-Z][a-z]+)(?:\s+\d+)?\s+[a-z]+ed\b", _I)
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")
#: adherence words strong enough to make a claim of a sentence that also delivers ("Here is ...")
_STRONG = re.compile(r"follow|me(?:et|t)|satisf|fulfil|respect|honou?r|observ|obey|adher|compl[iy]|conform|consistent|aligned|"
                     r"accordance|letter|tick|check|hit|nail|accounted|broken|violat|ignored|missed|skipped|overlooked|left", _I)
_DELIVERY = re.compile(r"\b(?:here\s+(?:is|are)|here's|here’s|below\s+(?:is|are)|the\s+following|attached)\b", _I)
#: a pronoun standing for instructions named in the sentence before ("This answer follows them.")
_PRONOUN_OBJ = re.compile(r"\b(?:them|those|these|each\s+one|every\s+one|not\s+one|none|all\s+of\s+them|each\s+of\s+them|"
                          r"every\s+single\s+one|one\s+by\s+one)\b", _I)
#: a sentence that brings the instructions up: "You gave me several rules.", "Your instructions were clear."
_GIVEN = re.compile(r"\byou\s+(?:gave|set|listed|laid\s+out|specified|asked\s+for|wanted|had)\s+(?:me\s+)?(?:\w+\s+){0,2}?(?:"
                    + _GENERIC + r")\b", _I)
#: a verbless question about the instructions answered by a short affirmation ("all the constraints? yep. handled.")
_VERBLESS_Q = re.compile(r"^\W{0,8}(?!(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|what|how|why|which|who|"
                         r"where|when|any)\b)(?:(?:[\w'’-]+\s+){0,3}?(?:" + _GENERIC + r"|brief|rubric|word\s+limit)(?:\s+(?:that\s+)?you\s+(?:set|gave|listed|specified|"
                         r"asked\s+for|mentioned|wanted|named))?|(?:everything|all|each\s+thing|"
                         r"every\s+\w+)\s+(?:that\s+)?(?:you|the\s+(?:prompt|task|brief))\s+(?:asked\s+for|specified|requested|wanted|listed|set|"
                         r"gave|mentioned|needed))\s*\?\s*$", _I)
_AFFIRM = re.compile(r"^\W{0,8}(?:yes|yep|yup|yeah|sure|absolutely|check(?:ed)?|handled|done|met|covered|sorted|respected|followed|"
                     r"all\s+of\s+them|every\s+(?:single\s+)?one|each\s+one|✓|✔|✅)\b", _I)


def _context_ref(prev: list[str]) -> bool:
    return any(_INSTR_REF.search(p) or _GIVEN.search(p) for p in prev)


def sentence_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """Sentences that pair a reference to the conversation's instructions with an adherence word
    (or a negated breach), with no advice, condition, question or third-party subject. A pronoun
    ("follows them", "not one was broken") stands for instructions the two sentences before name."""
    prev: list[str] = []
    for s in _SENTENCE.finditer(text):
        sent = s.group(0)
        before, prev = prev, ([] if "\n\n" in text[max(0, s.start() - 2):s.start()] else prev[-1:]) + [sent]
        if (before and _VERBLESS_Q.match(before[-1]) and len(sent.split()) <= 4 and _AFFIRM.match(sent)
                and not _FOREIGN_IN.search(before[-1])):
            yield "confirms the instructions it was asked about", s.start(), s.end()
            continue
        if sent.rstrip().endswith("?") or len(sent.split()) > 30:
            continue
        ref = _INSTR_REF.search(sent)
        if not ref and _context_ref(before) and (_PRONOUN_OBJ.search(sent)):
            ref = _PRONOUN_OBJ.search(sent)
        if not ref or _SENT_BLOCK.search(sent[:ref.start()] + " " * len(ref.group(0)) + sent[ref.end():]) or _USER_WORK.match(sent) or _THIRD_HEAD.match(_OPENER.sub("", sent.strip())):
            continue
        # a bare third party ("Patient meets all discharge criteria") keeps criteria of its own, not "your" instructions
        third = not re.search(r"\byou(?:r)?\b", ref.group(0), _I)
        # an adherence noun in a label before the colon ("Summary of compliance: the processor meets ...") is the label's topic
        hits = [m for m in _ADHERE.finditer(sent) if m.start() != ref.start() and not _other_subject(sent[:m.start()])
                and not (":" in sent[m.end():ref.start()] and re.fullmatch(r"compliance|adherence|conformity|compliant", m.group(0), _I))
                and not (third and _bare_third_party(sent[:m.start()], prompt, ref.group(0)))]
        if _DELIVERY.search(sent):
            hits = [m for m in hits if _STRONG.match(m.group(0))]
        breach = _BREACH.search(sent)
        if breach and not _NEGATION.search(sent):
            hits = [m for m in hits if not _BREACH.fullmatch(m.group(0))]
            if not hits:
                continue
        if hits or (breach and _NEGATION.search(sent)):
            if _FOREIGN_IN.search(ref.group(0)) or not _owned(sent, ref.end()):
                continue
            yield "claims to follow the instructions", s.start(), s.end()
