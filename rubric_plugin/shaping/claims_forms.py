"""More forms of the compliance claim: completeness, accordance, verification, counts, and the
present-tense claim about "this answer" in the languages the lexicon reading covers.

The clause reading (:mod:`.claims_clause`) needs a subject, a compliance verb and the instructions.
A policy says the same with other parts of speech, and these readings cover them by form:

* **what was asked, all there**: "Everything the prompt demanded is here", "I nailed every single thing
  you asked for", "the answer does exactly what was requested", "all your boxes checked", "tout y
  est", "todo lo que pediste";
* **accordance**: "written in strict accordance with the user's instructions", "perfectly aligned
  with the task requirements", "you'll find full agreement with your instructions on every point",
  "The above strictly conforms to the format you specified";
* **verification**: "verified against every constraint in the prompt", "As verified above, all
  constraints hold", "full compliance.";
* **counts**: "cumple 5/5 requisitos", "4 of 4 criteria", "constraint_check: PASS (5/5)";
* **this answer, present tense** (the words per language in :mod:`.claims_lexicon`, a note's bare
  "answer" included): "この回答は...条件をすべて満たしています", "이 답변은 ... 충족합니다",
  "Bu yanıt ... karşılıyor", "هذه الإجابة تستوفي", "यह उत्तर ... पालन करता है", "la réponse ci-dessus respecte
  l'ensemble des consignes", "esta respuesta cumple con todo lo que pediste";
* **self-check labels and ticked constraint names** in other languages ("Selbstprüfung:", "自检：字数✔").

Each needs the conversation's instructions (your / the prompt's / what you asked / all the
constraints) or the response as subject; questions, negations, obligations and advice ("make sure
everything you were asked for is there") block it.
"""
from __future__ import annotations

import re
from typing import Iterator

from rubric_plugin.shaping.claims_lexicon import _ALL, _NEG, _THIS_ANSWER, BARE_ANSWER, NO_WORD_BOUNDARY

_I = re.IGNORECASE
_SENT = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
#: what the conversation asked for
_ASKED = (r"(?:every(?:\s+single)?\s+[^\W\d]+|everything|all(?:\s+that|\s+of\s+what)?|"
          r"what(?:ever)?|each\s+(?:thing|point|item|detail))\s+(?:that\s+)?(?:you|the\s+(?:prompt|task|brief|user|question|request|"
          r"instructions?|assignment)|was|were|I\s+was|it)\s+(?:\w+\s+)?(?:asked|requested|demanded|required|wanted|specified|listed|set\s+out|"
          r"laid\s+out|called|needed|expected|stipulated|mentioned|described|set(?!\s+up)|gave|posed|named|raised)"
          r"(?:\s+(?:for|me\s+to\s+do|me\s+for))?")
_INSTR = (r"(?:instructions?|requirements?|constraints?|criteria|criterion|guidelines?|specifications?|specs?|rules|brief|rubric|"
          r"conditions|format(?:ting)?|prompt|request|task\s+requirements|stated\s+limits?|directions)")
_OWNED = (r"(?:(?:all|every|each)\s+(?:of\s+)?(?:the\s+|your\s+|my\s+)?(?:\w+\s+)?" + _INSTR + r"|(?:your|the\s+user['’]s|the\s+task['’]?s?|"
          r"the\s+prompt['’]?s?|the\s+given|the\s+stated|the\s+specified|the\s+requested|the)\s+(?:\w+\s+){0,2}?" + _INSTR +
          r"(?:\s+(?:you|that\s+you)\s+(?:gave|set|specified|listed|provided|stated))?|(?:the\s+)?(?:\w+\s+(?:and\s+\w+\s+)?)?" + _INSTR
          + r"\s+(?:you|that\s+you)\s+(?:gave|set|specified|listed|provided|stated|asked\s+for))")
