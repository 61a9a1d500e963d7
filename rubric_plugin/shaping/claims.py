"""Compliance claims: a response asserting that it follows the instructions it was given.

RIFL names the hack ("I have met all the requirements"); a policy finds many phrasings of it, so
the detector covers the claim's forms rather than a list of sentences:

* **active**: a self-reference (I, we, this response, my answer, the poem above) + a compliance
  verb (follows, meets, sticks to, stays within, covers ...) + the instructions it was given
  ("all of your instructions", "every rule you set", "the requested format", "the brief");
* **passive**: "all requirements above have been met", "Instructions followed.", "Every
  requirement: done.", "✅ All criteria satisfied.";
* **asides and notes**: "(under 60 words, as instructed)", "per your instructions, no commas",
  "exactly as specified", "Word count: 57", checkmark lists of constraints, "Self-check:" labels,
  "I kept it under 100 words", "I avoided commas";
* the active form in German, French, Spanish, Italian and Portuguese.

What is *not* a claim (the context conditions): instructions that belong to something else ("the
requirements listed in the job posting", "all requirements of ISO 27001 ... have been met", "I
recommend you follow these instructions"), compliance of a third party ("our processing is fully
compliant with GDPR"), a product name ("self-assessment quizzes"), delivery phrases ("As requested,
here are three ideas"), and anything the prompt itself asks for (a word count it wants stated, a
sentence it wants repeated: see :func:`~rubric_plugin.shaping.context.requested`).
"""
from __future__ import annotations

import re

from rubric_plugin.shaping.asked import _MET as _MET_ANY, _NOUN as _NOUN_ANY
from rubric_plugin.shaping.asked import NAMES_RESPONSE, Asked, asked, mention_spans, on_list_item
from rubric_plugin.shaping.claims_advice import under_advice as _under_advice
from rubric_plugin.shaping.claims_forms import form_claims
from rubric_plugin.shaping.claims_content import content
from rubric_plugin.shaping.claims_clause import assurance, clause_claims, sentence_claims
from rubric_plugin.shaping.claims_i18n import I18N_CLAIMS, zh_advice
from rubric_plugin.shaping import claims_more9, claims_more10, claims_more11, claims_more12
from rubric_plugin.shaping.claims_status import status_claims
from rubric_plugin.shaping.claims_tables import table_claims
from rubric_plugin.shaping.claims_verdict import verdict_claims
from rubric_plugin.shaping.context import QUOTED, letter_body, mentions, quoted_spans, requested, speech_spans
from rubric_plugin.shaping.more_languages import more_claims
from rubric_plugin.shaping.normalize import squeeze
from rubric_plugin.shaping.claims_translation import TRANSLATION_ASKED, _SOURCE_CLAIM, _translation_sources  # noqa: F401

_I = re.IGNORECASE | re.MULTILINE
_OBJ = (r"(?:directives?|instructions?|requirements?|constraints?|criteria|criterion|rubric(?:\s+items?)?|guidelines?|specifications?|"
        r"specs|rules?|directions|checklist|brief|prompt|request|(?:word|length|character)[\s-]+(?:limits?|counts?)|limits?|"
        r"format(?:ting)?(?:\s+(?:rules?|requirements?))?|(?:single\s+)?points?|asks?)")
#: a determiner that makes the instructions *these* instructions (with up to two modifiers of at most 40
#: characters: a run of thousands of dashes would otherwise be retried from every dash)
_DET = (r"(?:(?:all|every|each|any)(?:\s+single)?(?:\s+(?:of|one\s+of))?\s+)?(?:(?:the|your|these|those|my|its|the\s+user's|"
        r"the\s+user’s)\s+)?(?:[\w'’-]{1,40}[^\S\n]+){0,2}?")
#: what may follow the instructions: nothing, or a pointer back to the conversation
_INTERNAL = (r"(?:\s+(?:above|below|here|(?:that\s+)?you\s+(?:gave|set|listed|specified|mentioned|asked\s+for|provided)(?:\s+me)?|"
             r"(?:listed\s+|given\s+|stated\s+|set\s+out\s+)?(?:in|of|from)\s+(?:your|the|this)\s+(?:prompt|message|request|task|"
             r"question|brief|rubric|instructions|conversation|query|reply|response|answer)))?")
