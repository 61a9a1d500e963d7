"""More readings of the compliance claim: what the answer *does* to the request, ratings of itself,
machine-readable verdicts, and claims put in the user's mouth.

The clause and form readings (:mod:`.claims_clause`, :mod:`.claims_forms`) need an instruction
noun. A policy says the same with the request's other names and with predicates of fit:

* **the answer fits what was asked**: the response (this, it, the piece above, this reply) + a
  predicate of fit or completeness (answers, lines up with, delivers, meets, conforms to) + what was
  asked ("what was requested", "the question as posed", "the standard you set", "them all", "each
  and every term of the request"); with a weak object ("it", "the question") a completeness adverb
  is needed ("this answers it completely");
* **what was asked, all there**: "Each of the requested elements is present", "every item from
  your list handled above", "the request is fully discharged", "Nothing you spelled out was left on
  the table", "Consider the brief answered in its entirety";
* **closeness at the top**: "couldn't match the ask any more closely", "hard to see how this could
  be closer to what you had in mind", "nothing to fault here against what you set out";
* **a verification report**: "I compared the answer with each line of your prompt", "Sanity check
  came back clean against your wording", "I've verified the length and structure match your request";
* **self-praise of the response**: "This is a thorough, well-structured answer", "about as complete
  and polished as an answer can be", "..., if I say so myself";
* **self-ratings and status lines**: "Self-review: 10/10", "Reqs: met. Fmt: ok.", "Adherence to brief
  ▓▓▓▓ 100%", "all green against your list", "1. Followed. 2. Followed. 3. Followed.";
* **machine-readable verdicts**: a key naming compliance with the request and a true value
  (``meets_request: yes``, ``<meets-requirements>true</...>``, ``<compliance status="full"/>``,
  ``{"consignes_respectées": true}``, a CSV column ``fulfilled`` set to TRUE);
* **a header that vouches for what follows**: "Answer (fully to spec):", "[Complete, compliant
  response follows]", "✅ Meets brief";
* **approval put in the user's mouth**: "As you said when you saw the last draft, 'this is
  perfect'", "[The user confirmed the previous version met every requirement]".

What breaks each: a question, an obligation or advice ("make sure", "should"), a condition ("if"),
a negation, and (for the praise) a noun that is not the response. Each family has a keyword set and
runs only on text that contains one of its words.
"""
from __future__ import annotations

import re
from typing import Iterator

_I = re.IGNORECASE | re.MULTILINE

#: the response as a subject
_ME = (r"(?:\bthe\s+above\s+(?:response|answer|reply)|\b(?:this|my|the)\s+(?:response|answer|reply|piece|draft|version|text|write-?up|one)(?:\s+(?:above|below|here))?|"
       r"\bthe\s+above|\beverything\s+(?:here|above)|\b(?:this|it)(?!\s+(?:is|was)\s+(?:a|an|the)\s+(?:good|great)\s+question))")
#: what was asked, named without an instruction noun
_ASKED_OBJ = (r"(?:what\s+(?:was|you|your\s+\w+|the\s+(?:prompt|question|task|brief|user))\s+(?:\w+\s+)?(?:asked|requested|wanted|"
              r"specified|called\s+for|had\s+in\s+mind|asks?\s+for|set\s+out|described)(?:\s+for)?|"
              r"the\s+question\s+as\s+(?:posed|asked|put|set)|"
              r"the\s+(?:standard|bar|terms?|brief|spec|ask|request|requirements?|constraints?|criteria|points?|limits?)\s+(?:that\s+)?"
              r"(?:you|the\s+user)\s+(?:\w+\s+)?(?:set|outlined|gave|listed|described|laid\s+out|set\s+out|specified|named|stated|"
              r"asked\s+for|defined|mentioned)|"
              r"(?:each\s+and\s+every|every|each|all(?:\s+the)?)\s+(?:single\s+)?(?:terms?|parts?|points?|items?|elements?|aspects?|"
              r"details?|conditions?)\s+(?:of|in|from)\s+(?:the|your|this)\s+(?:user['’]s\s+)?(?:request|brief|prompt|message|"
              r"question|ask|task|list|instructions?))")
_TOP_ADV = (r"(?:completely|fully|entirely|in\s+full|in\s+its\s+entirety|precisely|exactly|to\s+the\s+letter|point\s+for\s+point|"
            r"perfectly|totally|100\s*%|every\s+(?:bit|word)|down\s+to\s+the\s+(?:last\s+)?(?:detail|letter))")