_BLOCK = re.compile(r"\?\s*$|\b(?:make\s+sure|ensure|check\s+(?:that|whether|if)|remember|should|must|need\s+to|have\s+to|don['’]t|"
                    r"do\s+not|not|never|isn['’]t|wasn['’]t|aren['’]t|if|whether|unless|let\s+me\s+know|tell\s+me|hope|could|might|"
                    r"would\s+you|can\s+you|please|when|whenever|once|until|provided|so\s+that|as\s+long\s+as)\b", _I)
_DELIVERY = re.compile(r"\b(?:here\s+(?:is|are)|here['’]s|below\s+(?:is|are)|attached|the\s+following)\b", _I)
#: someone else's instructions follow ("the essential requirements of Regulation (EU) 2017/745"); read after the
#: whole word, so that backtracking "requirements" to "requirement" does not skip the check
_EXTERNAL = (r"(?!\w*\s+(?:of|for|in|under|from|by|set\s+by|laid\s+down\s+in|in\s+force)\s+(?!(?:your|the|this|my)\s+(?:prompt|message|"
             r"request|task|question|brief|conversation)\b)(?:the\s+|a\s+|an\s+|our\s+|their\s+)?(?:[A-Z0-9]|\w))")
_SUBJ = (r"(?:\b(?:this|the|my)\s+(?:response|answer|reply|output|text|content|submission|draft|piece|result)(?:\s+(?:above|below|here))?|"
         r"\bthe\s+above|\beverything\s+(?:above|here)|\ball\s+of\s+the\s+above|\b(?:it|this|I|we))\b")
_PRESENT = (r"(?:conforms?|complies|adheres|aligns|matches|corresponds|fits|follows|meets|satisfies|respects|honou?rs|obeys|fulfill?s|"
            r"answers|does|delivers|hits|nails|covers|checks|ticks|(?:is|are|was|stays?|remains?)\s+(?:\w+\s+)?(?:aligned|in\s+line|"
            r"consistent|compliant|conformant|faithful|true|in\s+(?:full\s+|strict\s+|complete\s+)?(?:accordance|compliance|conformity|"
            r"agreement|keeping))\s+(?:to|with))")
#: "as you asked" in the six localised languages and English
_ASIDE = (r"\bconformément\s+à\s+(?:vos|tes|la|votre|ta)\s+\w+|\bcomme\s+(?:demandé|convenu|vous\s+l['’]avez\s+demandé|tu\s+l['’]as\s+demandé)|"
          r"\bselon\s+(?:vos|tes)\s+(?:instructions|consignes|demandes)|\bsegún\s+(?:tus|sus|lo)\s+\w+|\bcomo\s+(?:pediste|solicitaste|"
          r"se\s+pidió|pidió|pidiste|pedido|solicitado|solicitou|pediu)|\bgemäß\s+(?:Ihren|deinen|der|den)\s+\w+|\bwie\s+(?:gewünscht|"
          r"verlangt|gefordert|besprochen)|\bsecondo\s+le\s+(?:tue|sue)\s+\w+|\bcome\s+(?:richiesto|chiesto|da\s+te\s+richiesto)|"
          r"\bconforme\s+(?:solicitado|pedido|(?:as\s+)?(?:suas|tuas)\s+\w+)|\bas\s+(?:you\s+)?(?:requested|asked|instructed|specified)|"
          r"\bper\s+your\s+\w+|\bfollowing\s+your\s+\w+")
#: "it's all there"
_COMPLETE = (r"\btout\s+(?:y\s+est|est\s+(?:là|inclus|couvert|respecté))|\brien\s+ne\s+manque|\btodo\s+(?:está)\s+(?:aquí|incluido|"
             r"cubierto|cumplido)|\bno\s+falta\s+nada|\balles\s+(?:ist\s+)?(?:drin|da|enthalten|erledigt|erfüllt)\b|\bnichts\s+fehlt|"
             r"\btutto\s+(?:c['’]è|è\s+(?:presente|incluso|rispettato))|\bnon\s+manca\s+nulla|\btudo\s+(?:está\s+)?(?:aí|aqui|incluído|"
             r"cumprido)|\bnada\s+falta|\beverything(?:['’]s|\s+is)\s+(?:here|there|in\s+place|covered|included)|\bnothing(?:['’]s|\s+is)\s+"
             r"missing|\ball\s+(?:present\s+and\s+)?(?:accounted\s+for|there|in\s+place)")
