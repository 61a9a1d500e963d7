"""Verifiers answer ``llm`` criteria. See :class:`rubric_plugin.verifier.base.Verifier`."""
from rubric_plugin.verifier.base import Verifier

__all__ = ["Verifier"]