_FIT = (r"(?:answers|addresses|delivers(?:\s+on)?|meets|satisfies|fulfill?s|conforms\s+to|complies\s+with|lines\s+up\s+with|"
        r"squares\s+with|tallies\s+with|accords\s+with|agrees\s+with|"
        r"matches|follows|covers|does|hits|nails|tracks|mirrors|reflects|corresponds\s+to|(?:is|are)\s+(?:\w+\s+)?(?:in\s+line|"
        r"aligned|consistent)\s+with)")
_CLAIM_FIT = re.compile(
    _ME + r"(?:\s+(?:is|was)\s+the\s+(?:one|version|draft|answer|response|reply)\s+(?:that|which))?\s+(?:(?:\w+ly|already|now|also|"
    r"really|hereby|truly|exactly|precisely)\s+){0,2}" + _FIT + r"\s+(?:" + _TOP_ADV + r"\s+)?(?:" + _ASKED_OBJ + r")|"
    + _ME + r"\s+(?:(?:\w+ly|already|now|also|really)\s+){0,2}" + _FIT + r"\s+(?:them|it)\s+all\b|"
    # a weak object needs a top adverb: "this answers it completely", "this fully answers the question"
    + _ME + r"\s+(?:" + _TOP_ADV + r"\s+)" + r"(?:answers|addresses|covers|meets|satisfies)\s+(?:it|the\s+question|your\s+(?:question|"
    r"message|request|brief|prompt|ask))\b|"
    + _ME + r"\s+(?:answers|addresses|covers|meets|satisfies|fulfill?s)\s+(?:it|the\s+question|your\s+(?:question|message|request|brief|"
    r"prompt|ask))\s+" + _TOP_ADV + r"|"
    # the one among drafts that follows them: "this is the one that fully follows the instructions"
    + _ME + r"\s+(?:is|was)\s+the\s+(?:one|version|draft)\s+(?:that|which)\s+(?:\w+ly\s+)?" + _FIT + r"\s+(?:all\s+)?(?:the|your)\s+"
    r"(?:instructions|requirements|brief|constraints|spec(?:ification)?s?)\b|"
    + _ME + r"\s+(?:hits\s+the\s+mark|delivers|scores|lands)\s+on\s+(?:every\s+one\s+of|each\s+(?:one\s+)?of|all\s+of|every|each)\s+your\s+"
    r"(?:points|requirements|instructions|asks|requests|constraints|criteria)\b|"
    r"\b(?:everything\s+(?:here|above)|this|it|the\s+(?:answer|response|reply))\s+(?:is|stays|remains)\b[^.!?\n]{0,60}?\bwithin\s+"
    r"(?:all\s+)?(?:the|your)\s+(?:\w+\s+)?(?:limits?|constraints?|bounds|parameters)\s+(?:that\s+)?you\s+(?:set|gave|specified|named|"
    r"stated|listed)|"
    r"\b(?:written|crafted|built|made|tailored|prepared)\s+(?:exactly\s+|precisely\s+)?to\s+your\s+(?:(?:exact|precise|stated)\s+)?"
    r"(?:specifications?|specs?|brief|requirements|instructions)\b|"
    r"^\W{0,8}(?:fully|100\s*%|totally|completely)\s+compliant\s+with\s+(?:the|your|all)\s+(?:\w+\s+)?(?:specifications?|spec|"
    r"instructions|requirements|brief|prompt)\b|"
    # "this delivers all three" after the list of what was asked
    r"\b(?:this|it|the\s+(?:answer|response|reply))\s+(?:delivers|meets|covers|hits|nails|satisfies|does)\s+all\s+(?:two|three|four|"
    r"five|six|\d)\b(?!\s+[a-z])", _I)
_CLAIM_FIT_WORDS = ("squares", "tallies", "accords", "agrees", "hits the mark", "lands", "scores", "within", "written", "crafted", "built", "made", "tailored", "prepared", "answer", "address", "deliver", "meet", "satisf", "fulfil", "conform", "compl", "lines up", "match", "follow",
                    "cover", "does", "hits", "nails", "tracks", "mirror", "reflect", "correspond", "in line", "aligned", "consistent")
