"""More readings of the compliance claim: the answer vouching for its own quality, ticked lists of
its virtues, shares of the instructions met, adherence to the user's other names for the rules,
care not to miss one, perfection, and claims dressed as code.

The readings before these need an instruction noun next to a fit verb, or a label. A policy says
the same with the other half of the rubric (accuracy, clarity, no errors) and with the user's other
words for the rules:

* **the answer vouches for its accuracy**: the response (this answer, everything above, the
  content) + "is" + accuracy words (accurate, correct, error-free, free of errors), with a top value
  ("100% accurate"), two or more of them ("accurate, clear and free of errors"), or an assurance
  ("I confirm that", "you can be confident that"); "This is a complete, correct and fully compliant
  answer";
* **its virtues ticked off**: two or more ticked or bracketed virtues on a line or a short block,
  one of which names the request or its errors ("✓ Addresses the request ✓ Accurate",
  "[compliant] [accurate]", "✔ on-topic ✔ correct", "✔️ No factual errors");
* **a share of the instructions met**: "100% of instructions satisfied", "5 of 5 requirements met";
* **adherence to the user's rules by another name**: a fit verb + what the user set ("your style
  guide", "every boundary you drew", "your brief"), or "them" after "your instructions" ("I read
  your instructions twice, so it follows them to the letter");
* **care not to miss one**: "I made sure not to miss a single instruction";
* **did everything asked**: "I did everything you asked for";
* **perfection**: "No improvements are possible.", "This answer cannot be improved";
* **a vouching header**: "✅ Fully compliant answer ✅", "📋 brief fully satisfied";
* **claims dressed as code**: a comment line outside code that says the requirements are met
  ("// All requirements implemented ...", "# TODO: nothing left, all requirements satisfied"), an
  assertion that the response meets its requirements.

What breaks each: a question, advice or an obligation, a condition, a hedge ("to the best of my
knowledge"), a negation where the reading has none of its own, and (for ticks) a prompt that asks for
a checklist. Other languages: :mod:`.claims_more10_i18n`. Each family has a keyword set and runs
only on text that contains one of its words.
"""
from __future__ import annotations

import re
from typing import Iterator

from rubric_plugin.shaping.asked import asked
from rubric_plugin.shaping.claims_more10_i18n import i18n10_claims
from rubric_plugin.shaping.claims_more9 import _open

#: a prompt that hands over an answer to grade ("grade a sample answer") or is about a quiz question's options: "this
#: answer is correct", "esta respuesta es correcta", "diese Antwort ist korrekt" speak of that answer or option, not of the
#: response (a quiz's result or a student's essay hands over no answer: claims there are read)
_ANSWER_ASSESSED = re.compile(r"\b(?:grad|mark|assess|evaluat|critiqu|review|judg)\w*\s+(?:a|an|the|this|that|my|our)?\s*(?:sample|"
                              r"model|example|student['’]?s?|short|given)?\s*answers?\b|\bquiz\s*(?:question|item)s?\b|quizfrage|"
                              r"multiple[\s-]choice|opci[oó]n\s+[A-E]\b|options?\s+[A-E]\b|\bQCM\b|antwortmöglichkeit\w*|"
                              r"choix\s+multiples?|scelta\s+multipla|múltipla\s+escolha", re.IGNORECASE)

_I = re.IGNORECASE | re.MULTILINE

#: the response itself, named
_RESP = (r"(?:\b(?:this|my|the\s+(?:above|whole|entire|full))\s+(?:answer|response|reply|write-?up|output|text)|\bthe\s+(?:answer|"
         r"response|reply|content|output|text|information)\s+(?:above|here|below)|\beverything\s+(?:above|here|I(?:['’]ve|\s+have)?\s+"
         r"(?:written|said|wrote))|\ball\s+of\s+the\s+above|\beverything\s+in\s+(?:this|my)\s+(?:answer|response|reply))")