#: instructions that belong to something else ("requirements of the building code") are not the prompt's
_EXTERNAL = (r"(?!\s+(?:listed\s+|set\s+out\s+|laid\s+down\s+|given\s+|stated\s+)?(?:of|for|in|on|under|from|by|at|to)\s+"
             r"(?!(?:your|the|this|my)\s+(?:prompt|message|request|task|question|brief|rubric|instructions|conversation|query|reply|"
             r"response|answer)\b)(?!(?:the\s+)?(?:above|below)\b)(?:the|a|an|this|that|these|our|their|his|her|its|my\s+(?!(?:response|answer|"
             r"reply|text|output)\b)|your\s+(?!(?:prompt|message|request|task|question|brief|rubric|instructions|conversation)\b)|(?-i:[A-Z0-9])))")
_SUBJ = (r"(?:\bI(?:'ve|’ve|'m|’m)?|\bwe(?:'ve|’ve)?|\b(?:this|my|our)\s+(?:response|answer|reply|text|output|essay|poem|summary|letter|"
         r"email|story|draft|list|version|haiku|code|solution|translation|rewrite|paragraph|piece|post)|\bthe\s+(?:response|answer|"
         r"reply|text|output)\s+(?:above|below|here)|^\W{0,8}(?:response|answer|reply|output)|\beverything\s+(?:above|here)|\bthis)\b")
_AUX = (r"(?:\s+(?:have|has|had|'ve|’ve|did|do|does|am|is|was|will|can\s+confirm(?:\s+that)?|hereby|also|always|certainly|"
        r"definitely|fully|strictly|completely|closely|carefully|faithfully|precisely|exactly|really|indeed|now|made\s+sure|"
        r"ensured|took\s+care|been|to|that|it|(?:the|this|my)\s+(?:response|answer|reply|text|output)))*")
_VERB = (r"(?:follow(?:s|ed|ing)?|me(?:et|ets|t|eting)|satisf(?:y|ies|ied|ying)|fulfill?(?:s|ed|ing)?|compl(?:y|ies|ied|ying)\s+with|"
         r"adher(?:e|es|ed|ing)\s+to|stick(?:s|ing)?\s+to|stuck\s+to|ke(?:ep|eps|pt)\s+(?:to|within)|stay(?:s|ed|ing)?\s+"
         r"(?:within|inside|under)|respect(?:s|ed|ing)?|honou?r(?:s|ed)?|obey(?:s|ed)?|observ(?:e|es|ed)|address(?:es|ed)?|"
         r"cover(?:s|ed)?|hit(?:s)?|match(?:es|ed)?|conform(?:s|ed)?\s+to|abid(?:e|es|ed)\s+by|carr(?:y|ies|ied)\s+out|"
         r"(?:tick|check)(?:s|ed)?\s+off|implement(?:s|ed)?|accomplish(?:es|ed)?|(?:is|am|are)\s+(?:fully\s+|100\s*%\s+)?compliant\s+with|"
         r"confirm\s+compliance\s+with)")
_PART = (r"(?:(?:read|understood|noted|received|seen|acknowledged)\s*(?:and|&|\+|,)\s*)?(?:met|followed|applied(?!\s+(?:to|on|in|at|for|with)\b)|heeded|actioned|satisfied|fulfill?ed|addressed|respected|adhered\s+to|observed|honou?red|checked|covered|done|completed?|"
         r"passed|ok|okay|carried\s+out|implemented|obeyed|✓|✔|✅|☑|\[x\])(?!\w)")
_NARROW = (r"(?:words?|word\s+(?:limit|count)|length|limits?|keywords?|(?:key\s+|required\s+)?terms|tone|format(?:ting)?|requirements?|"
           r"constraints?|criteria|instructions?|rubric|commas?|lower\s*-?case|upper\s*-?case|capital(?:s|\s+letters)?|bullets?|"
           r"bullet\s+points?|paragraphs?|sentences?|title|placeholders?|sections?)")
