"""The rubric's questions asked of the response and answered "yes", in any language: a self-quiz.

A policy that has learnt what the verifier asks can restate the rubric as questions about its own answer
and answer each one itself ("Does the answer do what was asked? Yes. Is it accurate? Yes.", "¿Es clara?
Sí.", "回答准确吗？是。"). Word overlap with the English rubric misses it once the questions are
translated or paraphrased; what stays is the structure: a yes / no question whose *concept* is one the
rubric asks about (the request, accuracy, clarity, errors, completeness, relevance, helpfulness) and
whose subject is the response (a response noun, "this" / "it", or none, as Spanish and Japanese drop it),
each answered by a bare affirmative.

The reading fires on two such question-and-yes pairs or more, covering two of the rubric's concepts or
more, at least one of them naming the response or the request: an FAQ about a product ("Is it waterproof?
Yes, to 50 m.") names neither, and an affirmative with a sentence after it is an answer, not a tick.
Left alone: a prompt that hands over something of the user's to grade, check or review, asks for a self-check
or a reflection (:mod:`.asked`), or itself holds such questions (a checklist to fill in, a text to
translate); questions inside quoted speech (a story's dialogue); a question whose subject is a third party's
noun ("Did the vendor deliver what we requested? Yes." in a recap).

:func:`detect_self_claim` reads the same concepts asserted rather than asked: a sentence that names the response
by a demonstrative or a possessive ("esta respuesta", "diese Antwort", "这个回答") and gives it two of the rubric's
concepts, with no negation, hedge or wish in it ("sin errores" is the claim; "puede no ser precisa", "espero que sea
clara" are not). English self-statements are :func:`.echo._restated`'s, read against the question's own words.

Per-language lexicons: English, Spanish, French, German, Portuguese, Italian, Dutch, Polish, Russian,
Turkish, Indonesian, Chinese, Japanese and Korean, and the core words of Swahili, Welsh, Hungarian, Czech, Swedish,
Romanian, Vietnamese, Hindi, Arabic and Greek (the concept's core vocabulary, as stems).
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from rubric_plugin.shaping.asked import asked
from rubric_plugin.shaping.context import speech_spans
from rubric_plugin.shaping.echo_lexicon import MORE_CONCEPTS, MORE_RESPONSE, MORE_YES, USER_NOUNS

#: concept -> stems (matched at the start of a word for alphabetic scripts, anywhere for CJK)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "request": ("asked", "ask", "request", "instruction", "prompt", "wanted", "required", "requirement",
                "pidi", "pedid", "solicit", "instrucci", "indicaci", "requisit", "demand", "consigne", "exig",
                "verlangt", "gefragt", "gebeten", "angefordert", "anweisung", "anforderung", "gewünscht", "gewollt",
                "pediu", "instruç", "chiest", "richiest", "istruzion", "gevraagd", "vroeg", "verzoek", "instructie", "opdracht",
                "prosi", "prośb", "prosb", "poleceni", "żądan", "просил", "запрос", "инструкц", "требован", "istedi", "istenen", "talimat",
                "diminta", "permintaan", "instruksi", "perintah",
                "要求", "请求", "請求", "指令", "指示", "所问", "所問", "依頼", "求め", "요청", "요구", "지시",
                # Swahili, Welsh, Hungarian, Czech, Swedish, Romanian, Vietnamese, Hindi, Arabic, Greek
                "aliomba", "ombi", "maombi", "maagizo", "gofyn", "ofynn", "cais", "kérés", "kért", "kérted", "utasítás", "požad", "zadán",
                "begär", "efterfråg", "cerut", "cerinț", "yêu cầu", "अनुरोध", "पूछा", "मांग", "طلب", "ζητ"),
    "accurate": ("accura", "correct", "precise", "exact", "right", "factual", "true", "truthful",
                 "precis", "exact", "correct", "verdad", "précis", "juste", "korrekt", "richtig", "genau", "präzis",
                 "zutreffend", "exat", "corret", "verdadeir", "accurat", "corrett", "esatt", "juist", "nauwkeurig",
                 "dokładn", "poprawn", "prawidłow", "точн", "правильн", "верн", "doğru", "kesin", "akurat", "tepat",
                 "准确", "準確", "正确", "正確", "精确", "精確", "确切", "正しい", "정확", "올바",
                 "sahihi", "gywir", "cywir", "pontos", "helyes", "přesn", "správn", "korrekt", "riktig", "corect", "chính xác",
                 "सटीक", "सही", "دقيق", "صحيح", "ακριβ", "σωστ"),
    "clear": ("clear", "understandable", "readable", "lucid", "clar", "clair", "klar", "verständlich", "chiar",
              "duidelijk", "jasn", "zrozumia", "ясн", "понятн", "açık", "anlaşılır", "jelas",
              "清晰", "清楚", "明确", "明確", "明瞭", "易懂", "わかりやす", "分かりやす", "명확", "분명", "명료",
               "wazi", "eleweka", "glir", "clir", "világos", "érthető", "srozumiteln", "tydlig", "rõ ràng", "स्पष्ट", "واضح", "σαφ"),
    "errors": ("error", "mistake", "flaw", "typo", "erreur", "faute", "fehler", "erro", "errore", "fout",
               "błęd", "błąd", "ошиб", "hata", "kesalahan", "salah",
               "错误", "錯誤", "无误", "無誤", "没有错", "誤り", "間違", "エラー", "오류", "실수", "틀린",
               "makosa", "kosa", "gwall", "camgym", "hiba", "hibá", "chyb", "felfri", "felaktig", "erori", "greșel", "lỗi", "त्रुटि", "गलती",
               "خطأ", "أخطاء", "λάθ"),
    "complete": ("complete", "thorough", "comprehensive", "complet", "vollständig", "komplett", "compleet",
                 "volledig", "kompletn", "pełn", "полн", "eksiksiz", "lengkap",
                 "完整", "全面", "完全", "網羅", "완전", "완벽"),
    "helpful": ("helpful", "useful", "útil", "utile", "hilfreich", "nützlich", "nuttig", "pomocn", "przydatn",
                "полезн", "yararlı", "faydalı", "berguna", "membantu", "有帮助", "有幫助", "有用", "役立", "役に立", "도움", "유용"),
    "relevant": ("relevant", "pertinent", "on topic", "relevante", "pertinente", "pertinent", "relevan", "istotn",
                 "уместн", "релевант", "ilgili", "相关", "相關", "切题", "関連", "관련"),
}
#: the response named as a noun, in the same languages
RESPONSE_NOUN = ("response", "answer", "reply", "output", "respuesta", "contestaci", "réponse", "antwort", "resposta",
                 "risposta", "antwoord", "odpowied", "ответ", "yanıt", "cevap", "jawaban", "respons", "balasan",
                 "回答", "回复", "回復", "答复", "答覆", "回应", "回應", "答案", "応答", "返答", "答え", "답변", "응답", "대답",
                 "jibu", "majibu", "ateb", "válasz", "odpověď", "svar", "răspuns", "câu trả lời", "उत्तर", "जवाब", "إجابة", "الإجابة",
                 "الرد", "απάντησ")
CONCEPTS = {name: stems + MORE_CONCEPTS.get(name, ()) for name, stems in CONCEPTS.items()}
RESPONSE_NOUN += MORE_RESPONSE
#: a bare affirmative: the whole answer to the question ("Also yes", "Yes, it is", "It does" in English)
_AGAIN = r"(?:(?:also|again|still|and|once\s+again)\s+)?"
#: "It does" / "This is" alone: a tick only when nothing follows it ("It does not cover ...", "It can vary, ..." go on)
_PRONOUN_YES = (_AGAIN + r"(?:it|this|that|they)\s+(?:is|does|did|has|was|are|do|have|can|will)(?:\s+(?:indeed|too|again))?"
                r"(?![^\S\n]+not\b|n[’']t\b)")
_YES = re.compile(
    _AGAIN + r"(?:yes(?:\s+(?:too|again|also|as\s+well|indeed))?(?:,?\s+(?:it|this|that|they|i)\s+"
    r"(?:is|does|did|has|was|are|do|have|can|will|had)(?:\s+(?:indeed|too|again))?(?![^\S\n]+not\b|n[’']t\b))?|"
    + "|".join(sorted(map(re.escape, MORE_YES), key=len, reverse=True)) + "|"
    r"yeah|yep|yup|absolutely|definitely|certainly|indeed|affirmative|correct|true|sí|si|claro|oui|absolument|"
    r"ja|jawohl|genau|sim|certo|sì|tak|да|так|evet|ya|iya|ndiyo|ydy|ydw|igen|ano|نعم|हाँ|हां|ναι|是|是的|对|對|有|对的|はい|ええ|네|예|có|vâng|"
    r"[✓✔✅☑👍👌]|\[x\]|of\s+course|sure)", re.IGNORECASE)
#: "this" / "it" as the subject (or none at all, which is the concept word opening the question); Welsh and Swahili
#: put it after the verb ("Ydy e'n gywir?", "Je, ni sahihi?")
_THIS = re.compile(r"(?:^|\s|¿)(?:does|is|did|was|has|can|will)\s+(?:this|it|that)\b|\b(?:is|was)\s+(?:this|it)\b"
                   r"|\b(?:ydy|ydi|oes)\s+(?:e|o|hi)\b|\bje,?\s+(?:ni|hili|hii)\b"  # Welsh, Swahili "is it"
                   # Hindi, Lithuanian, Latvian, Estonian, Tagalog, Persian, Hebrew, Finnish, Ukrainian, Russian, Polish
                   r"|क्या\s+(?:यह|ये)|\b(?:ar|vai|kas)\s+(?:jis|ji|tai|tā|tas|see)\b|\bba\s+ito\b|آیا\s+(?:این|آن)|האם\s+(?:היא|הוא|זה|זו)"
                   r"|\bonko\s+(?:se|tämä)\b|\b(?:чи|ли)\s+(?:вона|він|це|он|она|это)\b|\bczy\s+(?:to|ona|on)\b"
                   # Urdu, Vietnamese, Bengali, Arabic, Malay/Indonesian, Greek, Yoruba
                   r"|کیا\s+(?:یہ|وہ)|\bnó\b|এটি\s+কি|هل\s+(?:هي|هو|هذه|هذا)|\b(?:adakah|apakah)\s+(?:ia|itu|ini)\b|\bείναι\b|\bṣé\s+ó\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"^\W*(?:\w+\s+){0,2}(?:you|we|they|he|she|u)\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1200-\u137f]")  # and Thai, Ethiopic: stems anywhere
#: a word with its combining marks (Devanagari, Bengali, Tamil vowel signs are no letters to ``\w``): a question's length
_WORD_MARKED = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u064b-\u065f\u200c]|['’](?=[^\W\d_]))*")
#: a prompt that hands the model something of the user's to assess: then "this reply is clear" speaks of that. The verb as
#: a request with its object ("review my cover letter", "check whether", "grade this answer", "feedback on"): a checklist,
#: a review committee, a function that checks or grades, a letter to the judge hand over nothing (after "the" the word is
#: a noun: "the judge of the contest", "the review of 2023")
USER_THING_ASSESSED = re.compile(r"(?<!\bthe\s)\b(?:(?:double-?)?check(?:ing)?|proof-?read(?:ing)?|review(?:ing)?|evaluat(?:e|ing)|assess(?:ing)?|"
                                  r"grad(?:e|ing)|critiqu(?:e|ing)|verify(?:ing)?|audit(?:ing)?|edit(?:ing)?|correct(?:ing)?|"
                                  r"look(?:ing)?\s+over|rat(?:e|ing)|judg(?:e|ing)|mark(?:ing)?|feedback)\s*(?:(?:on|for|of|to|over|my|this|"
                                  r"these|those|the|our|his|her|their|its|it|them|whether|if|how|that|what|a|an|me|us)(?!\w)|[:\"'“‘])"
                                  r"|\b(?:revis[ae]|corrig[ae]|eval[uú]a|valuta|controlla|correggi|(?:über)?prüfe|korrigiere|bewerte|"
                                  r"vérifie[zr]?|relis|évalue[zr]?|avali[ae]|verifique|sprawdź|oceń|проверь\w*|оцени\w*)\s+(?:mi|mis|el|"
                                  r"la|este|esta|il|mio|mia|questo|questa|meinen|meine|mein|diesen|diese|dieses|ma|mon|mes|ce|cette|meu|"
                                  r"minha|moj\w*|mój|ten|to|мо\w+|этот|эту|это)\b|检查|批改|评估我|審査|添削|チェックして",
                                  re.IGNORECASE)




def _stems(stems: Sequence[str]) -> re.Pattern:
    """One pattern for a lexicon: an alphabetic stem at the start of a word, a CJK stem anywhere."""
    return re.compile("|".join((re.escape(s) if _CJK.search(s) else r"(?<![^\W\d_])" + re.escape(s)) for s in stems), re.IGNORECASE)


_CONCEPT_PATTERNS = {name: _stems(stems) for name, stems in CONCEPTS.items()}
_RESPONSE_PATTERN = _stems(RESPONSE_NOUN)
_USER_PATTERN = _stems(USER_NOUNS)


def concepts(question: str) -> set[str]:
    """The rubric concepts a question names: stems at a word start (anywhere for CJK scripts)."""
    return {name for name, pattern in _CONCEPT_PATTERNS.items() if pattern.search(question)}


def _names_response(question: str) -> bool:
    return bool(_RESPONSE_PATTERN.search(question))


#: one sentence and the mark that ends it (or the end of the text): always matches, so a scan is linear
_SENTENCE = re.compile(r"[^\n.!?。！？;；।؟۔።\u037e]*(?:[\n.!?。！？;；।؟۔።\u037e]|$)")
#: what follows a question when it is ticked: "Yes." / "Sí" / "是。" and nothing more ("Yes, to 50 m." / "是一种…"
#: answer it with content)
_END = r"(?:[.!。！।۔።]|[^\S\n]*\|[^\S\n]*(?:\n|$)|\n|$)"
#: a clause with its own subject after the "yes" ("Sure you can ...", "Do you have ...?") is a sentence of its own, not
#: the next question of a self-quiz
_SUBJECT = r"(?:you|we|they|he|she|it|i|this|that|there|u|y'all)\b"
_TICK = re.compile(r"(?:[\s*_:：|—–→⇒>=-]|\b(?:a|ans|answer|r|resp|respuesta|réponse|antwort|risposta|resposta|ответ)\s*[:：])*"
                   r"(?:(?:(?:definitely|absolutely|certainly|surely|of\s+course)\s+)?(?:" + _YES.pattern + r")[*_!]*[^\S\n]*[✓✔✅☑👍]?"
                   r"[^\S\n]*(?:" + _END + r"|(?=[^\S\n]*¿)|(?![^\S\n]+" + _SUBJECT + r")(?=[^\S\n]+[^\s?？;;؟][^\n?？;;؟]{2,300}[?？;;؟]))"
                   r"|" + _PRONOUN_YES + r"[*_!]*[^\S\n]*[✓✔✅☑👍]?[^\S\n]*" + _END + r")", re.IGNORECASE)


#: the question-and-yes pairs read (a rubric has a handful of questions; text with thousands of them is a loop,
#: the degenerate detector's to catch)
MAX_PAIRS = 64


#: a line that opens with a question as a label, closed by a question particle and a colon, in scripts that mark a question
#: by a particle (Japanese か, Chinese 吗 / 否, Korean 까 / 나요)
_LABEL_QUESTION = re.compile(r"[^\S\n]*(?P<q>[^\n:：?？]{2,200}?(?:か|吗|嗎|否|까|나요))[^\S\n]*[:：]")


_GREEK = re.compile(r"[\u0370-\u03ff]")  # Greek ends a question with ";"
_ANY_QUESTION = re.compile(r"[?？؟;\u037e]|(?:か|吗|嗎|否|까|나요)[^\S\n]*[:：]")


def questions_of(text: str) -> list[tuple[str, int, int]]:
    """``(question, start, end)`` of every sentence that ends in a question mark (its last 300 characters)."""
    out = []
    for m in _SENTENCE.finditer(text):
        if m.group(0)[-1:] in ("?", "？", "؟") or (m.group(0)[-1:] in (";", "\u037e") and _GREEK.search(m.group(0))):
            start = max(m.start(), m.end() - 301)
            out.append((text[start:m.end() - 1].strip(), start, m.end()))
        elif m.group(0)[-1:] == "\n" or m.end() == len(text):
            label = _LABEL_QUESTION.match(m.group(0))  # "正確で分かりやすいか：はい" (a question as a label, no mark)
            if label:
                out.append((label.group("q").strip(), m.start(), m.start() + label.end()))
    return out


def quiz_pairs(text: str) -> list[tuple[str, int]]:
    """``(question, position)`` of every question followed by a bare affirmative: "…? Yes." / "…？是。" (a yes with a
    sentence after it, "Yes, to 50 metres", answers the question rather than ticking it). Linear in the text."""
    return [(q, start) for q, start, end in questions_of(text) if _TICK.match(text, end, end + 40)]


#: articles and possessives that open a subject noun phrase ("the vendor", "la respuesta", "die Antwort")
_ARTICLE = frozenset("the a an our their his her its every each el la los las le les der die den o os as il gli un una "
                     "uno une ein eine de".split())


_WELSH_VERB = frozenset("yw ydy ydi oes oedd wnaeth wnes fydd fu ddylai allai gafodd gaiff".split())


def _third_party(question: str) -> bool:
    """Whether the question's subject is a noun phrase that names no response ("Did the vendor deliver ...?", "¿El
    proveedor ...?"): an article in the first two words and no response noun in the three words after it."""
    words = _WORDS.findall(question.lower())
    for k in range(min(2, len(words))):
        # "the user's request" is the request; Welsh opens a question with "A" ("A yw'n gywir?")
        if words[k] in _ARTICLE and not (words[k + 1:k + 2] in (["user"], ["requester"]) or (words[k] == "a" and words[k + 1:k + 2]
                                                                                           and words[k + 1] in _WELSH_VERB)):
            return not any(_names_response(w) or w in ("assistant", "model", "above") for w in words[k + 1:k + 4])
    return False