_FORMS: list[tuple[str, re.Pattern]] = [
    ("says everything asked is there", re.compile(
        r"\b" + _ASKED + r"\s+(?:is|are|was|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:here|there|in\s+place|included|covered|done|"
        r"addressed|met|satisfied|accounted\s+for|taken\s+care\s+of|delivered|present|in)\b|"
        r"\b(?:nail|ace|hit|cover|deliver|handle|address|meet|met|satisf|fulfil|tick|check|got|did|does|do|give|gave|provide|"
        r"include|honou?r|respect|reflect)\w*(?:\s+(?:on|off))?\s+(?:exactly\s+|precisely\s+)?(?:\w+\s+)?" + _ASKED + r"|"
        r"\b(?:all|every|each)\s+(?:of\s+)?(?:your|the)\s+boxe?s?\s+(?:are\s+|have\s+been\s+)?(?:checked|ticked)\b|"
        # a verbless note: "Everything you wanted, done your way.", "All you asked for: delivered"
        r"(?:^|(?<=[\s(\[—–-]))" + _ASKED + r"\s*[,:—–-]\s*(?:all\s+|exactly\s+)?(?:done|delivered|included|covered|handled|here|met|"
        r"sorted|taken\s+care\s+of)\b", _I)),
    ("says everything asked is there", re.compile(
        r"(?:" + _ASIDE + r")[^.!?\n]{0,40}?(?:" + _COMPLETE + r")|(?:" + _COMPLETE + r")[^.!?\n]{0,40}?(?:" + _ASIDE + r")", _I)),
    ("says the instructions were met", re.compile(
        r"\b(?:your|the\s+(?:prompt|task|brief|user)['’]?s?)\s+(?:\w+\s+)?" + _INSTR + r"\s+(?:have|has|were|are)\s+(?:all\s+|each\s+|"
        r"every\s+one\s+)?(?:been\s+)?(?:all\s+)?(?:\w+ly\s+)?(?:addressed|met|followed|satisfied|fulfill?ed|respected|honou?red|covered|"
        r"observed|handled|implemented|taken\s+care\s+of|accounted\s+for)\b(?!\s+by\s+(?!me\b|us\b|this\b))|"
        r"\bnothing\s+(?:\w+\s+){0,3}?(?:was|is|has\s+been|got|went|remains?|stayed)\s+(?:\w+\s+)?(?:left\s+out|missed|omitted|overlooked|"
        r"skipped|ignored|forgotten|dropped|unheeded|unaddressed|unanswered|unmet|undone|untouched|unhandled)\b(?=[^.!?\n]{0,40}\b(?:you|your|asked|requested|brief|prompt|instructions?|requirements?)\b)"
        r"|\bnothing\s+(?:in|of|from)\s+(?:your|the)\s+(?:\w+\s+)?(?:instructions?|requirements?|brief|prompt|request|rubric|constraints?|rules)"
        r"\s+(?:was|is|has\s+been|got|went|remains?|stayed)\s+(?:\w+\s+)?(?:left\s+out|missed|omitted|overlooked|skipped|ignored|unheeded|"
        r"unaddressed|unanswered|unmet|undone|unhandled)\b", _I)),
    ("claims accordance with the instructions", re.compile(
        r"\b(?:written|prepared|crafted|produced|generated|composed|drafted|done|made|created|formatted|answered|delivered|"
        r"completed)\s+(?:\w+\s+)?(?:in\s+(?:strict\s+|full\s+|complete\s+|exact\s+|total\s+|perfect\s+)?(?:accordance|compliance|"
        r"conformity|keeping|line)\s+with|according\s+to|following|per|to)\s+" + _OWNED + r"|"
        + _SUBJ + r"\s+(?:(?:\w+ly|really|now|also|thus|therefore|hereby)\s+){0,2}" + _PRESENT + r"\s+(?:\w+\s+){0,2}?" + _OWNED
        + _EXTERNAL, _I)),
    ("notes it kept to the instructions", re.compile(
        r"^\W{0,8}(?:all\s+)?(?:done|completed|written|formatted|delivered|finished|implemented)\s+(?:exactly\s+|precisely\s+|just\s+|"
        r"strictly\s+)?(?:as|per)\s+(?:you\s+)?(?:specified|requested|instructed|asked|required|spec|instructions)\W{0,8}$|"
        r"(?:已|已经|均已|都已)(?:完全|严格)?(?:按|按照|根据|遵照|依照)(?:您的|你的|用户的)?(?:要求|指示|指令|说明)(?:完成|作答|撰写|编写|回答|写)|"
        r"(?<![请应须要])(?:完全|严格)(?:按照|遵守|符合)了(?:您的|你的|所有)?(?:要求|指示|指令)|"
        r"^\W{0,8}(?:[^\W\d]+\s*[:：]\s*)?تمت?\s+(?:الالتزام|اتباع|استيفاء|مراعاة|تنفيذ|تلبية)\s+(?:ب)?(?:جميع|كل)\s+(?:التعليمات|الشروط|"
        r"المتطلبات|المعايير|القواعد)", _I | re.MULTILINE)),
    ("claims full agreement with the instructions", re.compile(
        r"\b(?:full|complete|total|perfect|100\s*%|exact)\s+(?:agreement|accordance|alignment|conformity|compliance|adherence)\s+"
        r"(?:(?:with|to)\s+(?!(?:the\s+|all\s+)?(?-i:[A-Z]{2,}[0-9]*)\b)" + _OWNED + r"|on\s+every\s+(?:point|count|item|requirement))", _I)),
    ("reports a check against the instructions", re.compile(
        r"\b(?:verified|checked|validated|tested|reviewed|audited|cross-checked|double-checked|proofed)\s+(?:\w+\s+)?against\s+"
        r"(?:all|every|each|your|the\s+(?:prompt|user|task|brief)['’]?s?)\s+(?:of\s+the\s+)?(?:\w+\s+)?" + _INSTR + r"|"
        r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+|your\s+)?(?:\w+\s+)?" + _INSTR + r"\s+(?:hold|holds|stand|are\s+(?:honou?red|in\s+place|"
        r"respected|observed|kept|upheld|accounted\s+for|taken\s+care\s+of))\b|"
        r"(?:^|[;:(\[—–-]\s*)(?:full|complete|total|100\s*%)\s+compliance\s*[.)\]!]*\s*$", _I | re.MULTILINE)),
    ("counts the instructions it met", re.compile(
        r"(?<![\d/])(\d{1,2})\s*/\s*\1(?![\d/])\s*(?:\w+\s+)?(?:" + _INSTR + r"|requisitos|exigences|critères|consignes|anforderungen|"
        r"kriterien|requisiti|criteri|critérios|требовани\w*|услови\w*|要求|条件|要件|조건)|"
        r"(?:" + _INSTR + r"|requisitos|exigences|critères|anforderungen|kriterien|requisiti|critérios|checks?|constraints?\s*_?check)"
        r"[^\n\d]{0,25}?(?<![\d/])(\d{1,2})\s*(?:/|of|de|von|di|из)\s*\2(?![\d/])", _I)),
]

_CHECK_LABEL = re.compile(r"(?:^|[(\[])\s*(?:自检|自我检查|自查|セルフチェック|自己チェック|자체\s*점검|자가\s*점검|самопроверка|"
                          r"selbstprüfung|selbstcheck|selbstkontrolle|autoévaluation|auto-?vérification|autoevaluación|autocomprobación|"
                          r"autovalutazione|autoverifica|autoavaliação|autoverificação|zelfcontrole|samokontrola|öz\s*denetim|"
                          r"kendi\s+kontrolüm)\s*[:：]", _I | re.MULTILINE)
_TICK_NOUN = re.compile(r"(?:字数|格式|要求|长度|语气|语言|文字数|形式|条件|글자\s*수|형식|조건|wortzahl|länge|format|ton|longueur|ton|"
                        r"longitud|extensión|formato|tono|lunghezza|comprimento|длина|формат|тон|объём|uzunluk|biçim)\s*[:：]?\s*[✓✔✅☑]", _I)


_UNBLOCKED = {"counts the instructions it met", "claims full agreement with the instructions", "notes it kept to the instructions"}
_COMPILED = {lang: tuple(re.compile(("" if lang in NO_WORD_BOUNDARY else r"\b") + r"(?:" + p + r")", _I) for p in parts)
             for lang, parts in _THIS_ANSWER.items()}
#: a note that opens with the bare noun for the answer, after an optional label ("Uwaga: odpowiedź ...")
_BARE = {lang: re.compile(r"^\W{0,8}(?:[^\W\d]+\.?\s*[:：]\s*)?(?:" + p + r")\b", _I) for lang, p in BARE_ANSWER.items()}
_ALL_RE = re.compile(r"(?:" + _ALL + r")", _I)
_ANY_SUBJ = re.compile("|".join(r"(?:" + subj + r")" for subj, _, _ in _THIS_ANSWER.values()) + "|" + "|".join(BARE_ANSWER.values()), _I)
_LABEL = re.compile(r"^\W{0,8}[^\W\d]+\.?\s*[:：]")
_FRACTION = re.compile(r"\d\s*(?:/|of|de|von|di|из)\s*\d", _I)
_TICK = re.compile(r"[✓✔✅☑]")


def _blocked(sent: str) -> bool:
    return bool(_BLOCK.search(sent)) or bool(_DELIVERY.search(sent))


def form_claims(text: str) -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the forms above."""
    counts = bool(_FRACTION.search(text))
    for label, pattern in _FORMS:
        if label == "counts the instructions it met" and not counts:
            continue
        for m in pattern.finditer(text):
            s = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            e = min([i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0], default=len(text))
            sent = text[s:e + 1]
            if label in _UNBLOCKED and not sent.rstrip().endswith("?") or not _blocked(sent):
                yield label, m.start(), m.end()
    for m in _CHECK_LABEL.finditer(text):
        # a self-check of questions is one handed to the reader ("Selbstprüfung: Habe ich alle Quellen angegeben?")
        lines = text[m.end():m.end() + 200].split("\n")
        line = lines[0].strip() or (lines[1] if len(lines) > 1 else "")
        if "?" not in line and "？" not in line:
            yield "self-check label", m.start(), m.end()
    if _TICK.search(text):
        for line in re.finditer(r"[^\n]+", text):
            if len(_TICK_NOUN.findall(line.group(0))) >= 2:
                yield "checks off the constraints", line.start(), line.end()
    if not _ANY_SUBJ.search(text):
        return
    for s in _SENT.finditer(text):
        sent = s.group(0)
        # a note's label is not part of its clause: Turkish "Not:" is "Note:", not a negation
        if sent.rstrip().endswith(("?", "？")) or _NEG.search(_LABEL.sub("", sent)):
            continue
        if not _ALL_RE.search(sent):
            continue
        for lang, (subj, verb, noun) in _COMPILED.items():
            who = subj.search(sent) or (_BARE[lang].match(sent) if lang in _BARE else None)
            # the response is the verb's subject: it comes first, close to the verb (Arabic may put the verb first)
            did = verb.search(sent, who.end() if who and lang != "ar" else 0) if who else None
            if did and (lang == "ar" or did.start() - who.end() <= 60) and noun.search(sent):
                yield f"claims to follow the instructions ({lang})", s.start(), s.end()
                break
