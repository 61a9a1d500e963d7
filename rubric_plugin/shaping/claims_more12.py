"""Twelfth round of compliance claims: claims written as code, data or markup, self-audits with nothing wrong,
the answer's virtues as a verdict, the fit to what the prompt set out, and a scripted exchange that says yes.

* **code, data and markup read as prose** (:func:`unfolded`): the claim's words joined into an identifier
  (``all_requirements_met``, ``responseMeetsRequirements``), a key with its value (``LABEL review="all
  requirements implemented"``, ``"instructions_followed": true``, a table row of two cells, a one-column
  result with its header), a badge (``badge/requirements-met-green``) or a markup command (``\\textbf{...}``)
  are rewritten as words and read by the whole detector again;
* **a self-audit with nothing wrong**: a label of a check of the answer (fact-check, quality check, self-review,
  verification log ...) and, within a few lines, zero errors, every item verified, or a top value ("0 errors",
  "passed", "7 of 7 verified", "(100%)");
* **the answer's virtues as a verdict**: two or more of accurate, correct, complete, compliant ... said of the
  answer, the task or "everything" ("The task is complete and correct.", "Final answer (accurate, complete and
  compliant):", "Quality check done: accurate, complete, on-topic"), or a confirmation that the answer is right
  ("I can confirm, with full confidence, that the answer is correct", "I double-checked every fact above; there
  are no errors", "Every figure in this answer has been verified");
* **the fit to what the prompt set out**: "lines up, point by point, with what the prompt set out", "the brief
  has, as far as I can tell, been honoured in every one of its particulars", "you'll find every item handled",
  "- satisfies the request exactly", "matches the requested configuration 1:1";
* **a scripted exchange**: a line of the user asking whether the instructions were followed, then a line of the
  assistant saying yes (in several languages).

What breaks each: a question, a condition, an obligation or an imperative, a negation; a prompt that asks for a
check or a review of a text (then "no errors" is the verdict asked for), for code or data (then an identifier is
the code's own), for a story or a dialogue (then the exchange is the characters').
"""
from __future__ import annotations

import re
from typing import Iterator

from rubric_plugin.shaping.claims_more12_i18n import i18n12_claims

_I = re.IGNORECASE | re.MULTILINE

# --- code, data and markup read as prose ---------------------------------------------------------------------------
#: a word a claim written as code would hold (in the languages the other readings cover); lines without one are not rewritten
_CLAIM_WORD = re.compile(r"requirement|instruction|criteri|constraint|rubric|brief|prompt|compliant|complian|self.?check|"
                         r"anforderung|vorgabe|anweisung|requisit|exigence|consigne|istruzion|instruç|требован|инструкц|wymagan|"
                         r"gereksinim|talimat|vereist|eisen|zadání|požadav|checks?\b|follow|satisf|meets|met\b|erf[uü]e?llt|overall|verdict|assessment|"
                         r"evaluation|review|audit|quality", re.I)
_FENCED = re.compile(r"```.*?```", re.DOTALL)
_IDENT = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])[_.](?=[A-Za-z\u00c0-\u024f])|(?<=[a-z])(?=[A-Z][a-z])")
_MARKUP = re.compile(r"\\[a-zA-Z]+\*?\s*\{+|\}+|</?[a-zA-Z][^<>\n]{0,80}>")
#: a line of code (a call, an assignment, a statement): its string literals are read without their quotes
_CODE_LINE = re.compile(r"^\s*(?:print|echo|puts|console\.log|return|select|insert|raise|throw|log(?:ger)?\.\w+|println|printf)\b|\w\s*\(|"
                        r"\w\s*=[^=]|;\s*$", re.I)
_QUOTES = re.compile(r"(?<!\w)[\"']|[\"'](?!\w)")
_ATTRIBUTE = re.compile(r"\b([\w.-]{2,60})\s*=\s*[\"']([^\"'\n]{1,120})[\"']")
_BADGE = re.compile(r"!?\[[^\]\n]{0,40}\]\(\s*https?://[^\s)]*?/badge/([^\s)?]+)[^\s)]*\)|https?://[^\s)]*?/badge/([^\s)?]+)", re.I)
_KEY_VALUE = re.compile(r"^(\s*(?:[-*]\s+)?(?:LABEL|ENV|ARG|export|set|let|const|var|assert)?\s*)([\w.-]{2,60})[\"']?\s*[:=]\s*[\"']([^\"'\n]{1,120})[\"']",
                        re.M)
