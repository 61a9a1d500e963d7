"""Who a sentence speaks about: the response itself, the user's own work, or a third party.

The vocabulary both claim readers share (what a response is called, the generic instruction nouns)
and the subject tests of :mod:`.claims_clause`: a sentence whose subject is the user's essay, a
patient, a building or "the contractor" makes no claim about the response, unless the subject could
be the writer under another name ("Assistant meets all the requirements.").
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

#: what a response is, named by its kind ("this plan", "the list above"): a subject that is the response
DELIVERABLE = (r"response|answer|reply|text|output|essay|poem|summary|letter|email|story|draft|list|version|haiku|code|solution|"
               r"translation|rewrite|paragraph|piece|post|write-?up|submission|one|result|content|plan|schedule|outline|itinerary|"
               r"table|script|song|lyrics|description|bio|tweet|caption|slogan|article|report|proposal|speech|toast|limerick|"
               r"sonnet|verse|message|memo|title|headline|abstract|introduction|conclusion|section|snippet|function|program|"
               r"implementation|routine|agenda|checklist|guide|rhyme|work|attempt|document|page|whole\s+thing|thing|bullets?|"
               r"sentences?|words|pitch|blurb|review|note|lines|stanzas?|chapter|entry|deliverable|query|regex|config|configuration|module|"
               r"class|component|markup|layout|recipe|menu|playlist|query|formula|spreadsheet|diagram|chart|outline|sketch")

#: auxiliaries and adverbs that stand between a subject and its predicate ("this reply has now fully ..."); the clause and
#: verdict readings strip them to find the subject
AUX = (r"have|has|had|'ve|’ve|did|do|does|am|is|are|was|were|been|being|got|will|would|should|must|can|could|hereby|also|always|"
       r"now|just|certainly|definitely|fully|strictly|completely|closely|carefully|faithfully|precisely|exactly|really|indeed|truly|"
       r"thoroughly|duly|successfully|genuinely|hopefully")

#: generic instruction nouns: the conversation's only with a determiner or a pointer
_GENERIC = (r"instructions?|requirements?|constraints?|criteria|criterion|rubric\s+items?|guidelines?|specifications?|specs?|"
            r"restrictions?|limitations?|limits|demands|directives?|(?<=every\s)limit|(?<=each\s)limit|"
            r"rules?|directions|conditions|stipulations|asks?|requests?|points?|bullets?\s+(?:points?\s+)?you\s+\w+|boxes|marks|"
            r"checklist|parameters|format(?:ting)?(?:\s+(?:rules?|requirements?|constraints?|specs?))?|"
            r"(?:word|length|character|sentence|paragraph)[\s-]+(?:limits?|counts?|caps?|targets?|requirements?)")
#: the nouns a reference to the conversation's instructions is made of
_INSTR_NOUN = (r"instructions?|requirements?|constraints?|criteria|criterion|rubric|guidelines?|specs?|specifications?|brief|rules?|"
               r"restrictions?|limitations?|demands|sections?\s+of\s+(?:your|the)\s+(?:request|prompt|brief)|"
               r"stipulations?|parameters?|conditions?|limits?|caps?|max(?:imum)?|format(?:ting)?|directions|asks|box(?:es)?|checklist|counts|"
               r"word\s+(?:limit|count|cap|budget)|length|prompt")

#: the user's own work as subject ("your essay stays within the word limit"): feedback, not a claim
_USER_WORK = re.compile(r"^\W{0,8}(?:\w+\s+){0,2}?your\s+(?!(?:own\s+)?(?:" + _INSTR_NOUN + r")\b)[^\W\d]+", _I)
_THIRD_HEAD = re.compile(r"^\W{0,8}(?:the|a|an)\s+(?!(?:above|final|whole|entire|full|present|following|reply|response|answer|text|"
                         r"output|draft|version|essay|poem|summary|story|letter|email|list|brief|prompt|rubric|instructions|"
                         r"requirements|constraints|criteria|rules|guidelines|spec|format|length|word)\b)[^\W\d]+", _I)

#: a noun phrase right before the adherence word that is not the response: its subject is something else
_OTHER_SUBJECT = re.compile(r"\b(?:the|a|an|our|their|his|her|its|your|my|this|that)\s+([^\W\d]+)(?:\s+[^\W\d]+)?\s*(?:is|are|was|were|"
                            r"has|have|had|does|do|did|should|now|also|fully|really|clearly|\s)*$", _I)
_SELF_NOUN = re.compile(r"^(?:" + DELIVERABLE + r"|response|answer|reply|text|output|essay|poem|summary|letter|email|story|draft|list|version|haiku|code|"
                        r"solution|translation|rewrite|paragraph|piece|post|submission|one|result|content|above|final|whole|entire)$",
                        _I)


#: a bare noun phrase opening the sentence ("Patient meets ...", "Fire exits were inspected and meet ..."): a third party
#: (a person, a building, a product), unless the noun is the response, an instruction, a pronoun or an adverb
_BARE_HEAD = re.compile(r"^\W{0,8}((?-i:[A-Z][a-z]+)(?:\s+(?-i:[a-z]+)){0,2}?)\s+(?:(?:was|were|is|are|has|have|had)\b(?:[^.!?;\n]*?\s+and)?\s+)?$")
_NOT_THIRD = re.compile(r"^(?:i|we|it|this|that|these|those|everything|nothing|all|every|each|both|any|no|none|your|my|our|the|a|an|"
                        r"here|there|yes|also|and|so|then|now|overall|again|note|done|kept|met|status|result|check|self|"
                        r"assistant|model|ai|writer|author|bot|llm|chatbot|gpt|claude|gemini|llama|agent|system|generator|"
                        r"responder|respondent|me|myself|undersigned|"
                        r"" + DELIVERABLE + r"|" + _GENERIC + r"|\w+ly|\w+ed)$", _I)


#: a modifier naming whose rules they are ("all hygiene requirements", "all the discharge criteria")
_DOMAIN_RULES = re.compile(r"^(?:all|every|each|both|any)(?:\s+(?:single|one|of))*(?:\s+(?:the|these|those))?\s+(?!(?:given|stated|"
                           r"listed|specified|requested|required|original|above|provided|outlined|relevant|necessary|applicable|"
                           r"other|remaining|specific|key|main|important|different|individual|format\w*|length|word|style|content|"
                           r"task|prompt|user|your|my|the|stylistic|formal|explicit|implicit)\b)[^\W\d]+\s+\S", _I)


def _bare_third_party(head: str, prompt: str, obj: str) -> bool:
    """A bare subject that is plainly a third party: the prompt names it ("... saying the patient can go home": "Patient
    meets ...") or the rules are its own ("Fridges ... meet all hygiene requirements"). Otherwise the subject could be the
    writer under another name ("Assistant meets all the requirements.")."""
    m = _BARE_HEAD.match(head)
    words = m.group(1).split() if m else []
    return (bool(words) and not any(_NOT_THIRD.match(w) for w in words)
            and (bool(re.search(r"\b" + re.escape(words[0]) + r"(?:s|es)?\b", prompt, _I)) or bool(_DOMAIN_RULES.match(obj))))


def _other_subject(head: str) -> bool:
    m = _OTHER_SUBJECT.search(head)
    return bool(m) and not _SELF_NOUN.match(m.group(1)) and not re.search(r"^(?:the|your|all|every|each)\s+(?:" + _INSTR_NOUN + r")",
                                                                          m.group(0).strip(), _I)