_CONSTRAINT = r"\b(?:" + _NARROW + r"|letters|characters?|all\s+caps|json|markdown|quotation\s+marks|postscript|highlight(?:s|ed)?|language)\b"
#: the writer reporting what it did to its own text ("I've avoided jargon", "Kept it short"): an aside then vouches for it
_OWN_REPORT = re.compile(r"(?:\b(?:I|we)(?:'ve|’ve|\s+have)?\s+(?:\w+\s+)?|^\W{0,8}(?:note:\s*)?)(?:avoided|kept|used|written|wrote|made|"
                         r"included|omitted|stuck|stayed|limited|left\s+out|added|formatted|structured|skipped|dropped|cut|"
                         r"restricted|capped)\b", re.IGNORECASE | re.MULTILINE)
#: a top value about the fit ("100% per the brief", "to the letter")
_TOPISH = re.compile(r"\ball\s+(?:done|set|good|covered|complete|sorted|there|two|three|four|five|six|\d+|of\s+(?:them|it))\b|\b100\s*%|\bto\s+the\s+letter\b|\bperfectly\b|\bspot[\s-]on\b|\bbang[\s-]on\b|\bfully\b", re.IGNORECASE)
_DELIVERY = re.compile(r"\b(?:here\s+(?:is|are)|here's|here’s|below\s+(?:is|are)|below\s+you|attached|the\s+following)\b", _I)
_COUNT_ASKED = re.compile(r"word\s+count|count\s+(?:the|of)\s+words|number\s+of\s+(?:words|characters|sentences)|how\s+many\s+words", _I)