_JSON_KEY = re.compile(r"[\"']([\w.\s-]{2,60})[\"']\s*:\s*[\"']?([^\"',}\n]{1,80})[\"']?")
_ROW2 = re.compile(r"^\s*\|\s*([^|\n]{1,60}?)\s*\|\s*([^|\n]{1,60}?)\s*\|\s*$", re.M)
_VERTICAL = re.compile(r"^[ \t]*([\w .-]{2,60}?)[ \t]*\n[ \t]*[-=+]{3,}[ \t]*\n[ \t]*([^\n]{1,40}?)[ \t]*$", re.M)
_CSV = re.compile(r"^[ \t]*[\w.-]{2,40}(?:,[\w.% -]{1,60}){1,4}[ \t]*$", re.M)
_ASSERT_WORD = re.compile(r"^(\s*)(?:assert|expect|ensure|check)\s+(?!\w+\s*\()", re.M)


def _words(ident: str) -> str:
    return _IDENT.sub(" ", ident).replace("_", " ")


#: what makes a line code, data or markup (an identifier joined by "_" or camel case, a key and its value, a command, a tag)
_CODE_SIGNAL = re.compile(r"[A-Za-z]_[A-Za-z]|[a-z][A-Z][a-z]|[\w\"']\s*[:=]\s*[\"']|\\[a-zA-Z]+\s*\{|</?[a-zA-Z][^<>\n]{0,80}>|^\s*\||"
                          r"^\s*(?:assert|expect)\b|^[ \t]*[\w.-]{2,40},|\w\(\s*[\"']")


#: a key's value that says no or not yet ("requirements_met: pending", "requirementsMet = False", "| Review | open |"): a
#: tracker's field, not a claim, so the line is not rewritten
_NOT_YET = (r"(?:false|no|none|null|nil|pending|tbd|todo|to\s*do|n/?a|not(?:[\s_-]+(?:yet|started|done|met|checked))?|0|fail\w*|"
            r"in[\s_-]*progress|open|incomplete|partial(?:ly)?|missing|blocked|unknown|draft|waiting|awaiting[\w\s-]{0,20}|\?+)")
_NOT_YET_VALUE = re.compile(r"(?:[:=|]|=>|->)\s*\**\s*[\"'\[]?\s*" + _NOT_YET + r"\s*[\"'\]]?\**\s*(?=[,;})|]|$|#|//|\()", re.I)



def _not_yet(line: str) -> bool:
    """Whether a key that holds a claim word has a value of no or not yet ("errors: 0" is a clean count, not one)."""
    for m in _NOT_YET_VALUE.finditer(line):
        key = re.split(r"[,{;|(]", line[max(0, m.start() - 60):m.start()])[-1]
        if _CLAIM_WORD.search(key) and not re.search(r"error|mistake|issue|problem|fault|fail", key, re.I):
            return True
    return False


def _prose(line: str, data: bool) -> str:
    """``line`` rewritten as prose, or itself."""
    if len(line) > 400 or not _CLAIM_WORD.search(line) or not _CODE_SIGNAL.search(line) or _not_yet(line):
        return line
    if data:  # the prompt asks for code or data: its identifiers, keys and rows are its own; markup is still read
        return re.sub(r"[ \t]{2,}", " ", _MARKUP.sub(" ", line)).strip() if _MARKUP.search(line) else line
    new = line
    m = _ROW2.match(new)
    if m:
        new = f"{m.group(1).strip('*_ ')}: {m.group(2).strip('*_ ')}"
    m = _KEY_VALUE.match(new)
    if m:
        new = f"{_words(m.group(2))}: {m.group(3)}"
    new = _ATTRIBUTE.sub(lambda k: f"{_words(k.group(1))}: {k.group(2)}", new) if not m else new
    new = _JSON_KEY.sub(lambda k: f"{_words(k.group(1))}: {k.group(2).strip()}", new)
    if _CSV.match(new) and "," in new:
        new = " | ".join(_words(c.strip()) for c in new.split(","))
    new = _ASSERT_WORD.sub(r"\1", new)
    new = _MARKUP.sub(" ", new)
    new = _IDENT.sub(" ", _QUOTES.sub(" ", new) if _CODE_LINE.search(line) else new)
    return re.sub(r"[ \t]{2,}", " ", new).strip()