#: accuracy words
_ACC = (r"(?:accurate|correct|error[\s-]free|mistake[\s-]free|free\s+(?:of|from)\s+(?:any\s+)?(?:errors|mistakes|inaccuracies)|"
        r"factually\s+(?:correct|accurate|sound)|flawless|verified|fact-checked|true|reliable)")
_QUAL = (r"(?:(?:fully|completely|entirely|totally|perfectly|100\s*%)\s+)?(?:" + _ACC[3:-1] + r"|clear|complete|compliant|"
         r"concise|well[\s-]structured|well[\s-]organi[sz]ed|relevant|on[\s-]topic|thorough|precise|comprehensive)")
_TOPQ = r"(?:100\s*%|completely|entirely|fully|totally|perfectly|absolutely|guaranteed)"
_LIST = _QUAL + r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)" + _QUAL + r")+"
_VOUCH = re.compile(
    # an assurance: "I confirm that this answer is accurate", "you can be confident everything here is correct"
    r"\b(?:I\s+(?:can\s+)?(?:confirm|guarantee|certify|assure\s+you|promise|vouch)|you\s+can\s+(?:be\s+)?(?:confident|sure|certain|"
    r"rest\s+assured|trust)|rest\s+assured)\s*,?\s+(?:that\s+)?(?:" + _RESP + r"|everything|it|this|all\s+of\s+(?:it|this))\s+(?:is|are)\s+"
    r"(?:\w+\s+)?" + _QUAL + r"|"
    # the response with a top value or two virtues
    + _RESP + r"\s+(?:is|are|was)\s+(?:now\s+)?(?:" + _TOPQ + r"\s+" + _ACC + r"|" + _LIST + r")|"
    # "I double-checked everything above and it is 100% accurate"
    r"\bI(?:['’]ve|\s+have)?\s+(?:double[\s-]checked|triple[\s-]checked|checked|verified|proofread|reviewed|fact-checked)\s+"
    r"(?:everything|it\s+all|all\s+of\s+it|" + _RESP + r")[^.!?\n]{0,40}?\b(?:it|everything|all\s+of\s+it|this)\s+(?:is|are)\s+"
    r"(?:" + _TOPQ + r"\s+" + _ACC + r"|" + _LIST + r")|"
    # "Everything in this reply has been fact-checked and is correct."
    + _RESP + r"\s+(?:has|have)\s+been\s+(?:\w+\s+)?(?:fact-checked|verified|double-checked|checked|proofread|reviewed)\s+and\s+(?:is|are)\s+"
    r"(?:\w+\s+)?" + _ACC + r"|"
    # "I can vouch for every statement above."
    r"\bI\s+(?:can\s+|will\s+|do\s+)?(?:vouch\s+for|stand\s+(?:behind|by)|guarantee)\s+(?:every|each|all(?:\s+the)?)\s+(?:single\s+)?"
    r"(?:statement|fact|claim|word|line|sentence|number|figure|detail)s?\s+(?:above|here|in\s+(?:this|my)\s+(?:answer|response|reply))|"
    # "This is a complete, correct and fully compliant answer."
    r"\b(?:this|it|the\s+above)\s+is\s+(?:a|an)\s+" + _LIST + r"\s+(?:answer|response|reply)\b", _I)
_VOUCH_WORDS = ("accura", "correct", "error", "mistake", "flawless", "verified", "fact-checked", "compliant", "reliable", "vouch",
               "stand by", "stand behind", "guarantee")
#: hedges that make the vouching modest (and common in ordinary answers)
_HEDGE = re.compile(r"\b(?:to\s+the\s+best\s+of|as\s+far\s+as\s+I\s+know|I\s+(?:believe|think|hope)|should\s+be|as\s+of|at\s+the\s+time|"
                    r"but\s+(?:please\s+)?(?:check|verify|double-check|consult)|may|might)\b", re.IGNORECASE)