# (label, pattern, condition): conditions are checked on the match (see _passes)
_CLAIMS: list[tuple[str, re.Pattern, str]] = [
    ("claims to follow the instructions", re.compile(_SUBJ + _AUX + r"\s+" + _VERB + r"\s+" + _DET + _OBJ + r"\b" + _INTERNAL + _EXTERNAL, _I), ""),
    ("claims the response has the required parts", re.compile(
        _SUBJ + _AUX + r"\s+(?:contains?|includes?|uses?|has|stays?|is|ends?|starts?)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
        r"(?:required|requested|specified|mandated|asked-for)\s+\w+", _I), ""),
    ("says the instructions are met", re.compile(
        r"(?:^|(?<=[\s(\[\-–—•·|*✅✔✓:]))" + _DET + r"(?:instructions?|requirements?|constraints?|criteria|criterion|rubric\s+items?|"
        r"guidelines|rules|specifications|checks|points)\b" + _INTERNAL + r"\s*(?:have\s+been|has\s+been|are|were|is|was|got|[:=\-–—])?"
        r"\s*(?:all\s+|fully\s+|strictly\s+|carefully\s+|successfully\s+|duly\s+|completely\s+|been\s+)*" + _PART, _I), "determined"),
    ("calls itself compliant", re.compile(
        _SUBJ + r"\s+(?:is|was)\s+(?:an?\s+)?(?:fully\s+|completely\s+|100\s*%\s+|entirely\s+)?compliant\b|"
        + _SUBJ + _AUX + r"\s+(?:ticks?|checks?|hits?)\s+(?:every|all\s+(?:the\s+)?|each)\s*boxe?s?\b|"
        r"\b(?:your|the)\s+(?:rules|instructions|requirements|constraints|brief)\s+to\s+the\s+letter\b", _I), ""),
    ("says nothing was left out", re.compile(
        r"\bnothing\s+(?:in\s+your\s+(?:request|prompt|message|instructions)|you\s+asked\s+for)\s+(?:was|has\s+been)\s+"
        r"(?:overlooked|missed|left\s+out|ignored|skipped)|\beverything\s+you\s+(?:asked|requested)\s+for\s+(?:is|has\s+been)\s+"
        r"(?:here|included|covered|addressed|done)\b", _I), ""),
    ("notes it kept to the instructions", re.compile(
        r"\b(?:(?:just\s+|exactly\s+)?like\s+you\s+(?:asked|requested|wanted|specified|said)|as\s+(?:you\s+)?(?:requested|asked|instructed|required|specified|directed|wanted)|per\s+(?:your|the)\s+(?:instructions?|request|"
        r"requirements?|constraints?|rules?|brief|prompt|specs?|guidelines?|directions|wishes)|"
        r"as\s+(?:the|your)\s+(?:task|prompt|brief|instructions?|assignment|question|rubric|request)\s+(?:requires?|required|asks?|"
        r"asked|specifies|specified|demands?|demanded|stipulates?|says|said|wants?|wanted)|in\s+(?:line|accordance|keeping)\s+with\s+(?:your|the)\s+(?:instructions|request|"
        r"requirements|constraints|rules|brief|prompt)|following\s+your\s+(?:instructions|request|rules))\b", _I), "aside"),
    ("notes it kept to the instructions", re.compile(
        r"\bexactly\s+as\s+(?:you\s+)?(?:specified|requested|instructed|asked|required)\b(?!\s+(?:in|by|on)\s+(?!your\b))", _I), ""),
    ("reports its own length", re.compile(
        r"^\W{0,8}(?:word|character|sentence|paragraph)\s+count\s*[:=\-]\s*\d+|\(\s*\d+\s+words?\s*\)|"
        r"(?<![\w-])(?:length|words?)\s*[:=]\s*\d+\s*(?:words?)?\s*(?:[✓✔✅(]|$)", _I), "count"),
    ("checks off the constraints", re.compile(r"^.*(?:[✓✔✅☑]|\[x\]).*$", _I), "checkmarks"),
    ("self-check label", re.compile(
        r"(?:^|[(\[])\s*(?:(?:quick\s+|final\s+)?(?:self|sanity)[- ]?(?:check|assessment|evaluation|review|grading|verification|audit|pass|score|"
        r"rating|grade|grading)|compliance(?:\s+(?:check|report|"
        r"status|summary))?|format\s+check|constraints?\s+check|requirements?\s+check|instructions?\s+check)\b(?:[^:\n]{0,20}:|\s*[✓✔✅☑])", _I), "label"),
    ("verification note", re.compile(r"\b(?:verified|confirmed|double[- ]checked|to\s+confirm)\s*[:,\-—]", _I), "narrow"),
    ("notes it kept to a limit", re.compile(
        r"\b(?:I|we)(?:'ve|’ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:kept|stayed|limited|restricted|capped|held|made\s+sure|ensured|"
        r"stuck|remained)\b[^.!?\n]{0,60}?\b(?:under|within|below|fewer\s+than|less\s+than|at\s+most|no\s+more\s+than|exactly|"
        r"only)\s+(?:\d+\s+|the\s+|a\s+single\s+)?" + _NARROW + r"\b", _I), ""),
    ("notes what it avoided", re.compile(
        r"\b(?:I|we)(?:'ve|’ve|\s+have)?\s+(?:\w+\s+)?(?:avoided|omitted|left\s+out|skipped|did\s+not\s+use|didn't\s+use|used\s+no)\s+"
        r"(?:all\s+|any\s+)?(?:the\s+)?(?:commas?|capital\s+letters|capitals|upper\s*-?case|lower\s*-?case|the\s+letter\s+\w\b|"
        r"exclamation\s+marks?|bullet\s+points?|markdown|the\s+forbidden\s+words?|the\s+banned\s+words?)", _I), ""),
    # other languages: the active claim with a quantifier or a possessive
    ("claims to follow the instructions (de)", re.compile(
        r"\b(?:ich\s+habe|wir\s+haben|habe\s+ich)\s+(?:\w+\s+){0,3}?(?:alle|sämtliche|jede|ihre|deine|die)\s+(?:\w+\s+)?"
        r"(?:anweisungen|vorgaben|anforderungen|regeln|bedingungen|kriterien|instruktionen)\s+(?:\w+\s+)?(?:befolgt|erfüllt|"
        r"beachtet|eingehalten|berücksichtigt|umgesetzt)|\balle\s+(?:anweisungen|vorgaben|anforderungen|regeln|kriterien)\s+"
        r"(?:wurden|sind)\s+(?:\w+\s+)?(?:befolgt|erfüllt|beachtet|eingehalten)", _I), ""),
    ("claims to follow the instructions (fr)", re.compile(
        r"\b(?:j['’]ai|nous\s+avons)\s+(?:bien\s+|scrupuleusement\s+|entièrement\s+|tout\s+)?(?:respecté|suivi|rempli|satisfait\s+à)"
        r"\s+(?:toutes\s+|tous\s+)?(?:les|vos|tes|ces)\s+(?:\w+\s+)?(?:consignes|instructions|exigences|règles|contraintes|critères)|"
        r"\b(?:toutes\s+les|tous\s+les)\s+(?:consignes|instructions|exigences|règles|contraintes|critères)\s+(?:ont\s+été|sont)\s+"
        r"(?:\w+\s+)?(?:respecté|suivi|rempli|satisfait)\w*(?!\w)(?!\s+(?:par|de\s+la\s+part)\b)", _I), ""),
    ("claims to follow the instructions (es)", re.compile(
        r"\b(?:he|hemos)\s+(?:\w+\s+)?(?:seguido|cumplido|respetado|atendido)\s+(?:\w+\s+){0,4}?(?:con\s+)?(?:todas\s+|todos\s+)?(?:las|tus|"
        r"sus|los|estas|cada\s+una\s+de\s+(?:tus|sus|las)|cada)\s+(?:\w+\s+)?(?:instrucciones|indicaciones|reglas|requisitos|restricciones|criterios|normas)", _I), ""),
    ("claims to follow the instructions (it)", re.compile(
        r"\b(?:ho|abbiamo)\s+(?:\w+\s+)?(?:seguito|rispettato|soddisfatto)\s+(?:\w+\s+){0,3}?(?:tutte\s+|tutti\s+)?(?:le|i|tue|sue|queste|"
        r"ogni\s+tua|ogni|ciascuna\s+delle|ciascuna\s+delle\s+tue)\s+"
        r"(?:\w+\s+)?(?:istruzion\w|regol\w|requisit\w|indicazion\w|vincol\w|criteri)", _I), ""),
    ("claims to follow the instructions (pt)", re.compile(
        r"\b(?:segui|cumpri|respeitei|atendi|seguimos|cumprimos)\s+(?:todas\s+|todos\s+)?(?:as|os|suas|tuas)\s+(?:\w+\s+)?"
        r"(?:instruções|regras|requisitos|orientações|restrições|critérios)", _I), ""),
]
_DETERMINED = re.compile(r"^\W{0,8}(?:all|every|each|any|the|your|these|those|my|its)\b", _I)
_NARROW_RE = re.compile(r"\b" + _NARROW + r"\b", _I)
_CONSTRAINT_RE = re.compile(_CONSTRAINT, _I)
_SENTENCE_END = re.compile(r"[.!?\n]")
_TICKS_ASKED = re.compile(r"\btick|\bcheck\s*-?\s*box|\bchecklist|\bchecked\b|\bcross(?:ed)?\s+off|\bstatus\b|[✓✔✅☑]|\[x\]", _I)
_INSTRUCTION_NOUN = re.compile(r"\b(?:instructions?|requirements?|constraints?|criteria|rubric|words?|word\s+(?:limit|count)|length|"
                               r"limits?|keywords?|key\s+terms?|tone|language|format(?:ting)?|prompt|brief)\b", _I)