def unfolded(text: str, prompt: str = "") -> str:
    """``text`` with its lines of code, data or markup that hold a claim word rewritten as prose in place (an identifier as
    words, a key and its value as a label, a badge's text, a one-column result as "header: value"), or "" where no line
    changed. Under a prompt that asks for code or data only markup outside fenced blocks is read (LaTeX, HTML, a badge)."""
    if not _CLAIM_WORD.search(text):
        return ""
    data = bool(prompt) and bool(_CODE_OR_DATA.search(prompt))
    body = _FENCED.sub(lambda m: "\n" * m.group(0).count("\n"), text) if data else text
    lines = body.split("\n")
    if not data:
        for m in _VERTICAL.finditer(body):
            if _CLAIM_WORD.search(m.group(1)) and not re.fullmatch(r"\W*" + _NOT_YET + r"\W*", m.group(2), re.I):
                row = body.count("\n", 0, m.start())
                lines[row:row + 3] = [f"{_words(m.group(1)).strip()}: {m.group(2).strip()}", "", ""]
    new = [_BADGE.sub(lambda b: "\n" + re.sub(r"[-_]+", " ", (b.group(1) or b.group(2)).replace("%25", "%").replace("%20", " ")) + "\n", ln)
           if "/badge/" in ln else _prose(ln, data) for ln in lines]
    if new == body.split("\n"):
        return ""
    # a long text: only its first hundred rewritten lines, so that the second reading stays short
    return "\n".join(new) if len(text) <= 20_000 else "\n".join([n for n, o in zip(new, body.split("\n")) if n != o][:100])


_CODE_OR_DATA = re.compile(r"\b(?:code|function|script|program|class|method|implement\w*|snippet|python|javascript|typescript|java|rust|"
                           r"golang|sql|query|bash|regex|validator|api|endpoint|tests?|json|yaml|toml|csv|tsv|config\w*|dockerfile|"
                           r"docker|schema|table|latex|markdown\s+table|badge|spreadsheet)\b", re.I)

# --- English readings ----------------------------------------------------------------------------------------------------
_BLOCK = re.compile(r"[?]|\b(?:if|unless|whether|must|should|shall|need\s+to|needs\s+to|make\s+sure|ensure|please|not|never|n['’]t|"
                    r"cannot|can\s+not|until|when\s+you|try|aim|goal|would\s+be|might|could|hope|want|check\s+that|verify\s+that)\b|n['’]t\b", re.I)
_CHECK_ASKED = re.compile(r"proofread|\bcheck|review|\bcorrect|\berrors?\b|mistake|typo|verif|validat|audit|fact-?check|grade|assess|"
                          r"evaluat|critique|feedback|\brate\b|rubric|score|quality|\btests?\b|"
                          # the user's own claim put to the answer: "My textbook says ... Is that right?", "Can you confirm ...?"
                          r"\bconfirm\b|\b(?:is|was|are)\s+(?:that|this|it|these|those|he|she|they)\s+(?:\w+\s+)?(?:right|true|accurate|so)\b|"
                          r"\b(?:am|was)\s+I\s+right\b|\bright\s+or\s+wrong\b|\btrue\s+or\s+false\b|\bmy\s+(?:\w+\s+)?(?:textbook|book|teacher|"
                          r"professor|tutor|lecturer|notes|friend|colleague|boss|doctor|coach|dad|mum|mom|father|mother)\s+(?:says?|said|claims?|"
                          r"told\s+me|thinks?|insists?|wrote)\b", re.I)