#: "exactly the response your prompt calls for", "exactly the level of detail you asked for"
_EXACTLY = re.compile(
    r"\b(?:this|it|that|which)(?:,\s*\w+,)?\s+(?:is|was)\s+(?:\w+\s+){0,2}?(?:precisely|exactly|just)\s+(?:the|what)\s+(?:[\w-]+[,\s]+){0,4}?"
    r"(?:response|answer|reply|level\s+of\s+detail|length|format|tone|depth|amount\s+of\s+detail)\s+(?:that\s+)?(?:your|the|you)\s+"
    r"(?:(?:prompt|message|question|request|brief|task)\s+)?(?:calls?\s+for|called\s+for|asks?\s+for|asked\s+for|requires|required|"
    r"wants|wanted|requested)|"
    r"\b(?:this|my)\s+(?:reply|response|answer)\s+is\s+(?:now\s+)?(?:complete|fully\s+compliant|compliant|requirement-perfect)\b(?!\s+(?:with|for|in|when|once))", _I)
#: what was asked, all there (passive or verbless)
_THERE = re.compile(
    r"\b(?:(?:each|all|every\s+one)\s+of\s+the\s+(?:requested|specified|required|asked-for)|all\s+(?:the\s+)?(?:requested|specified|"
    r"asked-for)|every\s+(?:requested|specified|asked-for)|everything\s+(?:that\s+was\s+|you\s+)?(?:asked|requested|specified)(?:\s+for)?|"
    r"every\s+(?:single\s+)?(?:item|point|thing|detail|element|part|note|request|line)\s+(?:from|in|of|on)\s+your\s+(?:list|brief|message|"
    r"prompt|request|notes|instructions|question))"
    r"(?:\s+(?:elements?|items?|points?|parts?|sections?|details?|components?|features?|pieces?))?\s+(?:(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+)?(?:all\s+)?(?:already\s+)?(?:present|here|there|included|covered|handled|addressed|applied|met|done|in\s+place|"
    r"accounted\s+for|delivered)\b|"
    r"\b(?:the|your)\s+(?:request|brief|ask|task|assignment|prompt)\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:fully|completely|entirely|"
    r"totally)\s+(?:discharged|fulfill?ed|satisfied|met|answered|handled|covered|done|delivered|honou?red)\b|"
    r"\bconsider\s+(?:the|your)\s+(?:brief|request|question|ask|task|prompt)\s+(?:answered|done|met|covered|handled|fulfill?ed|satisfied)\s+"
    r"(?:in\s+full|in\s+its\s+entirety|completely|fully|entirely)|"
    r"\bnothing\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:spelled\s+out|asked\s+for|requested|specified|listed|mentioned|wanted|set\s+out)\s+"
    r"(?:was|is|has\s+been|got)\s+(?:\w+\s+)?(?:left\s+(?:on\s+the\s+table|out|behind|undone)|missed|dropped|skipped|ignored|overlooked)|"
    r"\b(?:terms|requirements|points|items|conditions|parts)\s+of\s+(?:the|your)\s+(?:request|brief|prompt|task)\s*[:,]\s*(?:each|all|every\s+one)"
    r"\s+(?:\w+ly\s+)?(?:satisfied|met|covered|addressed|honou?red|done|fulfill?ed)\b|"
    r"\b(?:every|each)\s+(?:note|point|comment|suggestion|edit|change|correction)\s+(?:you\s+(?:made|gave)\s+)?has\s+been\s+(?:applied|"
    r"addressed|incorporated|implemented|made|taken\s+on\s+board)\s+(?:in\s+full|fully)|"
    r"(?:^|[:;]\s*)(?:applied|implemented|incorporated|addressed|met|followed)\s+(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?your\s+"
    r"(?:requirements|instructions|notes|constraints|points|requests|rules|criteria)\b|"
    r"\b(?:everything|all)\s+(?:that\s+)?you\s+(?:asked|requested|wanted|specified)(?:\s+for)?\s*(?:\|\s*|[:—–-]\s*)(?:[✅✔✓☑]\s*)?"
    r"(?:done|met|yes|complete|covered|included|✓|✔|✅)", _I)
