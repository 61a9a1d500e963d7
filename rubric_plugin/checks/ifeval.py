"""Adapter to the IFEval instruction checkers shipped by the pinned ``if-verifiable`` package.

Each IFEval instruction is a class with ``build_description(**kwargs)`` and
``check_following(response)``. Building one with explicit kwargs makes it deterministic (unset
kwargs would be drawn at random, a known source of drift between runs), so every call here passes
every argument. Imports are lazy: the package pulls in NLTK and langdetect.
"""
from __future__ import annotations

import functools
from typing import Any


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, type]:
    """IFEval instruction id -> checker class (``keywords:existence``, ...)."""
    import langdetect

    from if_verifiable.ifeval import instructions_registry, instructions_util

    from rubric_plugin.checks import text

    # langdetect is random unless seeded; a reward must not change between two calls
    langdetect.DetectorFactory.seed = 0
    # offline: NLTK tokenizers read the bundled punkt parameters, and IFEval's sentence counter
    # (which loads a downloaded pickle) uses the same splitter as the sentence_count check
    text.use_bundled_nltk_data()
    instructions_util.count_sentences = text.count_sentences
    return dict(instructions_registry.INSTRUCTION_DICT)


def follows(instruction_id: str, response: str, **kwargs: Any) -> bool:
    """Run IFEval instruction ``instruction_id`` built with ``kwargs`` on ``response``."""
    cls = registry()[instruction_id]
    checker = cls(instruction_id)
    checker.build_description(**kwargs)
    return bool(checker.check_following(response))