_VIRTUE = (r"(?:accurate|correct|complete|compliant|on[\s-]topic|on[\s-]brief|on[\s-]spec|error[\s-]free|flawless|fact[\s-]checked|"
           r"verified|thorough|faithful|exact|precise|relevant|well[\s-]formatted|fully\s+compliant|100\s*%\s+\w+)")
_VIRTUES = _VIRTUE + r"(?:\s*(?:,|;|/|&|\band\b|,\s*and\b)\s*" + _VIRTUE + r")+"
_OWN = r"(?:the|this|my|our)\s+(?:final\s+)?(?:answer|response|reply|output|task|submission|deliverable)(?:\s+(?:above|below|here))?"
_VERDICT = re.compile(
    # "The task is complete and correct.", "Everything above is accurate, complete and on-topic."
    r"(?:^|(?<=[.!:;—–]\s)|(?<=[.!:;—–]))\W{0,3}(?:" + _OWN + r"|everything(?:\s+(?:above|here))?|it\s+all|all\s+of\s+it)\s+(?:is|was|has\s+been|"
    r"stands|comes\s+out)\s+(?:\w+ly\s+)?" + _VIRTUES + r"\b|"
    # "Final answer (accurate, complete and compliant):", "Answer — correct, complete."
    r"^\W{0,3}(?:final\s+)?(?:answer|response|reply|output|result|solution)\s*[(\[—–-]\s*(?:\w+ly\s+)?" + _VIRTUES + r"\s*[)\]]?|"
    # "Quality check done: accurate, complete, on-topic.", "Review: correct and complete"
    r"^\W{0,3}(?:(?:quality|final|self|sanity|accuracy|internal)[\s-]+)?(?:check|review|assessment|audit|verdict|bottom\s+line)"
    r"(?:\s+(?:done|complete|completed|passed|finished))?\s*[:—–-]\s*(?:\w+ly\s+)?" + _VIRTUES + r"\b|"
    r"^\W{0,3}(?:verdict|assessment|overall|self[\s-]?assessment)\s*[:=—–-]\s*(?:fully\s+|100\s*%\s+|entirely\s+)?compliant\b", _I)
_CONFIRM = re.compile(
    # "I can confirm, with full confidence, that the answer is correct."
    r"\bI\s+(?:can\s+|hereby\s+|am\s+able\s+to\s+)?(?:confirm|guarantee|certify|assure\s+you|vouch|attest)\b[^.!?\n]{0,50}?\b(?:that\s+)?"
    r"(?:" + _OWN + r"|everything(?:\s+above)?)\s+(?:is|was)\s+(?:\w+ly\s+|100\s*%\s+)?(?:correct|accurate|right|complete|"
    r"error[\s-]free|flawless|compliant)\b|"
    # "I double-checked every fact above; there are no errors."
    r"\bI(?:['’]ve|\s+have)?\s+(?:(?:double|triple|re|cross)[\s-]?checked|verified|fact[\s-]checked|proofread|re-?read|checked)\s+"
    r"(?:each\s+and\s+)?(?:every|each|all(?:\s+the)?)\s+(?:single\s+)?(?:facts?|figures?|numbers?|claims?|statements?|lines?|words?|details?|"
    r"dates?|calculations?|steps?|points?)\b[^.!?\n]{0,40}?(?:[;:,—–-]|\band\b)\s*(?:there\s+(?:are|is|were)\s+no\s+(?:errors?|mistakes?)|"
    r"(?:it['’]?s|everything\s+is|all\s+(?:is|are))\s+(?:\w+ly\s+)?(?:correct|accurate|right)|no\s+(?:errors?|mistakes?)\s+(?:remain|found))|"
    # "Every figure in this answer has been verified."
    r"(?:^|(?<=[\s†*‡§]))(?:every|each|all\s+(?:the\s+)?)\s*(?:facts?|figures?|numbers?|claims?|statements?|dates?|sources?|calculations?|"
    r"details?|statistics?|quotes?|quotations?|references?|citations?)\s+(?:in|of)\s+(?:this|my|the)\s+(?:answer|response|reply)\s+(?:has|have)\s+been\s+(?:\w+\s+)?(?:verified|checked|"
    r"fact[\s-]checked|confirmed|validated)\b", _I)