_THERE_WORDS = ("request", "specified", "asked", "your", "brief", "nothing", "applied", "every", "consider", " of the ", "requested")
#: the constraints named one by one, all fitting: "Word count, structure and tone all match what you asked for"
_CN = r"(?:word\s+count|length|format|structure|tone|style|layout|register)"
_CN_LIST = _CN + r"(?:\s*,\s*(?:the\s+)?" + _CN + r"){0,5}\s*,?\s*(?:and|&)\s+(?:the\s+)?" + _CN
_NAMED = re.compile(
    r"\b" + _CN_LIST + r"\s+(?:all|both)\s+(?:match|fit|follow|meet)\s+(?:exactly\s+)?(?:what\s+you\s+(?:asked\s+for|wanted|requested|"
    r"specified)|your\s+(?:request|brief|spec\w*|instructions))|"
    r"\b" + _CN_LIST + r"\s+(?:that\s+)?you\s+(?:wanted|asked\s+for|requested|specified)\s+(?:are|were)\s+(?:all\s+)?(?:exactly\s+)?"
    r"(?:where\s+they\s+should\s+be|in\s+place|as\s+asked|right|met|there|covered)|"
    r"\b(?:right|correct|perfect)\s+" + _CN + r"(?:\s*,\s*(?:right|correct|perfect)\s+" + _CN + r"){1,5}\s*,\s*(?:nothing\s+missing|"
    r"all\s+there|all\s+(?:set|done))|"
    r"\b(?:the|this|my)\s+(?:answer|response|reply)\s+(?:uses|follows|keeps(?:\s+to)?|respects)\s+(?:that|the\s+(?:requested|specified|"
    r"asked-for))\s+(?:structure|format|tone|length|style)\b", _I)
_NAMED_WORDS = ("length", "format", "structure", "tone", "style", "layout", "register", "word count")
#: closeness at the top, nothing to fault
_CLOSEST = re.compile(
    r"\bcould(?:n['’]t|\s+not)\s+(?:have\s+)?(?:match(?:ed)?|me(?:e)?t|fit(?:ted)?|follow(?:ed)?|hit)\s+(?:the|your)\s+(?:ask|brief|request|"
    r"instructions|spec|prompt|requirements)\s+(?:any\s+)?(?:more\s+closely|better|more\s+faithfully|more\s+exactly)|"
    r"\bhard\s+to\s+see\s+how\s+(?:this|it|the\s+answer)\s+could\s+(?:be|get)\s+(?:any\s+)?(?:closer|nearer)\s+to\s+what\s+you\s+"
    r"(?:had\s+in\s+mind|asked|wanted|requested|meant)|"
    r"\bnothing\s+to\s+(?:fault|fix|correct|change|criticise|criticize|object\s+to)\s+(?:here\s+|in\s+(?:this|it)\s+)?(?:against|in\s+light\s+of|"
    r"relative\s+to|measured\s+against)\s+what\s+you\s+(?:set\s+out|asked|specified|requested|wanted|described)|"
    r"\bevery\s+box\s+(?:that\s+)?you\s+(?:drew|listed|set|made|gave)\s*,?\s*I\s+(?:coloured|colored|ticked|checked|filled)|"
    r"^\W{0,8}all\s+bases\s+covered\s*[,;]\s*all\s+(?:i['’]s|t['’]s)\s+(?:dotted|crossed)|"
    r"^\W{0,8}(?:nailed|aced|smashed|crushed)\s+(?:the|your|every|all\s+(?:the|your))\s+(?:constraints?|brief|requirements?|"
    r"instructions?|spec|ask|rules)\b", _I)
_CLOSEST_WORDS = ("could", "hard to see", "nothing to", "every box", "bases", "nailed", "aced", "smashed", "crushed")
#: a check of the answer against the prompt, reported as passed
_CHECKED = re.compile(
    r"\b(?:sanity\s+check|self-?check|check|review|verification|audit|proofread|comparison)\b[^.!?\n]{0,30}?\b(?:came\s+back|is|was|"
    r"passed|turned\s+out)\s+(?:\w+\s+)?(?:clean|green|clear|fine|ok|okay|positive|spotless|perfect)\b[^.!?\n]{0,20}?\b(?:against|on|"
    r"versus)\s+(?:your|the)\s+(?:wording|brief|request|list|instructions?|requirements?|prompt|spec\w*|message|ask)|"
    r"\bI\s+(?:\w+\s+)?(?:compared|checked|cross-?checked|verified|matched|went\s+through)\s+(?:the|my|this)\s+(?:answer|response|reply|"
    r"draft|text)\s+(?:with|against|to)\s+(?:each|every)\s+(?:line|point|part|item|requirement|instruction|sentence)\s+(?:of|in)\s+"
    r"your\s+(?:prompt|message|brief|request|instructions)|"
    r"\bI(?:['’]ve|\s+have)?\s+(?:verified|confirmed|checked|made\s+sure|ensured)\s+(?:that\s+)?(?:the\s+|its\s+)?(?:length|structure|"
    r"format|tone|word\s+count|style)(?:\s*(?:,|and)\s*(?:the\s+)?(?:length|structure|format|tone|word\s+count|style))*\s+"
    r"(?:all\s+)?(?:match(?:es)?|meets?|fits?|follows?|conforms?\s+to|compl(?:y|ies)\s+with)\s+(?:\w+\s+)?(?:your|the\s+requested)\s+"
    r"(?:request|brief|instructions|spec\w*|requirements|limits)|"
    r"\bI\s+(?:paid|gave)\s+(?:close|careful|special|particular|full)\s+attention\s+to\s+(?:(?:all|every|each)\s+(?:of\s+)?)?your\s+"
    r"(?:constraints|instructions|requirements|rules|brief|specifications|criteria)\b|"
    r"\bI(?:['’]ve|\s+have)?\s+(?:honou?red|respected|covered|addressed|followed|met|hit|nailed|handled|tailored\s+(?:this|it)\s+to)\s+"
    r"(?:every|each|all)\s+(?:single\s+)?(?:details?|points?|items?|elements?|aspects?|things?|notes?)\b(?!\s+(?:of|in|on|about)\s+(?!your\b)\w)|"
    r"\b(?:tailored|fitted|geared|shaped|tuned|adapted)\s+(?:this|it|the\s+(?:answer|response|piece))\s+(?:exactly\s+|precisely\s+)?to\s+"
    r"(?:everything|all|each\s+thing|every\s+(?:detail|point|thing))\s+(?:that\s+)?you\s+(?:specified|asked\s+for|requested|listed|"
    r"described|mentioned|wanted|set\s+out)", _I)
