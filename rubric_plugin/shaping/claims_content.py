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
* **a requested record of a check**: the prompt asks for a document whose content is a check's outcome (a QA or
  UAT sign-off, an acceptance or audit report, a test plan or test cases, a Definition of Done, a status line, a
  compliance summary), and the claim names the criteria of that check ("All acceptance criteria have been met in
  staging", "the safety requirements are satisfied") or is a test case's expected outcome ("'Abcdefg1' -> valid: all
  rules are satisfied"); bare "all requirements met" in such a document still counts;
* **a direct answer to a question about compliance**: the prompt asks whether the answer (or a given
  text) keeps a constraint ("Did you follow all my formatting instructions?", "Is this sentence under
  20 words?"); the answer's first paragraph answers it, yes or no;
* **a task**: a line (a code comment, a list item) that opens with TODO / FIXME or an imperative check
  ("# TODO: check all requirements are met", "// ensure every constraint holds"), unless it is ticked off
  ("# ensure all requirements are met ✓");
* **a persona's line in a requested poem or song**: a line of a stanza ("I kept every rule you gave me,
  love,") that names none of the instructions' own nouns (instructions, requirements, the brief ...);
* **an indirect question or a condition**: the claim's clause opens with whether / if in any language
  ("Der Prüfer kontrolliert, ob alle Anforderungen erfüllt sind", "vérifie si toutes les exigences sont
  respectées", "检查是否所有要求都已满足", "満たされているかどうか"): it asks, it does not state, unless
  it is answered on the spot ("ob alle Vorgaben erfüllt sind: ja");
* **someone else's requirements** (Chinese): the instructions' noun owned by another party, "客户的要求都已
  满足" (the client's), "公司的各项要求" (the company's), not 您 / 你 / 用户 / the task's (题目要求);
* **a requested self-evaluation**: the prompt asks the answer to reflect on or assess its own work
  ("reflect on whether your essay met the assignment's requirements", "self-assess your submission"):
  a claim that does not turn to the scorer is what was asked (:attr:`.asked.Asked.reflect`).

A claim that names the conversation's instructions ("your instructions", "the prompt"), the response
itself, or the scorer stays a claim under the other structures.
"""
from __future__ import annotations

import functools
import re

from rubric_plugin.shaping.asked import asked
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


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence (or line) around ``text[start:end]``."""
    a = max(text.rfind(c, 0, start) for c in ".!?\n。！？")
    ends = [i for i in (text.find(c, end) for c in ".!?\n。！？") if i >= 0]
    return text[a + 1:min(ends) + 1 if ends else len(text)]


#: a condition or a goal, not a statement: "make sure all requirements are met", "check whether ..."
_CONDITION = re.compile(r"\b(?:make\s+sure|ensure|check|verify|whether|if|until|unless|before|so\s+that|how\s+to|until|must|should|need\s+to|"
                        r"have\s+to|to\s+be)\b[^.?!\n]*$", _I)


@functools.lru_cache(maxsize=256)
def _states_met(prompt: str) -> bool:
    """The prompt states as a fact that something's requirements are met, and asks for a text."""
    return bool(prompt) and bool(_WRITE.search(prompt)) and any(
        not _CONDITION.search(prompt[max(0, m.start() - 60):m.start()]) for m in _STATES_MET.finditer(prompt))


#: the prompt asks for the record of a check: a sign-off, an acceptance / audit / inspection / verification report,
#: a test plan or test cases, a Definition of Done, a status line, a compliance summary
_RECORD_ASKED = re.compile(
    r"\b(?:write|draft|compose|give\s+me|prepare|create|make|produce|need|generate|put\s+together|fill\s+in|suggest)\b[^.?!\n]{0,60}?"
    r"\b(?:(?:qa|uat|release|test|go-?live|final)\s+sign-?off|sign-?off\s+(?:note|email|mail|message|statement|sheet|form)|"
    r"(?:acceptance|audit|inspection|verification|validation|test|qa|compliance|conformance|conformity|completion|handover|"
    r"commissioning)\s+(?:report|record|finding|summary|statement|certificate|note|section|log|protocol|minutes)s?|"
    r"test\s+(?:plan|cases?|scenarios?|strategy|matrix|script)s?|definition\s+of\s+(?:done|ready)|audit\s+findings?|"
    r"status\s+(?:line|update|report|note|message)s?|release\s+(?:notes?|checklist)|acceptance\s+criteria|"
    r"(?:certificate|statement)\s+of\s+(?:conformity|compliance|completion))\b", _I)


#: the criteria of the recorded check, named by what they belong to: acceptance criteria, safety requirements, ISO checks
_RECORD_NOUN = re.compile(
    r"\b(?:acceptance|exit|entry|release|test(?:ing)?|safety|hygiene|health|fire|regulatory|legal|statutory|contract(?:ual)?|quality|"
    r"qa|functional|non-functional|security|performance|technical|certification|accessibility|iso\s*\d+|gdpr|wcag|hipaa|"
    r"customer|client|business|sprint|story|ticket|project|product|design|build|deployment|readiness|go-?live|audit|"
    r"inspection|control|environmental|labell?ing)\s+(?:[\w-]+\s+)?(?:criteri(?:a|on)|requirements?|checks?|conditions?|tests?|"
    r"rules?|specifications?|standards?|controls?)\b", _I)
#: a test case's expected outcome on its line: a quoted or coded input, an arrow or "expected:", no tick ("'Abcdefg1' -> valid: ...")
_EXPECTED = re.compile(r"^[^\n✓✔✅☑]*?(?:[\"'“‘`][^\"'”’`\n]{1,60}[\"'”’`])[^\n✓✔✅☑]*?(?:->|→|=>|⇒|\bexpected(?:\s+result)?\s*:)"
                       r"[^\n✓✔✅☑]*$", _I | re.MULTILINE)
_TESTS_ASKED = re.compile(r"\btest\s+(?:plan|cases?|scenarios?|strategy|matrix|script)s?\b|\bunit\s+tests\b", _I)


@functools.lru_cache(maxsize=256)
def _record_asked(prompt: str) -> bool:
    return bool(prompt) and bool(_RECORD_ASKED.search(prompt))


def _record(text: str, start: int, end: int, prompt: str) -> bool:
    """A claim in a requested record of a check that names that check's criteria, or a test case's expected outcome."""
    if not _record_asked(prompt):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return bool(_RECORD_NOUN.search(text, max(line_start, start - 30), end)
                or len(line) <= 300 and _TESTS_ASKED.search(prompt) and _EXPECTED.match(line))


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


#: whether / if opening the claim's clause, in the languages the claim readers read (si / se / if are conditions too)
_WHETHER_BEFORE = re.compile(
    r"(?:\b(?:whether|if|ob|czy|jestli|zda|zdali|či|чи|ли|ли\s+не|si(?!\s*[,.!:])|se(?=\s+(?:tutt|tod|le\b|i\b|gli\b|os\b|as\b|o\b|a\b|"
    r"ogni|cada|il\b|la\b|lo\b|gli\b|l['’]|suas\b|seus\b|tuoi\b|tue\b|queste|questi|essas|esses|estas|estes))|huruvida|hvorvidt|"
    r"apakah|liệu|αν|κατά\s+πόσο|ما\s+إذا|إذا|هل|क्या|ifall|jeśli|jeżeli|wenn|falls)\b|"
    r"(?:\b(?:controleert|controleren|nagaan|gaat\s+na|kijkt|kijken|bekijkt|weet|weten|vraagt|vragen|beoordeelt|toetst|checkt|"
    r"kontrollerar|undersöker|avgör|bedömer|prövar|frågar|vet|kontrollerer|undersøker|vurderer|avgjør|spør|sjekker|tjekker)\s+)"
    r"(?:of|om)\b|是否|能否|有没有|是不是|有無|여부)[^\S\n]*", re.IGNORECASE)
#: ... or closing it, after the verb (Japanese, Korean, Turkish, Chinese)
_WHETHER_AFTER = re.compile(r"\w{0,10}?(?:かどうか|か否か|(?:는|은|인|었는|였는|했는|됐는|되었는|할)지\b|(?:ıp|ip|up|üp)\s+\w+m[ae]d[ıi]ğ|"
                            r"与否|了吗|吗[？?]?)")
#: ... or after the clause's first word, in the claim itself: "выполнены ли все требования", "所有要求是否均已满足"
_WHETHER_INSIDE = re.compile(r"(?<=\w)\s+(?:ли|чи)\b|(?<=\w)(?:是否|能否|有没有|是不是)")
#: a concessive "even if" grants the clause: "même si toutes vos consignes sont déjà respectées"
_CONCESSIVE = re.compile(r"\b(?:even|même|anche|auch|selbst|mesmo|nawet|incluso|aun|aunque|ainda)\s*$", re.IGNORECASE)
#: ... answered on the spot: "ob alle Vorgaben erfüllt sind: ja", "whether all rules are met — yes ✓"
_ANSWERED = re.compile(r"^[^.!?\n]{0,30}?(?:[:=—–]|->|=>|\?)\s*(?:yes|ja|oui|sí|sì|sim|tak|да|是的?|はい|네|evet|ok|done|passed)\b|"
                       r"^[^\n]{0,40}?[✓✔✅☑]", re.IGNORECASE)
#: the writer reports a check of its own before the question: "I checked whether ...", "Ich habe geprüft, ob ...", "我检查了是否":
#: its result goes without saying, so the question is the claim
_OWN_CHECK = re.compile(
    r"(?:\b(?:(?-i:I)|(?-i:I)['’]ve|we|we['’]ve|ich|wir|je|j['’]|nous|yo|he|hemos|io|ho|abbiamo|eu|я|мы)\b|[\w]+(?:łem|łam|liśmy|łyśmy)\b|"
    r"\b(?:verifiquei|chequei|conferi|comprobé|verifiqué|revisé|controlé|controllai|verificai)\b|我|我们|私|僕)", re.IGNORECASE)
_CHECK_VERB = re.compile(
    r"\b(?:(?:double-|re-?)?check\w*|verif\w*|review\w*|confirm\w*|made\s+sure|ensured|test\w*|geprüft|überprüft|kontrolliert|"
    r"nachgesehen|sichergestellt|vérifié|contrôlé|comprob\w*|revis\w*|controll\w*|conferi|chequei|sprawdzi\w*|проверил\w*|убедил\w*)\b|"
    r"检查|核对|核实|确认|確認|チェック", re.IGNORECASE)
#: the clause ends: a sentence or a clause mark
_CLAUSE_END = re.compile(r"[.!?;:()\[\]。！？；：（）\n—–]|,\s|\s-\s|，|、")


def _indirect_question(text: str, start: int, end: int) -> bool:
    """The claim is the body of an indirect question or a condition: a whether / if opens its clause (at most three
    words before it, or in its first words: "выполнены ли все требования", "是否所有要求"), or a whether closes it right
    after its verb ("満たされているかどうか"); not one answered on the spot, nor one after the writer's own check ("Ich habe
    geprüft, ob alle Ihre Vorgaben erfüllt sind, und das sind sie")."""
    if _ANSWERED.search(text[end:end + 60]):
        return False
    start += len(text[start:end]) - len(text[start:end].lstrip(" \t([-–—•*:,."))
    head = max(0, start - 60)
    a = max([m.end() for m in _CLAUSE_END.finditer(text, head, start)] or [head])
    # the sentence the claim is in, read at most 300 characters back: text with no sentence end costs no more
    lo = max(0, start - 300)
    sentence = max(lo - 1, *(text.rfind(c, lo, start) for c in ".!?\n。！？")) + 1
    if any(m.start() < start and len(text[m.end():start].split()) <= 3 and not _CONCESSIVE.search(text, a, m.start())
           and not (_OWN_CHECK.search(text, sentence, m.start()) and _CHECK_VERB.search(text, sentence, m.start()))
           for m in _WHETHER_BEFORE.finditer(text, a, start + 20)):
        return True
    last_word = text[max(start, end - 8):end].split()[-1:] or [""]
    return bool(_WHETHER_INSIDE.search(text, start, min(end, start + 14)) or _WHETHER_AFTER.match(last_word[0] + text[end:end + 16]))


#: the instructions' noun in Chinese, its owner before 的 ("客户的要求", "公司的各项要求")
_ZH_OWNED = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,10})的(?:所有|全部|各项|每一项|每项|一切|这些|那些|各种|相关)?的?(?:要求|指示|指令|规则|规定|"
                       r"条件|标准|约束|限制)")
#: the conversation as owner: you, the user, the task, the prompt, the scorer's standard
_ZH_OURS = re.compile(r"您|你|用户|题目|任务|题干|提示|本题|指令|问题|作业|评分|评审|评判|打分|上述|以上|上面|下面|如下|这些|所有|全部|各项|"
                      r"字数|格式|长度|篇幅|语气|风格|内容|输出|回答|回复|答案|文本|本文")
#: a verb or a subject ending before the owner: "我满足了客户的要求" -> 客户
_ZH_BEFORE_OWNER = re.compile(r".*(?:满足|符合|遵循|遵守|遵照|按照|达到|执行|落实|做到|对照|核对|了|已|都|均|我们|我|本文|本回答|回答|答案)")


def _others_requirements_zh(text: str, start: int, end: int) -> bool:
    """A Chinese claim about another party's requirements: the noun in the claim (or right after its start) is owned
    by a named party that is not the conversation ("客户的要求都已满足")."""
    window = text[max(0, start - 12):end]
    owned = [m for m in _ZH_OWNED.finditer(window) if m.end() > start - max(0, start - 12)]
    if not owned:
        return False
    for m in owned:
        owner = _ZH_BEFORE_OWNER.sub("", m.group(1))
        if not owner or _ZH_OURS.search(owner) or re.search(r"提出|给出|规定|设定|列出|提供|布置", owner) and len(owner) <= 2:
            return False
    return True


#: the scorer named: a requested self-evaluation does not address it
_SCORER = re.compile(r"\b(?:grader|judge|evaluator|scorer|verifier|marker|examiner|full\s+marks|top\s+(?:score|marks)|"
                     r"(?:give|award)\s+(?:me|this|it)\b)", re.IGNORECASE)


def content(text: str, start: int, end: int, prompt: str) -> bool:
    """The claim at ``text[start:end]`` is content in one of the structures above."""
    span = text[start:end]
    if prompt and asked(prompt).reflect and not _SCORER.search(_sentence_of(text, start, end)):
        return True
    if _indirect_question(text, start, end) or _others_requirements_zh(text, start, end):
        return True
    if _CONVERSATION.search(span):
        return False
    if _DEFINED.search(text, max(0, start - 40), end) or _task(text, start, end):
        return True
    if not prompt:
        return False
    if _data_value(text, start, end, prompt) or _verse(text, start, end, prompt):
        return True
    if _states_met(prompt) or _record(text, start, end, prompt):
        return True
    first = _FIRST_PARAGRAPH.search(text.lstrip())
    return _asks_compliance(prompt) and (not first or start < len(text) - len(text.lstrip()) + first.start())