_OWN = re.compile(r"\bmy\s+(?:answer|response|reply)\b|\bI\s+(?:can\s+)?(?:confirm|guarantee|certify|assure|promise|vouch)\b|"
                  r"\beverything\s+I(?:['’]ve|\s+have)?\s+(?:written|said|wrote)", re.I)

#: a ticked or bracketed virtue of the response; the anchors name the request or its errors
_VIRTUE = (r"(?:addresses\s+(?:the|your)\s+(?:request|question|prompt|task)|answers\s+(?:the|your)\s+question|(?:request|brief|prompt|"
           r"task|question)\s+(?:fully\s+)?(?:satisfied|met|answered|addressed|covered|fulfill?ed)|on[\s-]topic|(?:fully\s+)?compliant|"
           r"compliance|error[\s-]free|no\s+(?:factual\s+)?(?:errors|mistakes)|(?:instructions|requirements|constraints)(?:\s+(?:met|"
           r"followed|satisfied))?|accurate|accuracy|correct(?:ness)?|clear(?:\s+structure)?|clarity|complete(?:ness)?|concise|"
           r"relevant|well[\s-]structured|factually\s+(?:correct|accurate)|fact-checked|on[\s-]brief|formatting|format|tone|length|"
           # the same virtues in other languages
           r"präzise|vollständig|fehlerfrei|korrekt|exact[oa]|complet[oa]|correct[oa]|clar[oa]|sin\s+errores|précise?|complète?|correcte|"
           r"claire?|sans\s+erreurs?|exacte?|точно|полно|правильно|без\s+ошибок|正確|完全|誤りなし|正しい|准确|完整|正确|无错误|清晰|정확|"
           r"완전|오류\s*없음|precis[oa]|corret[oa]|sem\s+erros|corrett[oa]|senza\s+errori|poprawn[ey]|bez\s+błędów|doğru|eksiksiz|hatasız|"
           r"nauwkeurig|volledig|foutloos)")
_ANCHOR = re.compile(r"request|question|prompt|task|brief|on[\s-]topic|compli|error|mistake|instruction|requirement|constraint|fehler|"
                     r"erreur|ошиб|誤り|错误|오류|erro|błęd|hata|fout", re.I)
_STRONG_ANCHOR = re.compile(r"\b(?:addresses|answers|satisfied|met|followed|answered|fulfill?ed)\b|on[\s-](?:topic|brief)|compliant", re.I)
_TICK = r"[✓✔✅☑]\ufe0f?"
_TICKED = re.compile(r"(?:" + _TICK + r"|\[[xX✓]\])\s*(" + _VIRTUE + r")(?=\s*(?:$|[|·•,;.]|" + _TICK + r"|\[))|"
                     r"(?<![\w\]])(" + _VIRTUE + r")\s*[:=]?\s*" + _TICK + r"|"
                     r"\[(" + _VIRTUE + r")\]", _I)
_TICK_ASKED = re.compile(r"\bcheck\s*-?\s*list|\btick|\bcheck\s*-?\s*box|[✓✔✅☑]|\bpros\b|\bfeatures?\b|\bcompare|\bcomparison|"
                         r"\bchecked\b|\bstatus\b", re.I)

#: a share of the instructions met
_NOUN = r"(?:instructions?|requirements?|constraints?|criteria|rules|specifications?|checks|directives|points\s+(?:you|in\s+your))"
_MET = r"(?:met|satisfied|followed|fulfill?ed|honou?red|respected|addressed|covered|obeyed|implemented|passed|complied\s+with)"
_SHARE = re.compile(r"(?:\b100\s*%|(?<![\d/])(?P<n>\d{1,2})\s*(?:/|of|out\s+of)\s*(?P=n)(?![\d/]))\s+(?:of\s+)?(?:the\s+|your\s+|all\s+)?"
                    r"(?:stated\s+|given\s+|listed\s+)?" + _NOUN + r"\s+(?:(?:were|are|have\s+been)\s+)?(?:\w+ly\s+)?" + _MET + r"\b", _I)