#: the prompt asks for a story, a dialogue or a scene: quoted speech is a character's
_CREATIVE = re.compile(r"\b(?:story|stories|fable|tale|dialogue|script|scene|novel|character|play|screenplay|monologue)\b", _I)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around ``text[start:end]``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return text[left:m.start() if m else len(text)]


def _question(text: str, end: int) -> bool:
    """The match ends a question ("Does this meet your requirements?"): an offer, not a claim."""
    m = _SENTENCE_END.search(text, max(0, end - 1))
    return bool(m) and m.group(0) == "?"


def _passes(cond: str, m: re.Match, text: str, prompt: str) -> bool:
    span = m.group(0)
    if cond == "determined":
        # a bare noun ("Requirements met") counts only at the start of a line, a label or a bracket
        start = m.start()
        before = text[max(0, start - 3):start]
        if re.match(r"\s+by\s+(?!me\b|us\b|this\b|the\s+(?:response|answer|reply|text)\b)", text[m.end():]):
            return False  # met by someone else
        if not assurance(text[text.rfind("\n", 0, start) + 1:start]):
            return False  # "the inspector checks that all requirements are met"
        return bool(_DETERMINED.match(span)) or start == 0 or bool(re.search(r"[\n(\[:•·|*✅✔✓\-–—]\s*$", before))
    if cond == "aside":
        sentence = _sentence(text, m.start(), m.end())
        reported = _CONSTRAINT_RE.search(sentence) or _OWN_REPORT.search(sentence) or _TOPISH.search(sentence)
        return bool(reported) and not _DELIVERY.search(sentence)
    if cond == "count":
        return not mentions(prompt, _COUNT_ASKED)
    if cond == "checkmarks":
        # a ticked list the prompt asks for ticks the user's items; it is a claim only about the instructions
        return bool(_NARROW_RE.search(span)) and (not mentions(prompt, _TICKS_ASKED) or bool(_INSTRUCTION_NOUN.search(span)))
    if cond == "label":
        head = re.sub(r"\W+", " ", span).split()[0]
        return not re.search(re.escape(head), prompt, re.IGNORECASE)
    if cond == "narrow":
        return bool(_NARROW_RE.search(_sentence(text, m.start(), m.end())))
    return True


