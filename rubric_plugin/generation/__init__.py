"""Rubric generation: from prompts to filtered rubric records, measured against expert rubrics.

* :mod:`.prompt`: the generation prompt (:func:`generation_messages`) and the target format
  (:func:`format_target`) shared by ``generate`` and the SFT export ``generator-data``.
* :mod:`.schema`: the generator's output schema and its strict parser.
* :mod:`.filters`: one function per filter, each reported.
* :mod:`.generate`: the run (concurrency, resume, progress, error file).
* :mod:`.quality`: semantic-match precision / recall / F1 against expert rubrics.

Nothing heavy is imported here: the submodules import their dependencies when used.
"""
from __future__ import annotations

__all__ = ["format_target", "generation_messages"]


def __getattr__(name: str):
    if name in __all__:
        from rubric_plugin.generation import prompt

        return getattr(prompt, name)
    raise AttributeError(name)