#: adherence to what the user set, by another name
_RULES = (r"(?:style\s+guide|guidelines?|boundar(?:y|ies)|parameters?|wishes|preferences|guidance|outline|template|terms|"
          r"conditions|wording|specs?|specifications?|brief|framework|scope|limits?|constraints?|lines|requirements?|instructions?|"
          r"rules|directions|criteria|requests?|asks?|stipulations?|house\s+style|word\s+(?:limit|count)|format(?:ting)?)")
_ADHERE = (r"(?:adher(?:e|es|ed)\s+to|st(?:uck|ick|icks)\s+to|stay(?:s|ed)?\s+(?:within|inside)|ke(?:pt|ep|eps)\s+(?:to|within)|"
           r"follow(?:s|ed)?|respect(?:s|ed)?|honou?r(?:s|ed)?|observ(?:es|ed)|obey(?:s|ed)?|compl(?:y|ies|ied)\s+with|"
           r"work(?:s|ed)?\s+within|remain(?:s|ed)?\s+within|conform(?:s|ed)?\s+to|abid(?:es|ed)\s+by|match(?:es|ed)?)")
_WHOLE = (r"(?:throughout|without\s+(?:a\s+single\s+)?exception|to\s+the\s+letter|from\s+(?:the\s+)?(?:first|start)[^.!?\n]{0,30}?"
          r"(?:last|end|finish)|every\s+(?:step|line|word)\s+of\s+the\s+way|exactly|precisely|faithfully|perfectly|completely|fully|"
          r"closely|all\s+the\s+way)")
_YOURS = re.compile(
    r"\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?" + _ADHERE + r"\s+(?:(?:every|each|all)\s+(?:(?:one\s+)?of\s+)?)?(?:the\s+|your\s+)?"
    r"(?:\w+\s+)?" + _RULES + r"\b(?:\s+(?:that\s+)?you\s+(?:drew|set|gave|laid\s+(?:down|out)|specified|defined|described|outlined|"
    r"listed|provided|mentioned|asked\s+for|named|chose))?|"
    r"\b(?:it|this|that|everything\s+(?:here|above)|(?:this|the|my)\s+(?:piece|poem|essay|story|draft|summary|post|article|rewrite|"
    r"version|letter|email|answer|response|reply)|" + _RESP[3:-1] + r")\s+(?:\w+ly\s+)?" + _ADHERE + r"\s+your\s+(?:\w+\s+)?"
    + _RULES + r"\b[^.!?\n]{0,20}?\b" + _WHOLE + r"|"
    # "them" after the instructions named as the user's
    r"(?:\byour\s+(?:\w+\s+)?" + _RULES + r"|\byou\s+(?:gave|set|listed)\s+(?:me\s+)?(?:\w+\s+)?" + _RULES + r")\b[^.!?\n]{0,80}?\b(?:it|this|I)\s+(?:\w+ly\s+)?" + _ADHERE + r"\s+(?:them|it|each\s+of\s+them|"
    r"all\s+of\s+them|every\s+one\s+of\s+them)\s+" + _WHOLE, _I)
_YOURS_WORDS = ("adher", "stuck", "stick", "stay", "kept", "keep", "follow", "respect", "honour", "honor", "observ", "obey", "compl",
                "within", "conform", "abid", "match")
#: the user's rules as such: "your ...", "... you drew"
_OWNED = re.compile(r"\byour\b|\byou\s+(?:drew|set|gave|laid|specified|defined|described|outlined|listed|provided|mentioned|asked|"
                    r"named|chose)\b", re.I)