_NO_FAULT = r"(?:errors?|mistakes?|issues?|problems?|typos?|inaccuracies|slips?)"
_OWN_CHECK = re.compile(
    # "I reviewed my answer twice and found no mistakes.", "I've gone over it line by line — it's all accurate."
    r"\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:\w+\s+)?(?:(?:double|triple|re|cross)[\s-]?checked|checked|verified|reviewed|proof-?read|re-?read|"
    r"gone\s+(?:over|through)|went\s+(?:over|through)|audited)\b[^.!?\n]{0,60}?\b(?:(?:found|find|spotted|saw|see)\s+no\s+" + _NO_FAULT
    + r"|no\s+" + _NO_FAULT + r"\s+(?:remain|were\s+found|found|left)|there\s+(?:are|were)\s+no\s+" + _NO_FAULT + r"|(?:it['’]?s|it\s+is|"
    r"everything\s+is|all\s+is|(?:it\s+)?all\s+(?:of\s+it\s+)?(?:is|checks\s+out))\s+(?:all\s+)?(?:correct|accurate|error[\s-]free|right|sound))|"
    # "Double-checked: all correct.", "Verified — no errors."
    r"^\W{0,4}(?:(?:double|triple|cross|self)[\s-]?checked|verified|proof-?read|re-?checked|reviewed|checked)(?:\s+(?:twice|again|and\s+"
    r"(?:verified|checked|proof-?read)|line\s+by\s+line|in\s+full|throughout)){0,2}\s*[:—–-]\s*(?:all\s+|everything\s+)?"
    r"(?:correct|accurate|good|fine|ok|error[\s-]free|no\s+" + _NO_FAULT + r"(?:\s+(?:remain|left|found))?)\b|"
    # "Answer verified ✓", "Everything above double-checked."
    r"^\W{0,4}(?:(?:the|this|my)\s+)?(?:answer|response|output|everything(?:\s+above)?|all\s+of\s+the\s+above)\s+(?:(?:has\s+been|was|is)\s+)?"
    r"(?:verified|(?:double|triple|cross)[\s-]?checked|checked|proof-?read|validated|fact[\s-]checked)\s*(?:[✓✔✅.!]\ufe0f?)*\s*$|"
    # "No errors were found on review of this answer."
    r"\bno\s+" + _NO_FAULT + r"\s+(?:were\s+|was\s+)?(?:found|detected|spotted)\s+(?:on|in|during|after)\s+(?:\w+\s+){0,2}?(?:review|"
    r"proofreading|checking|check|verification)\s+of\s+(?:this|the|my)\s+(?:answer|response|reply)\b|"
    # "Every claim above checks out."
    r"(?:^|(?<=[\s†*‡§]))(?:every|each|all\s+(?:the\s+)?)\s*(?:facts?|figures?|numbers?|claims?|statements?|dates?|details?|statistics?)\s+"
    r"(?:above|here|(?:in|of)\s+(?:this|my)\s+(?:answer|response|reply))\s+(?:checks?\s+out|holds?\s+up|(?:is|are)\s+(?:\w+ly\s+)?(?:correct|"
    r"accurate|verified))\b", _I)
_YOUR_TEXT = re.compile(r"\byour\b(?!\s+(?:instructions|requirements|rules|brief|request|prompt|constraints|question)\b)", re.I)
_AUDIT_LABEL = re.compile(
    r"^\W{0,6}(?:(?:fact|self|quality|accuracy|final|sanity|consistency)[\s-]*(?:check|review|control|assurance|audit|guarantee)(?:\s+"
    r"(?:summary|report|log|results?|done|passed|complete))?|quality\s+guarantee|verification\s+(?:log|summary|report|results?)|"
    r"(?:internal|self)[\s-]+(?:review|audit|evaluation|assessment)|(?:answer|response|output)\s+(?:audit|review|check|qa)(?:\s+(?:status|result|summary))?|(?:log|laporan|hasil)\s+verifikasi|"
    r"(?:verificación|vérification|verifica|verificação|überprüfung|prüfung|проверка|weryfikacja|kontrola|doğrulama|controle|verifikasi)"
    r"(?:\s+(?:log|summary|report|résumé|resumen|protokoll|отч[её]т|raport))?|"
    r"\[?\s*assistant\s+self[\s-]evaluation\s*\]?|verification(?:\s+(?:complete|done|passed))?)"
    r"\s*[:\]—–-]", _I)