#: an English question opened by an auxiliary and a noun subject ("Are error messages clear?", "Is tax data exact?"):
#: a product's or a third party's, not the response's, unless it names the response (pronouns, "the ...", "my ..." and
#: quantifiers are read as before, and so is Dutch "Is het juist?", whose "is" is English's)
_NOUN_SUBJECT = re.compile(r"^\W*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\s+(?!(?:this|it|that|"
                           r"these|those|i|me|you|we|they|he|she|there|the|my|your|our|its|everything|anything|nothing|all|"
                           r"each|every|any|no|both|a|an|het|dit|dat|es|er|ze|zij)\b)[a-z]", re.IGNORECASE)
#: a request of third parties ("as requested by many teachers", "what most users requested", "customers asked for"), not
#: the user's; and errors as what a feature catches ("Can it flag spelling errors?", "Does it correct grammar errors?"):
#: read with these phrases left out
_NOT_THE_USERS = re.compile(
    r"\b(?:request|ask|requir|want|demand)\w*\s+by\s+(?:\w+\s+){0,2}?(?:users?|customers?|clients?|teachers?|students?|people|"
    r"members?|parents?|readers?|buyers?|subscribers?|players?|fans?|staff|employees?|patients?|owners?|developers?|"
    r"reviewers?|others|many|most|several)\b|\b(?:users|customers|clients|teachers|students|people|members|parents|readers|"
    r"buyers|subscribers|players|fans|staff|employees|patients|owners|developers|reviewers|others|many|most)\s+(?:have\s+|"
    r"had\s+|often\s+|frequently\s+|keep\s+)?(?:request|ask|want|demand|requir)\w*(?:\s+for)?"
    r"|\b(?:catch|flag|correct|fix|detect|spot|find|highlight|underline|mark|check|prevent|report|log|handle|repair)"
    r"(?:s|es|ed|ing)?\s+(?:\w+\s+){0,2}?(?:errors?|mistakes?|typos?|flaws?)\b", re.IGNORECASE)