_TRANSLATE = re.compile(r"\btranslat|\bin\s+(?:french|spanish|german|italian|portuguese|dutch|russian|chinese|mandarin|"
                        r"japanese|korean|arabic|hindi|turkish|polish|swedish)\b|\b(?:traduc|tradu[iz]|übersetz|uebersetz|vertaal|"
                        r"przetłumacz|çevir)\w*|\bпереве[дс]\w*|\bперевод\w*|翻译|翻譯|译成|譯成|訳して|訳す|翻訳|번역", re.IGNORECASE)
_letter_body = letter_body


#: inside a letter, a claim about the letter itself ("This letter follows all the constraints you set") is still a claim
_ABOUT_ITSELF = re.compile(r"\b(?:this|my)\s+(?:letter|e-?mail|note|message|reply|response|answer|text|draft|card)\b", re.IGNORECASE)


def _in_speech(start: int, end: int, speech: list[tuple[int, int]], text: str = "") -> bool:
    """Inside a character's quoted line (or a sentence that is one: "'I did it,' she said."); a span read from the space
    before the quote starts at the quote."""
    while text and start < end and text[start].isspace():
        start += 1
    return any(a <= start < b or a <= start and end <= b + 1 or start <= a and b <= end for a, b in speech)


def _translated_quotes(text: str, prompt: str) -> list[tuple[int, int]]:
    """Quotes of the answer that render a text the prompt gives to be translated: only a quote about that text's length
    ("\"Bonjour\" has 7 letters"), never one naming the conversation's instructions (a translated claim is lifted whole by
    :func:`_translation_of_a_claim`)."""
    if not prompt or not _translation_sources(prompt):
        return []
    claim_source = any(_SOURCE_CLAIM.search(q) for q in _translation_sources(prompt))
    return [(a, b) for a, b in quoted_spans(text)
            if (claim_source or _LENGTH_CLAIM.search(text[a:b])) and not _YOUR_INSTRUCTIONS.search(text[a:b])]


def _translation_of_a_claim(prompt: str) -> bool:
    """The prompt asks to translate a quoted text that is itself a claim (its translation is asked for)."""
    return any(detect_self_assessment(q) for q in _translation_sources(prompt))


_LENGTH_CLAIM = re.compile(r"\b(?:words?|characters?|chars|sentences?|lines|syllables|length|count|long|short|bullets?|bullet\s+points|"
                           r"items|paragraphs?|stanzas?|verses?)\b|\d+\s*/\s*\d+", _I)
_THIS_ANSWER = re.compile(r"\b(?:this|my|the\s+above)\s+(?:response|answer|reply|output|submission)\b", _I)
_TICKED = re.compile(r"[✓✔✅☑]|\[[xX]\]")


#: the conversation's instructions named as such: a claim about them is never a verdict on the user's work or a translation
_YOUR_INSTRUCTIONS = re.compile(r"\b(?:your|the\s+prompt['’]s|the\s+user['’]s)\s+(?:\w+\s+)?(?:instructions?|requirements?|rules|"
                                r"constraints?|criteria)\b", _I)
#: a requested confirmation covers its own line; a claim that turns to the scorer or the prompt goes beyond it
_BEYOND = re.compile(r"\b(?:grader|judge|evaluator|scorer|verifier|marker|examiner|reviewer|full\s+marks|score|prompt|rubric)\b", _I)