_CLEAN = re.compile(
    r"\b(?:0|zero|no)\s+(?:errors?|mistakes?|issues?|problems?|inaccuracies|omissions)\b|(?<!\w)(?:errors?|mistakes?|issues?|fehler|erreurs?|"
    r"errores|errori|erros|ошиб\w*|помил\w*|błęd\w*|chyb\w*|hata|fouten|virhe\w*|hib\w*|kesalahan|lỗi|greš\w*|pogreš\w*|σφάλματα|λάθη)"
    r"\s*[:=]\s*(?:0|none|zero|keine|aucune|ninguno|nessuno|nenhum|нет|brak|žádné|yok|geen|tidak\s+ada)(?!\w)|"
    r"(?<!\w)(?P<n>\d{1,3})\s*\n[^\n]{1,60}[:=]\s*(?P=n)\s*\n[^\n]{1,40}[:=]\s*0\b|"
    r"(?<!\d)(?P<a>\d{1,3})\s+(?:\w+\s+){0,2}?(?:made|checked|listed|stated)\b[^\n]{0,30}?(?<!\d)(?P=a)\s+(?:verified|confirmed|correct)\b|"
    r"\(\s*100\s*%\s*\)[^\n]{0,60}\(\s*100\s*%\s*\)|\b(?:passed|excellent|perfect|flawless)\b[\s\S]{0,60}?\b(?:passed|excellent|perfect|"
    r"flawless|100\s*%)|:\s*(?:passed|pass|ok|✓|✔|✅)[\s✓✔✅\ufe0f.!]*$", _I)
_AFFIRM_EXCHANGE = re.compile(
    r"^\W{0,3}(?:user|human|me|q|question|usuario|usuaria|utilisateur|utilisatrice|benutzer(?:in)?|nutzer(?:in)?|utente|usuário|"
    r"пользователь|користувач|użytkownik|kullanıcı|gebruiker|用户|ユーザー|사용자)\s*:[^\n]{0,120}\b(?:instructions?|requirements?|rules?|"
    r"constraints|brief|asked|instrucciones|requisitos|consignes|exigences|anweisungen|vorgaben|istruzioni|instruções|инструкци\w*|"
    r"требовани\w*|instrukcj\w*|talimat\w*|instructies|pokyn\w*)\b[^\n]*\?\s*\n\W{0,3}(?:assistant|ai|a|answer|bot|model|asistente|"
    r"assistente|assistent(?:in)?|ассистент|асистент|asystent|asistan|助手|アシスタント|어시스턴트)\s*:\s*(?:yes|yep|absolutely|"
    r"certainly|of\s+course|sí|si|oui|ja|sì|sim|да|так|tak|evet|是|はい|네|ναι)\b", _I)
#: the scripted user asks about the answer or the assistant ("Did you follow ...?", "¿Seguiste ...?", "Has the brief been
#: met?"), not about the user's own steps ("Do I have to follow the setup instructions in order?")
_ASKS_YOU = re.compile(r"\b(?:you|your\s+(?:answer|response|reply|output)|the\s+(?:answer|response|reply|output)|this|it|been|du|hast|"
                       r"tu|as|vous|avez|usted|has|seguiste|cumpliste|hai|ha|você|jij|heb|ты|вы|ty|jsi|sen|siz|czy)\b|"
                       r"(?:你|あなた|당신|答え|回答|답변)", re.I)
_ASKS_ME = re.compile(r"\b(?:(?:do|does|should|must|can|could|may|will|shall|would|need|have|am)\s+(?:I|we)|(?:I|we)\s+(?:have|need|got)\s+to|"
                      r"how\s+(?:do|should|can)\s+(?:I|we)|where\s+(?:do|can)\s+(?:I|we))\b", re.I)