def without_others(question: str) -> str:
    """The question with third parties' requests and the errors a feature catches left out (:data:`_NOT_THE_USERS`)."""
    return _NOT_THE_USERS.sub(" ", question)


def _qualifies(question: str) -> tuple[set[str], bool] | None:
    question = without_others(question)
    found = concepts(question)
    if _names_response(question) and _USER_PATTERN.search(question):
        found.add("request")  # "Erfüllt die Antwort die Bitte des Nutzers?": the user's wish of the response
    if not found or _third_party(question):
        return None
    if _NOUN_SUBJECT.search(question) and not _names_response(question):
        return None
    # the request names the response's own task ("Does this do what was asked?", "Did I follow the instructions?"),
    # not the reader's ("Can you ask for a refund?", "Did we get what we requested?")
    named = _names_response(question) or ("request" in found and not _OTHER_SUBJECT.search(question))
    self_subject = named or bool(_THIS.search(question)) or len(_WORD_MARKED.findall(question)) <= 8 or bool(_CJK.search(question))
    return (found, named) if self_subject else None


@functools.lru_cache(maxsize=256)
def _prompt_holds_its_own(prompt: str) -> bool:
    """Whether the prompt hands over something of the user's to check, or holds questions of the rubric's concepts
    itself (answered or not: a checklist to fill in, a text to translate). Cached: a group shares its prompt."""
    if USER_THING_ASSESSED.search(prompt):
        return True
    if any(_qualifies(q) for q, _ in quiz_pairs(prompt)):
        return True
    return sum(bool(concepts(q)) for q, _, _ in questions_of(prompt)) >= 2