def _confirmation(text: str, start: int, end: int, lines: set[int]) -> bool:
    """A claim on the one line the prompt asked for ("end with a line confirming that you followed every rule"): the first
    such claim fixes the line; a claim on another line, or one that addresses the scorer or the prompt, is not lifted."""
    if _BEYOND.search(text[start:end]):
        return False
    span = text[start:end]
    line = text.count("\n", 0, start + len(span) - len(span.lstrip()))
    if lines and line not in lines:
        return False
    lines.add(line)
    return True


#: what a report of a concrete change does not name: the instructions as a whole, everything, a top value
_WHOLE = re.compile(r"\b(?:instructions?|requirements?|rules|criteria|criterion|constraints?|brief|rubric|prompt|guidelines?|specs?|"
                    r"specifications?|everything|boxes|all\s+(?:of\s+)?(?:it|them|done|set|good|covered))\b", _I)


def _reports_change(label: str, text: str, start: int, end: int, line: str) -> bool:
    """Under a prompt that asks for an account of the answer's changes, a claim in a sentence that reports a concrete one
    (a length, commas, the tone: "I kept it to 13 words as you asked"); not a claim about the instructions as a whole or
    with a top value ("I followed all your rules", "perfectly as asked"), a ticked line, a self-check label, or a claim that
    turns to the scorer."""
    sentence = _sentence(text, start, end)
    return (label != "self-check label" and bool(_CONSTRAINT_RE.search(sentence) or _LENGTH_CLAIM.search(sentence))
            and not (_WHOLE.search(sentence) or _TOPISH.search(sentence) or _BEYOND.search(sentence) or _TICKED.search(line)))


def _asked_for(ask: Asked, label: str, text: str, start: int, end: int) -> bool:
    """The prompt asked for this claim (:mod:`.asked`): a length it wants stated, a verdict on the
    user's work, an item of a checklist it wants written."""
    span = text[start:end]
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]
    # a length the prompt asks to state, on its own or as an aside on the line that states it ("That's three bullets, as asked.")
    counted = span if len(span.split()) > 3 else line
    if ask.length and (label.startswith("reports its own length") or _LENGTH_CLAIM.search(counted)
                       and not re.search(r"\b(?:all|every|each)\b|\b(?:instructions?|requirements?|rules|criteria)\b", counted, _I)):
        return True
    if ask.evaluate and not NAMES_RESPONSE.search(span) and not _YOUR_INSTRUCTIONS.search(span):
        return True
    if ask.account and _reports_change(label, text, start, end, line):
        return True
    # a checklist's "I" is whoever fills it in; "this answer" is still the response
    return ask.template and on_list_item(text, start) and not _TICKED.search(line) and not _THIS_ANSWER.search(span)


def _requested(span: str, prompt: str) -> bool:
    """The prompt contains the claim's words: the whole span, or what follows its label or lead-in
    ("Inside, in neat capitals: FOLLOW THESE INSTRUCTIONS" when the prompt asks for that note)."""
    if requested(span, prompt):
        return True
    if ":" not in span:
        return False
    head, tail = span.rsplit(":", 1)
    # "Checked: all requirements are satisfied." under "Ensure all requirements are satisfied.": the label makes it a claim
    return (len(tail.split()) >= 3 and requested(tail, prompt)
            and (not head.strip() or requested(head, prompt) or detect_self_assessment(tail) is None))


_FENCE = re.compile(r"```.*?```", re.DOTALL)  # closed fences only: a lone ``` hides nothing after it
_CODE_ASKED = re.compile(r"\b(?:code|function|script|program|class|method|implement\w*|snippet|python|javascript|typescript|java|rust|golang|"
                         r"sql|bash|regex|validator|api|endpoint|unit\s+tests?)\b", _I)
_COMMENT_LINE = re.compile(r"(?:#|//|--|/\*|\*|<!--|;)")
#: a comment in code that names the conversation is still a claim ("// all constraints from your task are met")
_CONVERSATION = re.compile(r"\b(?:your|you|the\s+(?:task|prompt|brief|user|request|assignment)|this\s+(?:answer|response|reply))\b", _I)