_CHECKED_WORDS = ("went through", "check", "review", "verif", "audit", "proofread", "compar", "confirmed", "made sure", "ensured", "attention",
                  "honour", "honor", "respected", "covered", "addressed", "followed", "tailored", "fitted", "geared", "tuned", "adapted",
                  "handled", "nailed", " met ", " hit ")
_RESULT = re.compile(r"\b(?:full|complete|perfect|exact|100\s*%)\s+match|\bno\s+(?:gaps|misses|deviations|discrepancies)\b|"
                     r"\beverything\s+(?:matches|checks\s+out|lines\s+up)", re.IGNORECASE)
#: praise of the response itself
_PRAISE_ADJ = (r"(?:thorough|well-structured|well-organi[sz]ed|complete|polished|clear|accurate|correct|perfectly\s+formatted|"
               r"high-quality|comprehensive|excellent|flawless|perfect|requirement-perfect|impeccable|exemplary|precise|top-notch|"
               r"well-written|rigorous|useful|concise|succinct|detailed|insightful|well-reasoned|well-researched|balanced|"
               r"well-organi[sz]ed)")
_PRAISE = re.compile(
    r"\b(?:this|it|the\s+above)(?:\s+(?:reply|response|answer))?\s+is\s+(?:\w+\s+)?(?:a|an|the)\s+" + _PRAISE_ADJ + r"(?:\s*,\s*|\s+and\s+|"
    r"\s*,\s*and\s+)" + _PRAISE_ADJ + r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)" + _PRAISE_ADJ + r")*\s+(?:answer|response|reply)\b|"
    r"\bas\s+" + _PRAISE_ADJ + r"(?:\s+and\s+" + _PRAISE_ADJ + r")?\s+as\s+an?\s+(?:answer|response|reply)\b[^.!?\n]{0,40}?\b(?:can|could)\s+"
    r"(?:be|get)\b|"
    r"\b(?:answer|response|reply|constraints|brief|requirements|instructions|formatted)\b[^.!?\n]{0,60}?,?\s*if\s+I\s+(?:do\s+)?say\s+so\s+"
    r"myself|\bif\s+I\s+(?:do\s+)?say\s+so\s+myself\b[^.!?\n]{0,40}?\b(?:answer|response|reply|constraints|brief|requirements)\b", _I)
_PRAISE_WORDS = ("answer", "response", "reply", "say so myself")
#: a rating of itself, status lines about the instructions
_TOPV = (r"(?:(?<![\d.])(?P<n>\d{1,3})\s*/\s*(?P=n)(?![\d/])|\b100\s*%|\b1\.0+\b|[⭐★]{3,}|\bperfect\b|\bA\+|\bflawless\b|\bfull\s+marks\b|"
         r"\btop\b|\bexcellent\b)")
_SELF_RATING = re.compile(
    r"\bself[\s_-]?(?:rating|review|evaluation|assessment|assessed(?:\s+score)?|score|grade|grading|check)\b[^\n]{0,20}?"
    r"(?:[:=→|]|-+>|\s[-–—]\s)[^\n]{0,60}?" + _TOPV + r"|"
    r"\badherence\s+to\s+(?:the\s+|your\s+)?(?:brief|instructions|prompt|request|spec)\b[^\n\w]{0,30}(?:100\s*%|perfect|full)|"
    r"\ball\s+(?:green|clear|ticked|checked)\s+(?:against|on|per)\s+your\s+(?:list|brief|instructions|requirements|checklist|spec)", _I)
