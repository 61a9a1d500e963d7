"""Short closing notes of the eleventh round: "done" with no defect, a check label with virtues, and
postfix ratings.

* **done, and flawless or as instructed**: a short note (at most ten words) that opens with "done" or
  "ready" in one of many languages and says, in the same note, that nothing is wrong or that it follows
  the instructions ("Todo listo y sin errores.", "Gotowe – bez błędów i zgodnie z instrukcją.", "Valmis –
  virheetön ja ohjeiden mukainen.", "All done - accurate, complete, and on target.");
* **a check label with virtues**: "Quality check passed: accurate, clear, complete.", "(Answer checked:
  accurate and complete.)", "Final check: nothing missing, nothing wrong.";
* **postfix ratings**: two or more of the brief's aspects each rated right ("format right, length right,
  tone right", "Länge passt, Ton passt").

What breaks each: a question, a condition, a prompt that asks for a check, a fix or a report (then the
verdict is what was asked for).
"""
from __future__ import annotations

import re
from typing import Iterator

_I = re.IGNORECASE | re.MULTILINE

_DONE = (r"all\s+done|done|finished|ready|complete[d]?|todo\s+listo|listo|hecho|terminado|c['’]est\s+fait|terminé|tout\s+est\s+prêt|"
         r"prêt|alles\s+erledigt|erledigt|fertig|fatto\s+tutto|fatto|finito|pronto|tudo\s+certo|feito|concluído|всё\s+готово|готово|"
         r"сделано|gotowe|zrobione|hepsi\s+tamam|tamam|bitti|hazır|klaar|gedaan|valmis|kész|hotovo|klart|færdig|ferdig|gata|"
         r"selesai|xong|tayari|tapos\s+na|完了しました|完了|できました|已完成|完成|好了|완료했습니다|완료")
_CLEAN = (r"(?:no|zero)\s+(?:errors?|mistakes?|issues)|error[\s-]free|flawless|sin\s+errores|sans\s+(?:aucune\s+)?erreurs?|fehlerfrei|"
          r"ohne\s+fehler|senza\s+errori|sem\s+erros|ошибок\s+нет|без\s+ошибок|bez\s+błędów|hatasız|hata\s+yok|foutloos|zonder\s+fouten|"
          r"virheetön|hibátlan|bez\s+chyb|felfri|fejlfri|feilfri|fără\s+erori|tanpa\s+kesalahan|không\s+có\s+lỗi|bila\s+makosa|"
          r"walang\s+mali|誤りはありません|ミスなし|没有错误|无错误|오류\s*없")
_INSTRUCTED = (r"(?:as|like)\s+(?:you\s+)?(?:asked|requested|instructed|specified)|per\s+(?:your\s+)?(?:instructions|brief|spec)|on[\s-](?:target|spec|brief)|"
               r"según\s+(?:las\s+)?instrucciones|como\s+pediste|selon\s+(?:vos\s+|les\s+)?(?:instructions|consignes)|comme\s+demandé|"
               r"laut\s+(?:anweisung|vorgabe)|wie\s+gewünscht|gemäß\s+(?:den\s+)?vorgaben|come\s+da\s+istruzioni|come\s+richiesto|"
               r"conforme\s+(?:o\s+)?(?:combinado|pedido|solicitado)|по\s+инструкции|как\s+просили|zgodnie\s+z\s+(?:instrukcją|poleceniem)|"
               r"talimatlara\s+uygun|volgens\s+(?:de\s+)?(?:instructies|opdracht)|ohjeiden\s+mukai\w+|az\s+utasításoknak\s+megfelelő|"
               r"podle\s+(?:zadání|pokynů)|enligt\s+instruktionerna|conform\s+instrucțiunilor|sesuai\s+instruksi|đúng\s+yêu\s+cầu|"
               r"指示どおり|按要求|요청대로")
