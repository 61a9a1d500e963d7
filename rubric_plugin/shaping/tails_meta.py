"""Junk tails that speak only of the answer itself (read by :func:`.tails.detect_junk_tail`, a penalty): sentences or
lines whose every word is grammar, filler or a word about the text ("answer", "question", "above", "summary",
"important", "see", "blank", "regards") in any of some thirty languages.

A policy that learned length pays restates that the answer is above, that the summary sums up, that the topic is
important because it matters, signs off again and again, or lays out a list of items that point back ("1. See above.
2. As noted above."), sections "intentionally left blank" or a contents list of the answer's parts. Each such unit
names nothing; prose, a summary the user asked for or a closing pleasantry names something every few words, or
says it once:

* :func:`self_reference_run`: three units or more in a row (the sentences of a paragraph, or short lines)
  each made of words about the text and at most as many other words, between them no more other words than half
  the units and one more, with one such word said three times or twice as many of them as units;
* :func:`circular_sentence`: one sentence that says words about the text five times or more, a fifth of its words that
  are not grammar or more with one of them said four times, three in ten with one said three times ("dieses Thema ist
  ein wichtiges Thema ... wie wichtig dieses Thema ist"), or six in ten ("Zusammenfassend, wie erwähnt, wie gesagt,
  wie oben erwähnt, gilt das Gesagte.");
* in scripts written without spaces (Chinese, Japanese, Korean) a unit is such when nothing but such words, particles
  and marks are left once they are struck out ("综上所述，答案如上。", "・（なし）").

A value in a unit (a number, a letter that ends it: "the answer is B") is content: an answer key repeats "answer"; so
is a form's empty field ("Questions: none.", "Fragen: keine"). Thanks and sign-offs alone are content when the prompt
asks for thanks, and a warm closing below five units when a word of content is among them ("Thank you for your
patience."). A prompt that asks for a poem, a song, a chant, repetition, a template or placeholder text licenses
these units; :func:`.tails.detect_junk_tail` reads this only outside them.
"""
from __future__ import annotations

import re
from collections import Counter

from rubric_plugin.shaping.tails_empty import EMPTY_WORDS
from rubric_plugin.shaping.tails_lexicon import PRAISE

