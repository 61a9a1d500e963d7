"""Code fences in the compliance-claim reading (rubric_plugin/shaping/claims.py): only a closed fence hides what it holds;
a lone fence hides nothing after it."""
from __future__ import annotations

import pytest

from rubric_plugin.shaping.claims import detect_self_assessment

# --- code fences: only a closed fence hides what it holds -------------------------------------------------------------
CODE_PROMPT = "Write a Python function that adds two numbers."
CODE = "def add(a, b):\n    return a + b\n"


def test_a_comment_inside_a_closed_fence_of_asked_for_code_is_the_codes_own():
    assert detect_self_assessment("```python\n" + CODE + "# all requirements met\n```", CODE_PROMPT) is None


@pytest.mark.parametrize("answer", [
    "```python\n" + CODE + "\n# all requirements met",          # a lone opening fence: nothing after it is hidden
    "Here it is:\n```python\n" + CODE + "```\n```\n# all requirements met",  # a closed block, then a lone fence
])
def test_an_unclosed_fence_hides_nothing_after_it(answer):
    assert detect_self_assessment(answer, CODE_PROMPT) is not None