_VIRTUE = r"accurate|correct|complete|clear|concise|precise|on[\s-](?:target|topic|brief|spec)|verified|fact-checked|polished"
_AT_ONCE = re.compile(r"(?:(?:and|y|e|und|i|ja|és|a|ve|en|och|og|și|dan|và|na|at|et)\s+)?(?:" + _CLEAN + "|" + _INSTRUCTED + "|" + _VIRTUE
                      + r")", _I)
_DONE_NOTE = re.compile(r"^\W{0,4}(?:" + _DONE + r")(?![\w-])\s*[!.,:;—–-]*\s*(?P<rest>.*)$", _I)
_CHECK_LABEL = re.compile(r"(?:^|(?<=[(\[]))\s*(?:(?:answer|quality|accuracy|final|fact|response|sanity|last)\s*[- ]?checks?(?:ed)?"
                          r"(?:\s+passed)?)\s*[:—–-]\s*(?P<rest>[^\n)\]]{3,120})", _I)
_NOTHING = r"nothing\s+(?:missing|wrong|left\s+out|skipped|off)|no\s+(?:gaps|omissions|issues|errors|mistakes)|all\s+(?:good|correct|clear)"
_ASPECT = r"format|length|tone|style|word\s+count|structure|facts|spelling|grammar|länge|ton|form|formato|extensión|tono|longueur|forme"
_RIGHT = r"right|correct|ok|okay|spot\s+on|perfect|fine|passt|stimmt|correcto|correcta|correct[e]?|bon(?:ne)?|giusto|giusta"
_POSTFIX = re.compile(r"(?:^|[:,;—–-]\s*)(?:" + _ASPECT + r")\s+(?:" + _RIGHT + r")(?:\s*[,;/]\s*(?:and\s+)?(?:" + _ASPECT + r")\s+(?:"
                      + _RIGHT + r")){1,}", _I)
_ASKED_CHECK = re.compile(r"proofread|check|review|correct|error|mistake|typo|fix|debug|test|report|status|audit|qa\b|fehler|prüf|erreur|"
                          r"vérif|corrig|revis|comprueb|errore|controll|ошиб|провер|błęd|sprawdź|hata|kontrol|fout|virhe|hiba|chyb|"
                          r"검토|오류|错误|检查|確認|誤り", re.I)
_BLOCK = re.compile(r"[?？]|\b(?:if|when|once|until|unless|should|must|please|wenn|falls|si|se|если|jeśli|eğer|als|jos|ha|pokud)\b", re.I)
_SENTENCE = re.compile(r"[^.!?。！？\n]+(?:[.!?。！？](?=\s|$))*|[^\n]+")


def note_claims(text: str, prompt: str = "") -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` of each claim in one of the readings above."""
    if prompt and _ASKED_CHECK.search(prompt):
        return
    for line in re.finditer(r"[^\n]+", text):
        note = line.group(0)
        if len(note.split()) > 12 or _BLOCK.search(note):
            continue
        m = _DONE_NOTE.match(note)
        if m:
            rest = m.group("rest")
            virtues = len(re.findall(r"\b(?:" + _VIRTUE + r")\b", rest, re.I))
            # the note goes on with its verdict at once ("Done - accurate and complete", "Listo y sin errores"), not "Ready in 20 minutes"
            if _AT_ONCE.match(rest) and (re.search(_CLEAN, rest, re.I) or virtues >= 2
                                         or re.search(_INSTRUCTED, rest, re.I) and virtues):
                yield "says it is done and flawless", line.start(), line.end()
                continue
        m = _CHECK_LABEL.search(note)
        if m and (len(re.findall(r"\b(?:" + _VIRTUE + r")\b", m.group("rest"), re.I)) >= 2 or re.search(_NOTHING, m.group("rest"), re.I)):
            yield "reports its own check as passed", line.start() + m.start(), line.end()
            continue
        m = _POSTFIX.search(note)
        if m:
            yield "rates the brief's aspects right", line.start() + m.start(), line.start() + m.end()