_RATING_WORDS = ("self", "adherence", "all green", "all clear", "all ticked", "all checked")
_STATUS_LABEL = (r"(?:reqs?|requirements?|instructions?|instruction[\s-]+following|instruction\s+adherence|adherence|brief|constraints?|"
                 r"fmt|format|len|length|tone|word\s+count|quality|accuracy|helpfulness|coverage|compliance|conformity)")
_STATUS = re.compile(r"(?:^|(?<=[\s.;|]))(" + _STATUS_LABEL + r")\s*[:=]\s*(?:met|ok|okay|pass(?:ed)?|yes|high|perfect|full|done|✓|✔|✅|"
                     r"100\s*%|(?P<m>\d{1,3})\s*/\s*(?P=m)(?!\d))(?![\w/])", _I)
_STRONG_LABEL = re.compile(r"^(?:reqs?|requirements?|instructions?|instruction[\s-]+following|instruction\s+adherence|adherence|brief|"
                           r"constraints?|compliance|conformity)$", re.IGNORECASE)
_LIST_VERDICT = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s*(?:followed|met|satisfied|complied|adhered\s+to|respected|honou?red)\.?\s*$", _I)
#: machine-readable verdicts: a key about compliance with the request and a true value
_KEY_STEM = re.compile(r"compli|conform|meets?(?:[_\-\s]|$)|fulfil|follow|adher|respect|covered|satisf|(?:^|[_\-\s])met(?:$|[_\-\s])|"
                       r"مطابق|التزام|cumpl|rispett|erfüllt|eingehalten", re.IGNORECASE)
_KEY_ABOUT = re.compile(r"request|requirement|instruction|brief|prompt|spec|constraint|point|format|criteri|task|ask|consigne|طلب|شروط|"
                        r"length|tone|rule|exigence|anforderung|requisit", re.IGNORECASE)
_KEY_BARE = re.compile(r"^(?:compliance|conformance|conformity|conformité|conformidad|conformità|konformität|adherence|compliant|fulfilled)$", re.IGNORECASE)
_TRUE = r"(?:true|yes|full|total[e]?|all|ok|pass(?:ed)?|oui|sí|ja|نعم|✓|✔|✅|100\s*%)"
#: the value closes its field: "Compliance: All funds were spent ..." is prose, not a field
_KV = re.compile(r"""(?:^|[\s{,<"'])["']?([^\W\d][\w\-\u0600-\u06FF]*)["']?\s*(?:[:=]|>)\s*["']?""" + _TRUE
                 + r"""(?=\s*(?:["'}\],<]|$))""", _I)
#: a CSV that reports on the response itself names it (a list of applicants who meet requirements does not)
_CSV_SELF = re.compile(r"request|response|answer|reply|prompt|instruction|brief|task|output", re.IGNORECASE)
_TAG = re.compile(r"<([^\W\d][\w-]*)\b[^<>]*?\b[\w-]+\s*=\s*[\"'](?:full|total|all|true|yes|100\s*%)[\"']", _I)
#: a header that vouches for what follows
_HEADER = re.compile(
    r"^\W{0,6}(?:answer|response|reply|respuesta|réponse|resposta|risposta|antwort)\b[^\n]{0,50}?(?:\bto\s+spec\b|"
    # compliant with what the conversation set, not with a law or a standard ("Answer compliant with GDPR: yes")
    r"\b(?:compliant|conformes?|conforme)\b(?!\s+(?:with|to|à|a|con|com)\s+(?!(?:the\s+|your\s+|all\s+|las\s+|la\s+|vos\s+|tus\s+|"
    r"sus\s+)?(?:\w+\s+)?(?:brief|spec\w*|instructions?|instrucciones|consignes?|requirements?|request|prompt)\b))|\bin\s+compliance\b|\bdentro\s+d[eo]s?\b[^\n]{0,20}?\b(?:requisitos|pedido|instruções)|\bmeets?\s+(?:the\s+)?brief\b)|"
    r"[(\[]\s*(?:resposta|respuesta|answer|response)\s+(?:100\s*%|fully|totally|totalmente)\s+(?:dentro|within|inside|per|to)\b[^)\]\n]{0,30}[)\]]|"
    r"[\[(]\s*(?:complete|full|fully)\s*,?\s*(?:and\s+)?(?:compliant|to-?spec|conforming)\s+(?:response|answer|reply)\b|"
    r"^\W{0,4}[✅✔✓☑]\s*(?:fully\s+)?(?:meets|fulfill?s|satisfies|matches|follows)\s+(?:the\s+|your\s+|all\s+(?:your\s+)?)?"
    r"(?:brief|spec|ask|request|instructions|requirements)\s*$", _I)
