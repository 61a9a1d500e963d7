"""Text that tells the reader what to check is advice, not a claim about the response: an item of a list introduced by
advice ("Before you submit, check that:"), or a line that opens by telling the reader to check ("4. Check that the answer
does what the user asked")."""
from __future__ import annotations

import re

_I = re.IGNORECASE
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*•]|\[[ x]\]|[☐□▢])(?:\s|$)", _I)
_ADVICE_HEAD = re.compile(r"\b(?:check|make\s+sure|ensure|verify|confirm|before\s+you|you\s+(?:should|must|need)|remember|"
                          r"be\s+sure)\b[^\n]*:\s*$", _I)
_CHECK_THAT = re.compile(r"^\W{0,4}(?:\d{1,2}[.)]\s*)?(?:check|make\s+sure|ensure|verify|see|ask\s+(?:yourself\s+)?)\s*(?:that|whether|if)?"
                         r"\s+(?:\w+\s+){0,2}$", _I)


def under_advice(text: str, start: int) -> bool:
    """An item of a list introduced by advice ("Before you submit, check that:"), or a line that opens by telling the reader
    to check it ("4. Check that the answer does what the user asked"): a condition to check, not a claim about the response."""
    line_start = text.rfind("\n", 0, start) + 1
    last = text[line_start:start]
    if _CHECK_THAT.search(last):
        return True
    if not _LIST_ITEM.match(last):
        return False
    end = line_start - 1  # the lines above, nearest first, read without splitting the whole text
    while end >= 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if not _LIST_ITEM.match(line):
            return bool(_ADVICE_HEAD.search(line))
        end = begin - 1
    return False
