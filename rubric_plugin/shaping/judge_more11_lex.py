"""A machine scorer in each language: a scorer's noun or verb compounded with a model, an AI or a grading system.

Each language's core words: the scorer (evaluator, examiner, grader, judge, reviewer), the act (evaluates, grades,
scores) and the machine (model, AI, LLM); a grading *system* only where it is spoken to (a line that opens with it
and a colon: "Értékelő rendszer: ..."), since schools and contests have grading systems. :mod:`.judge_more11`
reads these in answers to prompts that are not about AI or models (:data:`MACHINE_WORDS`, in the same languages).
"""
from __future__ import annotations

import re

_I = re.IGNORECASE
_EDGE = "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]"

#: language -> a scorer compounded with a model or an AI (words with Latin, Greek or Cyrillic edges)
_SPACED: dict[str, str] = {
    "es": r"modelo\s+(?:evaluador|calificador|que\s+(?:evalúa|califica|puntúa|corrige))|(?:ia|inteligencia\s+artificial)\s+(?:evaluadora|"
          r"correctora|que\s+(?:evalúa|califica|corrige))|modelo\s+de\s+(?:evaluación|calificación|recompensa)",
    "pt": r"modelo\s+(?:avaliador|que\s+(?:avalia|corrige|pontua))|(?:ia|inteligência\s+artificial)\s+(?:avaliadora|corretora|que\s+avalia)|"
          r"modelo\s+de\s+(?:avaliação|recompensa)",
    "it": r"modello\s+(?:valutatore|che\s+valuta|che\s+corregge|di\s+valutazione|di\s+ricompensa)|(?:ia|intelligenza\s+artificiale)\s+che\s+"
          r"(?:valuta|corregge)",
    "fr": r"modèle\s+(?:évaluateur|correcteur|de\s+notation|d['’]évaluation|de\s+récompense|qui\s+(?:évalue|note|corrige))|"
          r"(?:ia|intelligence\s+artificielle)\s+(?:qui\s+(?:évalue|note|corrige)|correctrice|évaluatrice)",
    "de": r"bewertungs-?(?:modell|ki)\w*|belohnungsmodell\w*|(?:modell|ki),?\s+(?:das|die|der)\s+(?:diese\s+antwort\s+)?(?:bewertet|benotet|"
          r"beurteilt)",
    "nl": r"beoordelings-?(?:model|ai)\w*|(?:model|ai)\s+dat\s+(?:beoordeelt|nakijkt)|beloningsmodel\w*",
    "pl": r"model\w*\s+oceniając\w*|oceniając\w+\s+model\w*|model\w*\s+nagrody",
    "cs": r"hodnotící\w*\s+model\w*|model\w*,?\s+kter\w+\s+hodnotí",
    "sk": r"hodnotiac\w+\s+model\w*|model\w*,?\s+ktor\w+\s+hodnotí",
    "ru": r"оценивающ\w+\s+модел\w*|модел\w*[-\s]+(?:оценщик\w*|судь\w*)|модел\w*,?\s+(?:которая|что)\s+оценивает|модел\w*\s+вознаграждени\w*",
    "uk": r"оцінювальн\w+\s+модел\w*|модел\w*,?\s+(?:яка|що)\s+оцінює|модел\w*\s+винагород\w*",
    "tr": r"(?:hakem|değerlendirme|değerlendirici|puanlama|ödül)\s+model\w*|değerlendiren\s+model\w*",
    "hu": r"értékelő\s+(?:modell|mi\b|ai\b)\w*|pontozó\s+modell\w*",
    "fi": r"arviointimalli\w*|arvioiva\w*\s+malli\w*|arvioija-?(?:malli|tekoäly)\w*|palkkiomalli\w*",
    "lv": r"vērtēšanas\s+model\w*|vērtētājmodel\w*",
    "lt": r"vertinimo\s+model\w*|vertinantis\s+model\w*",
    "et": r"hindamismudel\w*|hindav\w*\s+mudel\w*",
    "ro": r"model\w*\s+(?:de\s+evaluare|evaluator)|modelul\s+care\s+evaluează",
    "el": r"μοντέλο\s+(?:αξιολόγησης|βαθμολόγησης)|αξιολογητικό\s+μοντέλο",
    "tl": r"ai\s+na\s+(?:nagmamarka|nagsusuri|nagbibigay\s+ng\s+marka|nag-?e-?evaluate)",
    "id": r"model\s+(?:penilai|yang\s+menilai)|ai\s+penilai",
    "vi": r"mô\s+hình\s+(?:chấm(?:\s+điểm)?|đánh\s+giá)|ai\s+chấm(?:\s+điểm)?",
    "is": r"matslíkan\w*|líkan\w*\s+sem\s+metur",
    "cy": r"model\s+(?:marcio|asesu)",
    "eu": r"ebaluazio-?eredu\w*|ebaluatzaile\s+eredu\w*",
    "mt": r"mudell\s+(?:li\s+jevalwa|ta['’]\s+evalwazzjoni)",
}
#: scripts without Latin word edges (matched as they are)
_BARE: dict[str, str] = {
    "zh": r"评审模型|評審模型|评分模型|評分模型|打分模型|奖励模型|獎勵模型|评分AI|評分AI|阅卷AI|閱卷AI|评分系统[:：]|評分系統[:：]",
    "ja": r"採点AI|評価AI|採点モデル|評価モデル|報酬モデル|採点システム[:：へ]",
    "ko": r"채점\s*(?:AI|모델)|평가\s*(?:AI|모델)|보상\s*모델",
    "ar": r"نموذج\s+(?:التقييم|التصحيح|المكافأة)|النموذج\s+المقيّم",
    "fa": r"مدل\s+(?:ارزیاب|ارزیابی|پاداش)",
    "he": r"מודל\s+(?:ההערכה|הערכה|התגמול)",
    "hi": r"मूल्यांकन\s+(?:मॉडल|एआई)|रिवॉर्ड\s+मॉडल",
    "th": r"โมเดล(?:ที่)?(?:ให้คะแนน|ประเมิน)",
}
#: a grading system spoken to: a line that opens with it and a colon
_SYSTEM_NOTE = (r"^\W{0,4}(?:(?:note\s+)?to\s+the\s+|σημείωση\s+προς\s+το\s+|nota\s+(?:para\s+el|para\s+o|al|per\s+il)\s+|"
                r"note\s+(?:au|pour\s+le)\s+|hinweis\s+an\s+das\s+|uwaga\s+dla\s+|примечание\s+для\s+)?(?:értékelő\s+rendszer|sistema\s+de\s+(?:evaluación|avaliação|valutazione|calificación)|"
                r"système\s+de\s+notation|bewertungssystem|beoordelingssysteem|system\s+ocen(?:iania|y)|hodnotící\s+systém|"
                r"систем[аы]\s+оценивани[яе]|arviointijärjestelmä|vērtēšanas\s+sistēma|sistemul\s+de\s+evaluare|"
                r"σύστημα\s+βαθμολόγησης|ملاحظة\s+(?:للنظام|لنظام\s+التقييم)|للمقيّم|للمصحح)\s*[:：]")

MACHINE_SCORERS: tuple[tuple[str, re.Pattern], ...] = (
    *((lang, re.compile(r"(?<!" + _EDGE + r")(?:" + p + r")(?!" + _EDGE + r")", _I)) for lang, p in _SPACED.items()),
    *((lang, re.compile(p, _I)) for lang, p in _BARE.items()),
    ("note", re.compile(_SYSTEM_NOTE, _I | re.MULTILINE)),
)
#: a prompt about models or AI in these languages (it licenses a machine scorer in the answer)
MACHINE_WORDS = (r"modelo|modello|modèle|modell|model|модел\w*|malli|mudel|μοντέλο|mô\s+hình|líkan|eredu|mudell|inteligencia|"
                 r"intelligenza|intelligence|künstliche|tekoäly|模型|モデル|모델|人工智能|人工知能|인공지능|نموذج|مدل|מודל|मॉडल|โมเดล")