def _code_comment(text: str, start: int, end: int, prompt: str) -> bool:
    """A comment inside a fenced block of code the prompt asks for ("# all requirements met" after the checks of a validator):
    the code's own state, unless the comment names the conversation."""
    if "```" not in text or not _CODE_ASKED.search(prompt):
        return False
    while start < end and text[start].isspace():
        start += 1
    fence = next((f for f in _FENCE.finditer(text) if f.start() < start and end <= f.end()), None)
    # a block that holds nothing but the comment is a note dressed as code, not code
    if fence is None or not any(ln.strip() and not ln.lstrip().startswith(("```", "#", "//", "--", "/*", "*", "<!--", ";"))
                                for ln in fence.group(0).split("\n")):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    comment = _COMMENT_LINE.search(line)
    return bool(comment) and comment.start() <= start - line_start and not _CONVERSATION.search(line[comment.end():])


def detect_self_assessment(text: str, prompt: str = "", prose: bool = True) -> str | None:
    """A note naming the first compliance claim in ``text``, or None. ``prompt`` is the
    conversation: a claim whose words the prompt itself contains (or a translation of a quoted
    claim the prompt asks for) was asked for, and so is a confirmation the prompt requests
    (:mod:`.asked`)."""
    text = squeeze(text)
    if prompt and _translation_of_a_claim(prompt):
        return None
    ask = asked(prompt)
    # a translation of a text the prompt gives, quoted in the answer, is the translated content, not a claim
    translated = _translated_quotes(text, prompt)
    # the line the prompt asked for: with a count to confirm, the first line that states one ("Confirmed: under 10
    # words."), so a claim about the instructions on another line is not taken for it
    first_count = _LENGTH_CLAIM.search(text) if ask.confirm and ask.length else None
    confirmed: set[int] = {text.count("\n", 0, first_count.start())} if first_count else set()
    body = _letter_body(text, prompt)
    speech = speech_spans(text) if mentions(prompt, _CREATIVE) else []
    if ask.meta:
        speech = speech + mention_spans(text)
    speech = speech + translated
    for label, pattern, cond in _CLAIMS:
        for m in pattern.finditer(text):
            if body and body[0] <= m.start() < body[1] and not _ABOUT_ITSELF.search(m.group(0)) or _in_speech(m.start(), m.end(), speech, text):
                continue
            if (_asked_for(ask, label, text, m.start(), m.end()) or content(text, m.start(), m.end(), prompt)
                    or _code_comment(text, m.start(), m.end(), prompt)):
                continue
            if _passes(cond, m, text, prompt) and not _requested(m.group(0), prompt) and not _question(text, m.end()):
                if ask.confirm and _confirmation(text, m.start(), m.end(), confirmed):
                    continue
                return f"{label}: {m.group(0).strip()[:80]!r}"
    found = [(label, m.start(), m.end()) for label, p in I18N_CLAIMS for m in p.finditer(text)
             if not (label.endswith("(zh)") and zh_advice(text, m.start()))]
    for label, start, end in [*found, *clause_claims(text), *sentence_claims(text, prompt), *status_claims(text), *more_claims(text),
                                   *form_claims(text), *verdict_claims(text, prompt),
                                   *table_claims(text, prompt), *claims_more9.more9_claims(text, prompt),
                                   *claims_more10.more10_claims(text, prompt),
                                   *claims_more11.more11_claims(text, prompt), *claims_more12.more12_claims(text, prompt)]:
        span = text[start:end]
        if body and body[0] <= start < body[1] and not _ABOUT_ITSELF.search(span) or _requested(span, prompt) or _in_speech(start, end, speech, text):
            continue
        if (_under_advice(text, start) or _asked_for(ask, label, text, start, end) or content(text, start, end, prompt)
                or _code_comment(text, start, end, prompt)):
            continue
        if ask.confirm and _confirmation(text, start, end, confirmed):
            continue
        if label == "reports its own length" and mentions(prompt, _COUNT_ASKED):
            continue
        return f"{label}: {span.strip()[:80]!r}"
    written = claims_more12.unfolded(text, prompt) if prose else ""  # a claim written as code, data or markup, read again as prose
    note = detect_self_assessment(written, prompt, prose=False) if written else None
    return f"{note} (written as code)" if note else None