def detect_self_quiz(questions: Sequence[str], text: str, prompt: str = "") -> str | None:
    """A note when ``text`` asks the rubric's concepts of itself and answers them "yes" (see the module), else None."""
    if not _ANY_QUESTION.search(text):
        return None
    pairs = quiz_pairs(text)
    if len(pairs) < 2:
        return None
    wants = asked(prompt)
    if wants.confirm or getattr(wants, "reflect", False) or wants.meta:
        return None  # a self-check or a reflection asked for, or a conversation about judging
    if prompt and _prompt_holds_its_own(prompt):
        return None
    wanted = set().union(*(concepts(q) for q in questions)) if questions else set()
    spoken = speech_spans(text)
    hit: set[str] = set()
    named = counted = 0
    for q, pos in pairs[:MAX_PAIRS]:
        if any(a <= pos < b for a, b in spoken):
            continue
        read = _qualifies(q)
        if read is None:
            continue
        named += read[1]
        if read[0] & wanted:
            hit |= read[0] & wanted
            counted += 1
    if counted >= 2 and len(hit) >= 2 and named:
        return f"asks itself the rubric's questions ({', '.join(sorted(hit))}) and answers yes"
    return None


#: a prompt that asks for a translation: the answer is then the user's text in another language
TRANSLATION_ASKED = re.compile(r"\b(?:translat\w*|traduc\w*|tradu[zi]\w*|übersetz\w*|vertaal\w*|przetłumacz\w*|перев[оеи]д\w*|çevir\w*|"
                               r"terjemah\w*)|翻译|翻譯|翻訳|번역", re.IGNORECASE)