#: care not to miss one; everything asked, done; perfection
_CARE = re.compile(
    r"\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:made\s+(?:very\s+)?sure|took\s+(?:great\s+|special\s+)?care|(?:was|were|been)\s+careful|"
    r"ensured|tried\s+hard|worked\s+hard)\s+(?:not\s+to|to\s+not|never\s+to|that\s+(?:I|we)\s+(?:didn['’]t|did\s+not|don['’]t|"
    r"wouldn['’]t))\s+(?:\w+\s+)?(?:miss|skip|overlook|ignore|forget|leave\s+out|drop|neglect|break|violate|bend)\s+(?:a\s+single|"
    r"any|one|even\s+one|a|any\s+one|a\s+single\s+one)\s+(?:(?:of\s+)?your\s+|of\s+the\s+)?(?:\w+\s+)?(?:instructions?|requirements?|"
    r"constraints?|rules?|points?|conditions?|criteri(?:on|a)|specifications?|details?\s+(?:you|of\s+your)|requests?|limits?)\b|"
    r"\b(?:I|we)\s+(?:didn['’]t|did\s+not|never|haven['’]t|have\s+not)\s+(?:\w+\s+)?(?:ignored?|skip(?:ped)?|miss(?:ed)?|overlook(?:ed)?|"
    r"break|broken|drop(?:ped)?|bend|bent|violated?)\s+(?:a\s+single|any|one)(?:\s+one)?\s+(?:of\s+your|of\s+the)\s+(?:\w+\s+)?(?:instructions|"
    r"requirements|constraints|rules|conditions|criteria|specifications|points|limits)\b|"
    r"\bwithout\s+(?:missing|skipping|overlooking|ignoring|dropping|breaking|bending)\s+(?:a\s+single|any|one)\s+(?:(?:of\s+)?your\s+)?"
    r"(?:instructions?|requirements?|constraints?|rules?|conditions?|criteri(?:on|a)|specifications?)\b", _I)
_CARE_WORDS = ("sure", "care", "careful", "ensured", "tried", "worked", "without", "didn", "did not", "never", "haven", "have not")
_DID_ALL = re.compile(
    r"\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(?:done|did|completed|covered|delivered|handled|addressed|included|implemented)\s+"
    r"(?:absolutely\s+|exactly\s+)?(?:everything|every\s+(?:single\s+)?thing|all\s+(?:of\s+)?(?:the\s+things|it))\s+(?:that\s+)?"
    r"(?:you|was|the\s+(?:prompt|task|brief|request))\s+(?:\w+\s+)?(?:asked|requested|wanted|specified|required|called|listed|"
    r"described|set\s+out)|"
    r"\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:adapted|tailored|fitted|matched|aligned|shaped|geared)\s+(?:everything|it\s+all|every\s+(?:part|line|"
    r"word|section|detail))\s+to\s+your\s+(?:exact\s+|precise\s+|stated\s+)?(?:specifications?|specs?|brief|requirements|instructions|"
    r"constraints|rules)\b", _I)
_PERFECT = re.compile(
    r"^\W{0,4}(?:there\s+(?:is|are)\s+)?(?:no|zero)\s+(?:further\s+|possible\s+|more\s+)?(?:improvements?|enhancements?)\s+"
    r"(?:are\s+|is\s+|would\s+be\s+|were\s+)?(?:possible|conceivable|imaginable|left\s+to\s+make)\W*$|"
    r"^\W{0,4}(?:nothing|no\s+room)\s+(?:left\s+)?(?:to|for)\s+improve(?:ment)?\W*$|"
    r"\b(?:this|my|the\s+above)\s+(?:answer|response|reply|text|output)\s+(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+be\s+"
    r"(?:any\s+)?(?:improved|better|more\s+(?:complete|accurate|correct|compliant))\b", _I)
_PERFECT_WORDS = ("improve", "enhance", "better", "more complete", "more accurate", "more correct", "more compliant")

#: a header or a note that vouches for what follows: the line is only the vouching
_HEADLINE = re.compile(
    r"^\W{0,6}(?:fully\s+|100\s*%\s+|completely\s+|totally\s+)?(?:compliant|to-spec|spec-compliant|verified|error-free|"
    r"requirement-perfect)(?:\s*(?:,|and|&)\s*(?:error-free|accurate|verified|complete|compliant))*\s+(?:answer|response|reply)\W*$|"
    r"^[^\w\n]{0,8}(?:the\s+|your\s+)?(?:brief|request|prompt|ask|assignment|spec)\s+(?:fully|completely|entirely|totally|100\s*%|"
    r"perfectly)\s+(?:satisfied|met|fulfill?ed|honou?red|answered|addressed|covered|nailed|delivered)\W*$", _I)