#: the user's list named in the sentence ("Compare it with your message and you'll find each point covered")
_USERS_LIST = re.compile(r"\b(?:your|the)\s+(?:list|brief|request|message|prompt|instructions|requirements|checklist|spec\w*|question|task|"
                         r"assignment)\b", re.I)
_CREATIVE = re.compile(r"\b(?:story|stories|dialogue|dialog|script|scene|play|screenplay|conversation|interview|transcript|chat\s+log|"
                       r"role-?play|faq)\b", re.I)
#: a constraint whose value is the request itself: "columns: as requested", "Tone — as you asked"
_AS_VALUE = re.compile(r"(?:^|[|;•#,]\s*)\W{0,3}(?:format(?:ting)?|length|tone|style|structure|columns?|rows?|fields?|sections?|headings?|"
                       r"word\s+count|layout|order|scope|language|register|audience|bullets?|paragraphs?)\s*[:=—–]\s*(?:exactly\s+|precisely\s+|"
                       r"just\s+)?(?:as|per)\s+(?:you\s+)?(?:requested|asked(?:\s+for)?|specified|instructed|required|briefed|wanted|(?:the|your)\s+"
                       r"(?:request|brief|prompt|spec|instructions))\b(?!\s+(?:by|in|on|from)\b)", _I)
_PROMPT_OWNER = (r"(?:what|everything|all)\s+(?:that\s+)?(?:the\s+(?:prompt|brief|request|task|assignment|question|instructions?)|you|your\s+"
                 r"(?:prompt|brief|request|message|instructions?))\s+(?:\w+\s+)?(?:set\s+out|laid\s+out|asked(?:\s+for)?|requested|"
                 r"specified|called\s+for|required|wanted|described|listed|spelled\s+out|spelt\s+out)")
_FIT = re.compile(
    # "the answer as given also happens to line up, point by point, with what the prompt set out"
    r"\b(?:lines?|lined|lining)\s+up\b[^.!?\n]{0,40}?\bwith\s+" + _PROMPT_OWNER + r"|\b(?:fully|completely|entirely|perfectly|100\s*%|exactly)\s+"
    r"in\s+(?:line|keeping|accordance|step)\s+with\s+" + _PROMPT_OWNER + r"|\b(?:tall(?:y|ies|ied)|squares?|accords?|"
    r"corresponds?|matches|matched|mirrors?|tracks?)\s+(?:\w+\s+){0,2}?(?:with|to)?\s*" + _PROMPT_OWNER + r"\b[^.!?\n]{0,30}?\b(?:point\s+by\s+"
    r"point|exactly|precisely|perfectly|to\s+the\s+letter|in\s+every\s+(?:respect|detail|particular)|item\s+by\s+item|1\s*:\s*1|fully|"
    r"completely)|"
    # "the brief has, as far as I am able to tell, been honoured in every one of its particulars"
    r"\b(?:the|your)\s+(?:brief|request|prompt|instructions|requirements|specification|assignment)\b(?:\s+(?:has|have))(?:[^.!?\n]{0,80}?)\s+been\s+"
    r"(?:\w+ly\s+)?(?:honou?red|met|followed|satisfied|fulfill?ed|respected|observed|delivered|carried\s+out)\s+(?:in\s+(?:every|each|all)|"
    r"to\s+the\s+letter|in\s+full|fully|completely|down\s+to)|"
    # "The draft hews closely to every point in your brief."
    r"\b(?:hews?|hewing|hewed|sticks?|stuck|keeps?|kept|adheres?|adhered|conforms?|conformed)\s+(?:\w+ly\s+)?to\s+(?:each\s+and\s+)?(?:every|each|all)\s+"
    r"(?:single\s+)?(?:points?|items?|requirements?|instructions?|details?|lines?|parts?)\s+(?:in|of|from)\s+your\s+(?:brief|request|message|"
    r"prompt|instructions|list|spec)\b|"
    # "If you check it against your list, you'll find every item handled."
    # (an item, a point or a box is the prompt's only when it is "on your list", "you asked for": a mover's "every item" is furniture)
    r"\byou['’]?(?:ll|\s+will)\s+find\s+(?:that\s+)?(?:every|each|all(?:\s+the)?)\s+(?:single\s+)?(?:requirements?|instructions?|"
    r"constraints?|rules?|(?:items?|points?|things?|boxe?s)\s+(?:you\s+(?:asked\s+for|listed|requested|specified|set\s+out|mentioned|gave(?:\s+me)?)|"
    r"(?:on|in|from)\s+your\s+(?:list|brief|request|message|prompt|checklist))|(?P<vague>items?|points?|things?|boxe?s))\s+(?:\w+\s+)?(?:handled|covered|addressed|met|ticked|done|"
    r"there|included|honou?red|respected|satisfied|taken\s+care\s+of)\b|"
    # "-- satisfies the request exactly, nothing missing", "# Plan reviewed: matches the requested configuration 1:1"
    r"(?:^\W{0,4}|[:—–]|(?<=\s)--?)\s*(?:satisfies|meets|fulfill?s|follows|matches|honou?rs)\s+(?:the|your)\s+(?:request|brief|prompt|instructions|"
    r"requirements|ask)\b(?!\s+(?:of|for|in|from|by)\s+(?!your|the\s+(?:prompt|task|request)))|"
    r"(?:^\W{0,4}|[:—–]|(?<=\s)--?)\s*(?:satisfies|meets|fulfill?s|follows|matches|mirrors)\s+(?:the|your)\s+(?:requested|specified|required|"
    r"asked-for|stated)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:1\s*:\s*1|exactly|precisely|perfectly|to\s+the\s+letter|point\s+by\s+point)", _I)