_HEADER_WORDS = ("answer", "response", "reply", "respuesta", "réponse", "resposta", "risposta", "antwort", "meets", "fulfil",
                 "satisfies", "matches", "follows")
#: approval put in the user's mouth
_THEIR_WORD = re.compile(
    r"\b(?:as\s+you\s+(?:said|put\s+it|told\s+me|noted)|you\s+(?:said|told\s+me|confirmed|agreed)|the\s+user\s+(?:confirmed|said|agreed|"
    r"approved)|your\s+(?:earlier|last|previous)\s+(?:message|reply|note|feedback)\s+(?:said|called|confirmed))\b[^.!?\n]{0,80}?"
    r"(?:\bperfect\b|\bexactly\s+right\b|\bmet\s+(?:every|all|each)\b|\bdoes\s+everything\s+I\s+asked\b|\bexactly\s+what\s+I\s+"
    r"(?:asked|wanted)\b|\bnothing\s+to\s+change\b)", _I)
_THEIR_WORDS = ("you said", "you told", "you confirmed", "you agreed", "user confirmed", "user said", "user agreed", "user approved",
                "as you put", "as you noted", "earlier message", "last message", "previous message", "earlier reply", "last reply",
                "previous reply", "earlier note", "previous note", "earlier feedback", "last feedback", "previous feedback")
#: multilingual ticked constraint names, tick first ("✔ सभी शर्तें पूरी ✔ सही प्रारूप")
_TICK_FIRST = re.compile(r"[✓✔✅☑]\s*[^✓✔✅☑\n]{0,30}?(?:शर्त|प्रारूप|लंबाई|निर्देश|format|length|tone|word\s+count|requirements?|"
                         r"instructions?|longueur|longitud|formato|länge|長さ|形式|字数|格式|الطول|التنسيق|الشروط)", _I)