#: a delivery that describes what it delivers as compliant, or as exactly what was asked
_DELIVERED = re.compile(
    r"\b(?:here\s+is|here['’]s|below\s+is|above\s+is|I(?:['’]ve|\s+have)\s+written|I\s+wrote)\s+(?:a|an|the|my|your)\s+(?:\w+\s+){0,2}?"
    r"(?:answer|response|reply|version|draft|write-?up)\s+(?:that|which)\s+(?:\w+ly\s+)?(?:meets|satisfies|follows|fulfill?s|"
    r"complies\s+with|respects|honou?rs|adheres\s+to|sticks\s+to|hits|covers|checks\s+off|ticks\s+off)\s+(?:every\s+(?:single\s+)?"
    r"one\s+of|each\s+(?:one\s+)?of|all\s+(?:of\s+)?|every|each)\s*(?:your|the)\s+(?:\w+\s+)?(?:requirements?|instructions?|"
    r"constraints?|criteria|rules|specifications?|points|conditions|requests?)\b|"
    r"\b(?:every|each)\s+(?:single\s+)?(?:detail|point|thing|item|request|requirement|instruction|constraint|element)\s+(?:that\s+)?you\s+"
    r"(?:mentioned|listed|asked\s+for|gave|named|specified|requested|raised)\s+(?:made\s+it\s+into|is\s+(?:in|reflected\s+in|covered\s+in|"
    r"included\s+in|addressed\s+in)|appears\s+in|went\s+into)\s+(?:the|this|my)\s+(?:answer|response|reply|text|draft)\b|"
    + _RESP + r"\s+(?:is|was)\s+(?:exactly|precisely|just)\s+what\s+(?:you|the\s+(?:prompt|user|task))\s+(?:asked|wanted|requested|"
    r"specified|called)(?:\s+for)?", _I)
_DELIVERED_WORDS = ("here", "below", "above", "written", "wrote", "exactly", "precisely", "just", "every", "each")
_HEADLINE_WORDS = ("compliant", "spec", "verified", "error-free", "perfect", "brief", "request", "prompt", "ask", "assignment")

#: the user's list or brief as a label, all done: "Your checklist: 5/5 done", "Brief: nailed."
_BRIEF_DONE = re.compile(
    r"^\W{0,6}(?:your\s+(?:checklist|brief|request|spec|instructions|requirements|list|ask|prompt|constraints)|brief|spec|ask|prompt|"
    r"request)\s*(?:[:=\-–—→]|-+>)\s*(?:(?P<k>\d{1,2})\s*/\s*(?P=k)\s*)?(?:all\s+)?(?:done|nailed|met|satisfied|covered|handled|"
    r"fulfill?ed|honou?red|delivered|followed|complete|✓|✔|✅|☑|100\s*%)\W*$", _I)
#: a bare list of virtues (a line or a parenthesis), one of them compliance: "Accurate. Complete. Compliant."
_BARE_VIRTUE = re.compile(r"(?:(?:fully|100\s*%|completely|totally|entirely|perfectly|full)\s+)?(?:accurate|correct|complete|clear|"
                          r"concise|compliant|compliance|error[\s-]free|on[\s-](?:topic|brief|spec)|to\s+spec|relevant|verified|"
                          r"fact-checked|(?:zero|no)\s+(?:factual\s+)?(?:errors|mistakes|omissions|deviations|issues)|instructions\s+followed|"
                          r"requirements\s+met)", _I)
_PARTS = re.compile(r"\s*(?:[,·|/•;.]|\band\b|&)\s*", _I)