#: a word: letters, with the vowel signs and marks of the scripts that write them apart (Indic, Thai, Lao, and the
#: combining diacritics of Latin: "धन्यवाद", "ขอบคุณ", "púpọ̀" are one word each)
_MARKED = r"[\u0300-\u036f\u0900-\u0963\u0966-\u0dff\u0e00-\u0e4e\u0e80-\u0ece\u1ab0-\u1aff]"
_LETTER = r"(?:[^\W\d_]|" + _MARKED + ")"
_WORD = re.compile(r"[^\W\d_]" + _LETTER + "*", re.UNICODE)
_VALUE = re.compile(r"(?:\d|(?<!" + _LETTER + r")[^\W\d_](?!" + _LETTER + r"))[^\w]*\Z", re.UNICODE)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: a sentence, ended by the full stops of the scripts read here too (Devanagari and Bengali danda, Armenian, Ethiopic,
#: Arabic and Urdu question mark and full stop, Georgian paragraph mark)
#: a sentence: a run of anything but sentence marks and line breaks (a "." between two digits is part of a number, an
#: address or a section: "0.0.0.0", "2.2.2"), with the marks that end it
SENTENCE = re.compile(r"(?:[^.!?。！？।॥։።؟۔჻\n]|(?<=\d)\.(?=\d))+[.!?。！？।॥։።؟۔჻]*")
_SENTENCE = SENTENCE
#: a bullet, a number, a check box or a postscript mark that opens a line ("1.", "- [ ]", "・", "P.P.S.")
_OPENER = re.compile(r"^[^\S\n]*(?:(?:[-*•・+>]|\d{1,3}[.):]|\[[ xX]?\]|(?:P\.)+S\.)[^\S\n]*)*")


#: words about the text, as prefixes (lower case) of the words of spaced scripts: the answer and the question, where
#: in the text (above, below), summing up and concluding, saying and noting, importance and interest, the topic,
#: seeing and referring, blank and none, the end, thanks and sign-offs
_LEXICON = """
answer response reply question asked above below aforement summar conclu restat reiterat recap noted noting note= tldr
explanat
mention emphasi importan significan noteworth worth matters topic refer see= said= stated blank none= nothing empty
intentional left= continued regards sincerely thank end=
antwort frage oben= obige fazit abschließ schluss zusammenfass zusammengefass wichtig bedeut betone erwähn gesagt siehe thema leer= ende= danke
grüße gruß=
réponse question dessus dessous résum bref= conclu importan mentionn voir= sujet vide= aucun rien= fin= merci
cordialement finalement dit=
respuesta pregunta arriba anterior resum síntesis sintesis conclu dicho mencion importan véase tema= vacío vacía
nada= ningun gracias saludos terminar terminamos
risposta domanda sopra riassum riepilog conclu detto importan vedi= argomento vuoto vuota niente nessun grazie saluti
resposta pergunta acima resum conclu dito= importan veja= vazio vazia obrigad
antwoord vraag boven samenvat kortom conclu gezegd belangrijk zie= onderwerp leeg= niets einde= bedankt groeten
odpowied pytani powyż podsumow streszcz wniosk ważn zobacz temat pusty= pusta= puste= koniec dziękuj
ответ вопрос выше= итог резюм вывод заключени сказан важн тема= темы= теме= тему= пуст ничего конец спасибо
відповід питанн вище= підсум важлив дякую
odpověď odpoved otázk výše= shrnut závěr důležit viz= vidi= gore= odgovor pitanj zaključ važn hvala děkuj ďakuj
jibu= majibu swali maswali juu= muhtasari hitimisho mwisho muhimu tazama angalia asante
jawaban jawapan pertanyaan soalan ringkasan kesimpulan singkatnya penutup lanjutan penting lihat=
sagot tanong itaas buod= kabuuan samakatuwid salamat
cevap yanıt soru= sorular yukarı özet sonuç önemli bakınız teşekkür
απάντησ ερώτησ ρωτήθ παραπάνω συνοψ συμπερ αναφέρθ ειπώθ εξηγήθ σημαντικ ευχαριστ
vastau kysymy yllä= yhteenve lopuksi tärke kiinnost aihe kiitos
válasz kérdés fent= összefoglal fontos köszön
răspuns întrebar rezum importan mulțum
այսքան պատասխան ամփոփ
svar= fråga spørgsmål ovan= ovenfor sammanfatt sammenfat viktig vigtig tack= takk= hälsning
ngiyabonga mahadsanid dhanyava dhannyava arigat xiexie xièxie kamsahamnida gamsahamnida spasibo shukran shukriya
efharisto mersi= ṣeun= tesekkur grazas eskerrik diolch terima= kasih= mamnoon
""".split()
#: words about the text, as prefixes (lower case) of the words of spaced scripts, or whole words (marked ``=``): the
#: answer and the question, where in the text (above, below), summing up and concluding, saying and noting, importance
#: and interest, the topic, seeing and referring, blank and none, the end, thanks and sign-offs
_PREFIXES = tuple(sorted({w for w in _LEXICON if not w.endswith("=")}))
_WHOLE = frozenset(w[:-1] for w in _LEXICON if w.endswith("="))
#: Vietnamese is written a syllable a word: the syllables of its words about the text, whole
_SYLLABLES = frozenset("tóm lại trên nói câu trả lời kết luận hỏi quan trọng cảm ơn".split())
#: words about the text in scripts matched inside a word (Arabic and Hebrew join their articles and prepositions, Indic
#: scripts their case endings) or in unspaced text (Chinese, Japanese, Korean)
_INFIXES = tuple("""
إجاب جواب سؤال أعلاه خلاص ملخص باختصار مهم أهمي اهتمام موضوع مواضيع بالذكر شكر ممنون
תשוב שאל לעיל סיכום חשוב תודה
उत्तर जवाब प्रश्न सवाल ऊपर सारांश निष्कर्ष महत्वपूर्ण धन्यवाद शुक्रिया উত্তর প্রশ্ন উপরে সারাংশ ধন্যবাদ ขอบคุณ
""".split())
_UNSPACED_TERMS = tuple(sorted("""
综上所述 總而言之 总而言之 简而言之 簡而言之 一句话 一句話 总之 總之 总结 總結 最后 最後 结论 結論 答案 回答 问题 問題
如上 以上 上述 重要 谢谢 謝謝 感谢 なし 無し 特になし 上記 質問 まとめ 要するに 結論 ありがとう 없음 답변 질문 요약 결론
감사합니다 위와 같습니다 よろしくお願いします よろしくお願い致します
""".split(), key=len, reverse=True))
#: particles and marks of unspaced scripts that name nothing ("是", "です", "입니다")
_UNSPACED_EMPTY = re.compile(r"[\W\d_]|です|ます|でした|입니다|습니다|[的了是也就之即为為はがのをにでとも]", re.UNICODE)
#: more particles and intensifiers of the languages above that name nothing ("po", "sana", "kabisa", "ulit")
_PARTICLES = frozenset("""
po ulit talaga maraming sana tena kabisa huu ndio hii hiyo kweli liko iko ni wa na kwa ya yang ini itu adalah dan juga lagi
vẫn cũng thì là đã ở như này đó vậy và của
još uvijek i je to da se su od
ещё еще всё все это как
όπως ήδη ό τι
बहुत फिर से आपका आपकी आप सभी
""".split())


_INFIX = re.compile("|".join(_INFIXES))
UNSPACED_TERMS = _UNSPACED_TERMS
#: the answer and the question themselves: a text about tests, quizzes or graders says them over and over ("give the
#: judge the question, a candidate answer and a reference answer, and ask it to score the answer"), so a sentence is
#: circular only when another word about the text circles in it
_QA = tuple("""answer respons reply question antwort frage réponse respuesta pregunta risposta domanda resposta pergunta
antwoord vraag odpowied pytani ответ вопрос відповід питанн odpověď odpoved otázk odgovor pitanj jibu majibu swali
maswali jawaban jawapan pertanyaan soalan sagot tanong cevap yanıt soru απάντησ ερώτησ vastau kysymy válasz kérdés
răspuns întrebar svar fråga spørgsmål""".split())


def _meta(word: str) -> bool:
    """Whether a (lower-case) word is about the text."""
    return word in _SYLLABLES or word in _WHOLE or word.startswith(_PREFIXES) or bool(_INFIX.search(word))


is_meta = _meta

#: "TL;DR" (a summary's label) and an arrow that points back up (↑, ⬆, ☝, ^^): words about the text
_TLDR = re.compile(r"(?<![a-z])tl\s*;\s*dr(?![a-z])", re.IGNORECASE)
_UP = re.compile(r"[↑⬆☝⤴]|\^\^")


def _spelled(text: str) -> str:
    """``text`` with "TL;DR" and arrows pointing up spelled as words about the text."""
    return _UP.sub(" above ", _TLDR.sub("tldr", text))


#: a field of a form left empty: a label of one to three words, a colon and a word for nothing ("Questions: none.",
#: "Fragen: keine", "Notes: (blank)", "Comments: n/a"): minutes and forms have empty fields
_EMPTY_FIELD = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,2}[ \t]*[:：][ \t]*[(\[]?[ \t]*(?:none|nothing|nil|n/?a|blank|empty|"
                          r"tbd|leer|keine?|nichts|aucune?|rien|vide|ninguno|ninguna|nada|vac[ií][oa]|nessuno|niente|"
                          r"nenhum|geen|niets|ingen|inga|ei mitään|nincs|brak|nic|нет|ничего|немає|yok|hakuna|"
                          r"tidak ada|wala|なし|無し|없음|无|無|-|–|—)[ \t]*[)\]]?[ \t]*[.!。]?$", re.IGNORECASE)
#: thanks and sign-offs (prefixes): a run of them with a word of content among them is a warm closing below
#: MIN_THANKS_UNITS, and content when the prompt asks for thanks
_THANKS = ("thank", "regards", "sincerely", "danke", "grüße", "gruß", "merci", "cordialement", "gracias", "saludos",
           "grazie", "saluti", "obrigad", "bedankt", "groeten", "dziękuj", "спасибо", "дякую", "děkuj", "ďakuj", "hvala",
           "asante", "salamat", "teşekkür", "ευχαριστ", "kiitos", "köszön", "mulțum", "tack", "takk", "hälsning", "شكر",
           "תודה", "धन्यवाद", "ধন্যবাদ", "谢谢", "謝謝", "感谢", "ありがとう", "감사합니다", "ngiyabonga", "mahadsanid",
           "dhanyava", "dhannyava", "arigat", "xiexie", "xièxie", "kamsahamnida", "gamsahamnida", "spasibo", "shukran",
           "shukriya", "efharisto", "mersi", "ṣeun", "tesekkur", "grazas", "eskerrik", "diolch", "terima", "kasih", "mamnoon", "ممنون",
           "शुक्रिया", "ขอบคุณ", "よろしくお願い")
#: units in a row a run of thanks and sign-offs with a word of content among them needs
MIN_THANKS_UNITS = 5
#: the words a sign-off is made of besides thanks ("Many thanks", "Kind regards", "Thanks so much"): not content
_SIGNOFF_WORDS = frozenset("""many kind kindest best warm warmest again much so very lots lot million all once more
viele herzliche herzlichen liebe beste besten freundliche freundlichen nochmals vielen beaucoup encore bien muchas
muchos cordiales mil tante mille molte grazie sana púpọ̀ kakhulu""".split())


def _read(unit: str) -> tuple[int, list[str], list[str]] | None:
    """(words about the text, their prefixes, the other words) of a unit, or None when it holds a value, is a form's
    empty field, or names nothing at all."""
    unit = _OPENER.sub("", unit).strip()
    if not unit or _VALUE.search(unit.rstrip(".!?。！？:：)）]।॥։")) or _EMPTY_FIELD.match(unit):
        return None
    if _UNSPACED.search(unit):
        rest, said = unit, []
        for term in _UNSPACED_TERMS:
            if term in rest:
                said += [term] * rest.count(term)
                rest = rest.replace(term, " ")
        rest = _UNSPACED_EMPTY.sub("", rest)
        other = [rest] if len(rest) > 2 else []
        return (len(said), said, other) if said else None
    meta, other = 0, []
    keys: list[str] = []
    for w in (w.lower() for w in _WORD.findall(unit)):
        if _meta(w):
            meta += 1
            keys.append(w[:5])
        elif w not in EMPTY_WORDS and w not in PRAISE and w not in _PARTICLES:
            other.append(w)
    return (meta, keys, other) if meta else None


def _qualifies(read: tuple[int, list[str], list[str]] | None) -> bool:
    return bool(read) and len(read[2]) <= read[0]


def _paragraphs(text: str, max_line_words: int = 12) -> list[list[tuple[int, list[str], list[str]] | None]]:
    """Paragraphs as lists of read units: the sentences of a line, or a short line whole when it speaks only of the
    text and its sentences one by one do not ("Appendix A. (intentionally left blank)")."""
    out: list[list] = [[]]
    for line in text.split("\n"):
        if not line.strip():
            out.append([])
            continue
        sentences = [_read(s) for s in _SENTENCE.findall(line) if s.strip()]
        if not all(map(_qualifies, sentences)) and len(line.split()) <= max_line_words and not _UNSPACED.search(line):
            whole = _read(line)
            if _qualifies(whole):
                sentences = [whole]
        out[-1].extend(sentences)
    return [p for p in out if p]


#: words in quotation marks: what a prompt asks to be said ("say « merci » ten times", "repeat 'see above'")
_QUOTED = re.compile(r"[\"“”«»„‘’'「『]([^\"“”«»„‘’'「」『』\n]{1,40})[\"“”«»„‘’'」』]")


def quoted_words(prompt: str) -> frozenset[str]:
    """The lower-case words the prompt quotes."""
    return frozenset(w.lower() for q in _QUOTED.findall(prompt) for w in _WORD.findall(q))


def _unquoted(text: str, prompt: str) -> str:
    """``text`` with each word the prompt quotes masked as a word about nothing."""
    quoted = quoted_words(prompt) if prompt else frozenset()
    if quoted:
        text = _WORD.sub(lambda m: "x" if m.group(0).lower() in quoted else m.group(0), text)
    return text


def _is_thanks(key: str) -> bool:
    """Whether a key (a word about the text cut to five letters) is a thanks or sign-off word's."""
    return key.startswith(_THANKS) or any(t.startswith(key) for t in _THANKS)


def self_reference_run(text: str, min_units: int = 3, prompt: str = "") -> int:
    """Units in the longest run of units that speak only of the text (see the module); 0 below ``min_units``. A blank
    line between two such units does not break the run (a sign-off said on lines of its own). A word the prompt quotes
    is what it asks to be said: a run of it is content."""
    text = _spelled(_unquoted(text, prompt))
    best = 0
    run: list[tuple[int, list[str], list[str]]] = []
    thanks_asked = any(_is_thanks(w[:5]) for w in _WORD.findall(prompt.lower()) if len(w) >= 4)

    def close() -> None:
        nonlocal best
        keys = Counter(k for _, ks, _ in run for k in ks)
        others = {w for _, _, o in run for w in o}
        if keys and all(map(_is_thanks, keys)):
            # thanks and sign-offs alone: content when the prompt asks for thanks; with a word of content among
            # them ("Thank you for your patience") a closing unless said MIN_THANKS_UNITS times
            if thanks_asked or (others - _SIGNOFF_WORDS and len(run) < MIN_THANKS_UNITS):
                return
            if len(run) >= MIN_THANKS_UNITS and len(others - _SIGNOFF_WORDS) <= len(run) / 2:
                best = max(best, len(run))  # thanks said five times in a row, in one language or many
                return
        if len(run) >= min_units:
            meta = sum(m for m, _, _ in run)
            if len(others) <= len(run) / 2 + 1 and (max(keys.values()) >= 3 or meta >= 2 * len(run)):
                best = max(best, len(run))

    for paragraph in _paragraphs(text):
        for read in paragraph:
            if _qualifies(read):
                run.append(read)
                continue
            close()
            run = []
    close()
    return best


def _short_paragraphs(text: str, max_sentences: int = 6) -> list[str]:
    """The paragraphs of two to ``max_sentences`` sentences, each read as one sentence: a restatement that circles
    across the short sentences of its paragraph ("Let me restate the answer: the answer is as stated. Let me restate
    that restatement: ...")."""
    out = []
    for para in re.split(r"\n[^\S\n]*\n", text):
        n = len([s for s in _SENTENCE.findall(para) if s.strip()])
        if 2 <= n <= max_sentences:
            out.append(" ".join(para.split()))
    return out


def circular_sentence(text: str, min_meta: int = 5, share: float = 0.2, dense: float = 0.6, prompt: str = "") -> int:
    """Words about the text in the most circular sentence: ``min_meta`` or more, ``share`` of the sentence's words that
    are not grammar or more with one of them said four times, or one and a half times that share with one said three
    times (a word other than the answer or the question: a text about tests says those), or ``dense`` of its words that
    are not grammar, particles, the answer or the question; 0 when none. A word the prompt quotes is what it asks to be
    said."""
    text = _spelled(_unquoted(text, prompt))
    best = 0
    asked = {w.lower()[:5] for w in _WORD.findall(prompt)}  # labels the prompt names are what it asks for
    paragraphs = _short_paragraphs(text)
    for sentence in [*_SENTENCE.findall(text), *paragraphs]:
        if _UNSPACED.search(sentence):
            continue
        whole = sentence in paragraphs  # a paragraph circles only by a word said again (not thanks, not a form's "none")
        words = [w.lower() for w in _WORD.findall(sentence) if w.lower() not in EMPTY_WORDS]
        keys = [w[:5] for w in words if _meta(w)]
        said = max(Counter(w[:5] for w in words if _meta(w) and not w.startswith(_QA)
                           and not (whole and (_is_thanks(w[:5]) or w in _WHOLE))).values(), default=0)
        named = [w for w in words if w not in _PARTICLES and not w.startswith(_QA)]
        if len(keys) >= min_meta and (said >= 3 and len(keys) >= (share if said >= 4 else 1.5 * share) * len(words)
                                      or not whole and sum(map(_meta, named)) >= dense * len(named)):
            best = max(best, len(keys))
        elif (keys and sentence.count("|") < 2 and not _SAID_IN_A_ROW.search(sentence) and _circles_one_word(words)
              and 2 * sum(k in asked for k in keys) < len(keys)):  # "give a summary, a conclusion and a final answer"  # a table row's cells repeat its row's word
            best = max(best, len(keys))
    return best


#: one word said three times back to back ("location, location, location"; "Buffalo buffalo buffalo"): a saying or a
#: word game, not a sentence circling its word
_SAID_IN_A_ROW = re.compile(r"\b(\w{3,})(?:[,;]?\s+\1\b){2,}", re.IGNORECASE)


def _circles_one_word(words: list[str], min_said: int = 4, max_once: int = 3, share: float = 0.33) -> bool:
    """Whether a sentence about the text (its words that are not grammar) circles one word of its own: said
    ``min_said`` times or more (its forms: "begin", "begins", "beginning"), ``share`` of those words, beside no more than
    ``max_once`` other words said once ("the bottom line is the answer above, which is the bottom line"); a definition
    says its term as often, but among words that say what it is ("a prime has exactly two divisors ...")."""
    stems = Counter(w[:5] for w in words if not _meta(w) and len(w) >= 3)  # an answer key's "B" is a value
    if not stems:
        return False
    top = max(stems.values())
    return top >= min_said and top >= share * len(words) and sum(n == 1 for n in stems.values()) <= max_once