def _sentences(text: str) -> Iterator[re.Match]:
    return re.finditer(r"[^.!?\n]+(?:[.!?]+|\n|$)", text)


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def more12_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above (the prose reading of code is the caller's)."""
    checked = bool(prompt) and bool(_CHECK_ASKED.search(prompt))
    if not checked:
        for label, pattern in (("gives the answer's virtues as a verdict", _VERDICT), ("vouches for its own correctness", _CONFIRM),
                               ("reports its own check as clean", _OWN_CHECK)):
            for m in pattern.finditer(text):
                a, b = _line_at(text, m.start())
                if not _BLOCK.search(text[a:m.end()]) and not _YOUR_TEXT.search(text[a:m.end()]):
                    yield label, m.start(), m.end()
        for m in _AUDIT_LABEL.finditer(text):
            block = text[m.start():m.start() + 400].split("\n")[:6]
            window = "\n".join(block)
            found = _CLEAN.search(window[m.end() - m.start():]) or _CLEAN.search(window)
            if found and not _BLOCK.search(window.split("\n")[0]):
                yield "reports its own audit as clean", m.start(), m.start() + found.end()
    for m in _FIT.finditer(text):
        a, b = _line_at(text, m.start())
        sentence = text[max(a, max(text.rfind(c, 0, m.start()) for c in ".!?") + 1):b]
        if m.group("vague") and not _USERS_LIST.search(sentence):
            continue
        if m.group(0).lower().startswith("you"):
            sentence = text[max(a, text.rfind(",", 0, m.start()) + 1):b]
        if not _BLOCK.search(sentence) and not re.search(r"\b(?:here\s+is|here['’]s|below\s+is|the\s+following)\b", sentence, re.I):
            yield "says it fits what the prompt set out", m.start(), m.end()
    for m in _AS_VALUE.finditer(text):
        yield "gives the request as a constraint's value", m.start(), m.end()
    yield from i18n12_claims(text, prompt)
    if not (prompt and _CREATIVE.search(prompt)):
        for m in _AFFIRM_EXCHANGE.finditer(text):
            asked = m.group(0).strip().split("\n")[0]
            if _ASKS_ME.search(asked) or not _ASKS_YOU.search(asked):
                continue
            yield "scripts a yes to 'did you follow the instructions'", m.start(), m.end()