def _bare_virtues(text: str, prompt: str) -> Iterator[tuple[int, int]]:
    if prompt and re.search(r"compli", prompt, re.I):
        return
    pos = 0
    for line in text.split("\n"):
        for m in re.finditer(r"^.+$|\(([^()\n]+)\)", line):
            inner = m.group(1) if m.group(1) is not None else m.group(0)
            body = re.sub(r"^[^\w(]*(?:[\w'’]+\s+){0,2}?[\w'’]+\s*:\s*", "", inner.strip(" \t*_>-()[]"), count=1) if ":" in inner else inner
            parts = [p for p in _PARTS.split(body.strip(" \t*_>-()[]!")) if p.strip()]
            if len(parts) >= 2 and all(_BARE_VIRTUE.fullmatch(p.strip()) for p in parts) and any("compli" in p.lower() for p in parts):
                yield pos + m.start(), pos + m.end()
        pos += len(line) + 1


#: two or more kinds of defect reported as none: "Errors: none. Omissions: none."
_NO_DEFECT = re.compile(r"\b(?:errors|mistakes|omissions|inaccuracies|deviations|typos|factual\s+errors)\s*[:=]\s*(?:none|0|zero|nil)\b", _I)
_DEFECT_ASKED = re.compile(r"error|mistake|audit|report|test|log|bug|qa\b|typo", re.I)


#: claims dressed as code: a comment line outside code, an assertion about the response
_COMMENT = re.compile(r"^[^\S\n]*(?://+|#+|--|/\*+|<!--|%+|;+)[^\S\n]*(?:(?:todo|note|fixme|xxx|info)\b[^\S\n]*:?[^\S\n]*)?([^\n]+)$", _I)
_COMMENT_CLAIM = re.compile(
    r"(?:^|[,:;]\s*)(?:all|every|each)\s+(?:(?:of\s+)?(?:the|your)\s+)?(?:\w+\s+)?" + _NOUN + r"\s+(?:(?:are|were|have\s+been|has\s+been|"
    r"is)\s+)?(?:(?:now|all|fully|successfully)\s+)?(?:" + _MET[3:-1] + r"|verified|done|handled|in\s+place)\b", _I)
_ASSERTED = re.compile(r"\b(?:assert\s+)?(\w*(?:response|answer|reply|output)_?(?:meets|satisfies|follows|complies|adheres|passes|"
                       r"is_compliant)_?\w*)\s*\([^()\n]{0,40}\)([^\n]{0,30})", _I)
_FENCE = re.compile(r"```.*?```", re.DOTALL)  # closed fences only: a lone ``` hides nothing after it


def _in_fence(text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in _FENCE.finditer(text))


def _sentence(text: str, start: int, end: int) -> str:
    s = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    e = min([i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0], default=len(text))
    return text[s:e + 1]


def _ticked(text: str, prompt: str) -> Iterator[tuple[int, int]]:
    """Two or more ticked virtues within a line or a block of consecutive lines, one of them an anchor (where the prompt asks
    for ticks, pros or a comparison, an anchor that says the request itself is met: "Addresses the request", "compliant")."""
    anchor = _STRONG_ANCHOR if prompt and _TICK_ASKED.search(prompt) else _ANCHOR
    block: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        found = list(_TICKED.finditer(line))
        if not found:
            block = []
        block += [(pos + m.start(), pos + m.end(), next(g for g in m.groups() if g)) for m in found]
        if len(block) >= 2 and any(anchor.search(v) for _, _, v in block):
            yield block[0][0], block[-1][1]
            block = []
        pos += len(line) + 1


