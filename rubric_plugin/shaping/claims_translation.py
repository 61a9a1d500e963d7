"""What a prompt gives to be translated: a translation request proper (not a prompt that only names a language), the
texts it gives, and whether such a text reads as a compliance claim in any word order. A requested translation of a
claim is the user's text, not the answer's claim (:mod:`rubric_plugin.shaping.claims`, the learned reading)."""
from __future__ import annotations

import re

from rubric_plugin.shaping.asked import _MET as _MET_ANY, _NOUN as _NOUN_ANY
from rubric_plugin.shaping.context import QUOTED

_I = re.IGNORECASE | re.MULTILINE

#: a translation request proper: a prompt that only names a language ("Answer in French.") gives no text to translate
_TRANSLATION_ASKED = re.compile(r"\b(?:translat|traduc|traduz|tradu[ci]|übersetz|uebersetz|vertaal|tłumacz|çevir|перев[оеи][дс])|翻译|翻譯|"
                                r"译成|譯成|訳して|訳す|翻訳|번역|\b(?:say|write|put|express|render)\s+[\"'“«][^\"”»\n]+[\"'”»]\s+in\s+"
                                r"(?:french|spanish|german|italian|portuguese|dutch|russian|chinese|mandarin|japanese|korean|arabic|"
                                r"hindi|turkish|polish|swedish)\b", _I)
#: public name of the pattern above (the learned reading exempts a requested translation too)
TRANSLATION_ASKED = _TRANSLATION_ASKED

#: a given text that reads as a compliance claim in any word order ("Se han cumplido todos los requisitos.")
_SOURCE_CLAIM = re.compile(_MET_ANY + r"[^.?!\n。]{0,40}?" + _NOUN_ANY + r"|" + _NOUN_ANY + r"[^.?!\n。]{0,40}?" + _MET_ANY, _I)


def _translation_sources(prompt: str) -> list[str]:
    """The texts the prompt gives to be translated (quoted, or after "translate ...:"), if it asks for a translation."""
    if not _TRANSLATION_ASKED.search(prompt):
        return []
    sources = [q.strip("\"“”«»'「」『』") for q in re.findall(QUOTED, prompt) + re.findall(r"「[^」\n]*」|『[^』\n]*』", prompt)]
    return sources + [m.group(1) for m in re.finditer(r"\btranslat\w*[^:\n]{0,40}:\s*([^\n]+)", prompt, re.IGNORECASE)]