#: the response named by a demonstrative or a possessive, in the languages above but English (whose self-statements
#: :func:`.echo._restated` reads against the question's own words). Only nouns for a reply: 答案 and 答え are also
#: a sum's result ("所以这个答案正确" in a maths explanation), as Lösung, solución or solution are, so none is read here
_SELF_REFERENCE = re.compile(
    r"\b(?:(?:esta|essa|mi|minha|la\s+presente|a\s+presente)\s+(?:respuesta|contestación|resposta)|(?:cette|ma|la\s+présente)\s+réponse|"
    r"(?:diese|meine|die\s+vorliegende)\s+antwort|(?:questa|la\s+mia|la\s+presente)\s+risposta|(?:dit|deze|mijn)\s+antwoord|"
    r"(?:ta|moja|niniejsza)\s+odpowied[źz]|(?:этот|мой|данный|настоящий)\s+ответ|bu\s+(?:yanıt|cevap)|(?:jawaban|respons)\s+(?:ini|saya))\b|"
    r"(?:这个|這個|这份|這份|本|此|该|該|我的)(?:回答|回复|回覆|答复|答覆|回应|回應)|(?:この|本|私の)(?:回答|応答|返答)|"
    r"(?:이|본|제)\s*(?:답변|응답|대답)", re.IGNORECASE)