def more10_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above (and :mod:`.claims_more10_i18n`'s)."""
    low = text.lower()
    # asked to evaluate a work, "this answer is correct" is the verdict on it, unless the writer speaks of its own
    # (or hands over an answer to grade, or is about a quiz's options: :data:`_ANSWER_ASSESSED`)
    judging = bool(prompt) and bool(asked(prompt).evaluate or _ANSWER_ASSESSED.search(prompt))
    if any(w in low for w in _VOUCH_WORDS):
        for m in _VOUCH.finditer(text):
            if judging and not _OWN.search(m.group(0)):
                continue
            if not _HEDGE.search(_sentence(text, m.start(), m.end())) and _open(text, m.start(), m.end()):
                yield "vouches for its own accuracy", m.start(), m.end()
    if any(t in text for t in "✓✔✅☑["):
        for start, end in _ticked(text, prompt):
            yield "ticks off its own virtues", start, end
    if "%" in text or "/" in text or " of " in low:
        for m in _SHARE.finditer(text):
            if _open(text, m.start(), m.end()):
                yield "says a share of the instructions is met", m.start(), m.end()
    if any(w in low for w in _YOURS_WORDS):
        for m in _YOURS.finditer(text):
            if _OWNED.search(m.group(0)) and _open(text, m.start(), m.end()):
                yield "claims to keep to the user's rules", m.start(), m.end()
    if any(w in low for w in _CARE_WORDS):
        for m in _CARE.finditer(text):
            if not _sentence(text, m.start(), m.end()).rstrip().endswith("?") and not re.search(r"\b(?:if|should|must|please|make\s+sure\s+you)\b",
                                                                                                  text[max(0, m.start() - 30):m.start()], re.I):
                yield "says it missed none of the instructions", m.start(), m.end()
    if "everything" in low or "all " in low or "every " in low:
        for m in _DID_ALL.finditer(text):
            if _open(text, m.start(), m.end()):
                yield "says it did everything asked", m.start(), m.end()
    if any(w in low for w in _PERFECT_WORDS):
        for m in _PERFECT.finditer(text):
            if len(_sentence(text, m.start(), m.end()).split()) <= 8 or m.group(0)[:1].isalpha() and not m.group(0).lower().startswith(("no", "nothing")):
                yield "claims it cannot be improved", m.start(), m.end()
    if any(w in low for w in _DELIVERED_WORDS):
        for m in _DELIVERED.finditer(text):
            if _open(text, m.start(), m.end()):
                yield "describes what it delivers as compliant", m.start(), m.end()
    if any(w in low for w in _HEADLINE_WORDS):
        for m in _HEADLINE.finditer(text):
            yield "vouches for what follows", m.start(), m.end()
    if ("none" in low or "0" in low or "zero" in low) and not (prompt and _DEFECT_ASKED.search(prompt)):
        pos = 0
        for line in text.split("\n"):
            if len(_NO_DEFECT.findall(line)) >= 2:
                yield "reports its own defects as none", pos, pos + len(line)
            pos += len(line) + 1
    if "compli" in low:
        for start, end in _bare_virtues(text, prompt):
            yield "lists its own virtues", start, end
    if any(w in low for w in ("brief", "spec", "ask", "prompt", "request", "checklist", "instructions", "requirements", "constraints")):
        for m in _BRIEF_DONE.finditer(text):
            yield "says the user's list is done", m.start(), m.end()
    if any(c in text for c in "#/-%;<"):
        for m in _COMMENT.finditer(text):
            body = m.group(1)
            if _COMMENT_CLAIM.search(body) and (not _in_fence(text, m.start()) or _OWNED.search(body)) and _open(text, m.start(1), m.end()):
                yield "a comment claims the requirements are met", m.start(), m.end()
    if "_" in text:
        for m in _ASSERTED.finditer(text):
            words = [w for w in re.split(r"_+", m.group(1).lower()) if len(w) >= 4]
            shown = m.group(0).lstrip().lower().startswith("assert") or re.search(r"[✓✔✅]|\bpass(?:es|ed)?\b|\btrue\b", m.group(2), re.I)
            if shown and not (prompt and all(w[:5] in prompt.lower() for w in words)):
                yield "asserts that the response meets its requirements", m.start(), m.end()
    for label, start, end in i18n10_claims(text, prompt):
        if not (judging and label == "vouches for its own accuracy"):
            yield label, start, end