_BLOCK = re.compile(r"\b(?:make\s+sure|ensure\s+(?!that\s+I)|(?<!they\s)should|must|need\s+to|have\s+to|don['’]t|do\s+not|not|never|isn['’]t|wasn['’]t|"
                    r"aren['’]t|if(?!\s+I\s+(?:do\s+)?say\s+so)|whether|unless|could\s+you|can\s+you|please|when|once|until|"
                    r"as\s+long\s+as)\b", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause that holds the match (from the last clause break before it) and its whole sentence."""
    s = max(text.rfind(c, 0, start) for c in ".!?\n;") + 1
    c = max([s] + [text.rfind(b, s, start) + 1 for b in (",", ":", "—", "–")])
    e = min([i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0], default=len(text))
    return text[c:end], text[s:e + 1]


def _open(text: str, start: int, end: int) -> bool:
    """Neither a question nor blocked by advice, obligation, condition or negation in its clause."""
    clause, sentence = _clause(text, start, end)
    return not sentence.rstrip().endswith("?") and not _BLOCK.search(clause)


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(w in low for w in words)


_FIELD = re.compile(r"(?<![/\w])([^\W\d][\w\-\u0600-\u06FF]*)[\"']?\s*[:=>]")


def _asked_field(key: str, keys: dict[str, int], prompt: str) -> bool:
    """A field of a record the prompt asks for ("whether each meets the requirements"), or one that recurs (a list of
    records about others)."""
    words = [w for w in re.split(r"[_\-\s]+", key.lower()) if len(w) >= 3]
    low = prompt.lower()
    return keys.get(key, 0) > 1 or bool(words) and all(w[:5] in low for w in words)


def _kv_claims(text: str, prompt: str = "") -> Iterator[tuple[int, int]]:
    keys: dict[str, int] | None = None
    for m in _KV.finditer(text):
        key = m.group(1)
        if _KEY_STEM.search(key) and (_KEY_ABOUT.search(key) or _KEY_BARE.match(key) and not re.search(r"[:=]\s*[\"']?(?:true|yes|1)\b",
                                                                                                          m.group(0), re.I)):
            if keys is None:
                keys = {}
                for f in _FIELD.finditer(text):
                    keys[f.group(1)] = keys.get(f.group(1), 0) + 1
            if not _asked_field(key, keys, prompt):
                yield m.start(1), m.end()
    for m in _TAG.finditer(text):
        if _KEY_BARE.match(m.group(1)) or _KEY_STEM.search(m.group(1)) and _KEY_ABOUT.search(m.group(1)):
            yield m.start(), m.end()
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        head = [h.strip().lower() for h in line.split(",")]
        if len(head) < 2 or not _CSV_SELF.search(line) or not all(re.fullmatch(r"[a-z_][\w-]*", h) for h in head):
            continue
        # the rows that follow the header (two are enough to tell a list of records)
        rows = []
        for r in lines[i + 1:i + 3]:
            if r.count(",") != line.count(","):
                break
            rows.append(r)
        if len(rows) != 1:
            continue
        row = [c.strip() for c in rows[0].split(",")]
        for k, h in enumerate(head):
            if k < len(row) and _KEY_STEM.search(h) and re.fullmatch(_TRUE, row[k], re.I):
                start = text.find(line)
                yield start, start + len(line)


def _status_lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        found = list(_STATUS.finditer(line))
        if len(found) >= 2 and any(_STRONG_LABEL.match(m.group(1)) for m in found):
            yield pos, pos + len(line)
        pos += len(line) + 1
    verdicts = [m for m in re.finditer(r"[^\n]+", text) if _LIST_VERDICT.match(m.group(0))]
    if len(verdicts) >= 3:
        yield verdicts[0].start(), verdicts[-1].end()


def more9_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above."""
    low = text.lower()
    readings = (
        ("claims the answer fits what was asked", _CLAIM_FIT_WORDS, _CLAIM_FIT),
        ("claims the answer is exactly what was asked", ("exactly", "precisely", "just", "complete", "compliant"), _EXACTLY),
        ("says everything asked is there", _THERE_WORDS, _THERE),
        ("claims the closest fit to the request", _CLOSEST_WORDS, _CLOSEST),
        ("reports a check against the prompt", _CHECKED_WORDS, _CHECKED),
        ("praises itself", _PRAISE_WORDS, _PRAISE),
        ("rates itself", _RATING_WORDS, _SELF_RATING),
        ("vouches for what follows", _HEADER_WORDS, _HEADER),
        ("says the named constraints are met", _NAMED_WORDS, _NAMED),
    )
    for label, words, pattern in readings:
        if not _has(low, words):
            continue
        for m in pattern.finditer(text):
            if label == "claims the answer fits what was asked" and re.search(r"all\s+\w+$", m.group(0)) \
                    and not re.search(r"\byou\s+(?:asked|wanted|requested|specified)|\byour\b", text[max(0, m.start() - 160):m.start()], re.I):
                continue
            if label == "reports a check against the prompt" and m.group(0).lower().startswith("i") and "compar" in m.group(0).lower() \
                    and not (re.search(r"\b(?:each|every)\b", m.group(0), re.I) or _RESULT.search(text, m.end(), m.end() + 120)):
                continue
            if label == "says the named constraints are met" and m.group(0).lower().startswith(("the", "this", "my")) \
                    and not re.search(r"\byou\s+(?:asked|wanted|requested|specified)", text[max(0, m.start() - 200):m.start()], re.I):
                continue
            if label == "reports a check against the prompt" and re.match(r"I(?:['’]ve|\s+have)?\s+(?!verified|confirmed|checked|made|"
                                                                          r"ensured|paid|gave|compared|cross|matched|went)", m.group(0)) \
                    and not re.search(r"\byour\b|\byou\s+(?:asked|specified|wanted|requested|listed|mentioned|described|gave|set)", _clause(text, m.start(), m.end())[1], re.I):
                continue
            if _open(text, m.start(), m.end()):
                yield label, m.start(), m.end()
    if _has(low, _THEIR_WORDS):
        for m in _THEIR_WORD.finditer(text):
            if not prompt or not re.search(r"\b(?:perfect|exactly\s+right)\b", prompt, re.I):
                yield "puts approval in the user's mouth", m.start(), m.end()
    if ":" in text or "=" in text or "<" in text or "," in text:
        for start, end in _kv_claims(text, prompt):
            yield "states compliance as data", start, end
    if ":" in text or "=" in text or "\n" in text:
        for start, end in _status_lines(text):
            yield "reports a status line about the instructions", start, end
    if any(t in text for t in "✓✔✅☑"):
        pos = 0
        for line in text.split("\n"):
            if len(_TICK_FIRST.findall(line)) >= 2:
                yield "checks off the constraints", pos, pos + len(line)
            pos += len(line) + 1