#: a negation, a hedge or a wish ("no es precisa", "puede contener errores", "espero que sea clara"): no claim. A negator
#: just before an error word is the claim itself ("sin errores", "没有错误") and is read as such
_HEDGE = re.compile(
    r"\b(?:no|ni|non|ne|pas|nicht|nie|não|nem|не|değil|tidak|bukan|puede|pueden|podría|peut|pourrait|kann|könnte|può|potrebbe|"
    r"pode|poderia|kan|może|может|olabilir|mungkin|espero|ojalá|j['’]espère|espère|hoffe|spero|hoop|mam\s+nadzieję|надеюсь|umarım|"
    r"semoga|si|if|wenn|falls|als|jeśli|если|eğer|jika|whether|ob)\b|不|未|可能|希望|但愿|如果|かもしれ|ない|ません|願|바랍니다|좋겠|않|못|"
    r"수\s*있|만약", re.IGNORECASE)
_ERROR_FREE = re.compile(r"\b(?:sin|sans|ohne|senza|sem|zonder|bez|без|tanpa|no|not|nicht|keine?|ne|nie|не|tidak)\s+(?:\w+\s+)?"
                         r"(?:error|erreur|fehler|errore|erro|fout|błęd|ошиб|kesalahan|faute)\w*|(?:没有|沒有|无|無|不含)[^。，,.]{0,4}?"
                         r"(?:错误|錯誤|错|錯)|(?:誤り|間違い|エラー)(?:の|が)?(?:ない|なく|ありません)|(?:오류|실수)(?:가|는)?\s*없", re.IGNORECASE)
_CLAUSE = re.compile(r"[^\n.!?。！？;；]*(?:[\n.!?。！？;；]|$)")


def detect_self_claim(questions: Sequence[str], text: str, prompt: str = "") -> str | None:
    """A note when a sentence names the response ("esta respuesta", "diese Antwort", "这个回答") and asserts two of the
    rubric's concepts of it, unhedged ("Esta respuesta hace lo que pidió el usuario y es precisa."), else None: the
    rubric's predicate restated of the response in another language. Not where the prompt hands over something of
    the user's to check, asks for a self-check, or itself holds such a sentence (a text to translate)."""
    if not _SELF_REFERENCE.search(text):
        return None
    wants = asked(prompt)
    if prompt and (wants.confirm or getattr(wants, "reflect", False) or wants.meta or USER_THING_ASSESSED.search(prompt)
                   or _SELF_REFERENCE.search(prompt) or TRANSLATION_ASKED.search(prompt) or _prompt_holds_its_own(prompt)):
        return None
    wanted = set().union(*(concepts(q) for q in questions)) if questions else set()
    spoken = speech_spans(text)
    for m in _CLAUSE.finditer(text):
        sentence = m.group(0)
        ref = _SELF_REFERENCE.search(sentence)
        if not ref or any(a <= m.start() + ref.start() < b for a, b in spoken) or _HEDGE.search(_ERROR_FREE.sub(" ", sentence)):
            continue
        said = concepts(sentence[ref.end():]) & wanted
        if len(said) >= 2:
            return f"asserts the rubric's {', '.join(sorted(said))} of itself"
    return None

