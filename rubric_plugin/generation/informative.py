"""The uninformative-criteria filter (optional): drop criteria every sampled response answers alike.

For each conversation, ``k`` responses are sampled from a policy endpoint (temperature
``temperature``) and judged: ``llm`` criteria by the verifier, ``check`` criteria by their check.
A criterion whose verdicts are identical across all ``k`` responses carries no signal for GRPO
(every response of the group gets the same credit for it), so it is rejected.

A criterion is kept whenever the filter cannot tell: fewer than two responses came back, or the
verifier failed on it. A failure is never read as a "no" (never a verdict of 0): the criterion is
kept and the reason is counted.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from rubric_plugin.errors import VerifierError
from rubric_plugin.generation.filters import Outcome


@dataclass
class Uninformative:
    """Callable filter for :func:`rubric_plugin.generation.generate.run` (``informative=``)."""

    #: chat backend sampling the policy's responses
    policy: Any
    #: verifier judging the ``llm`` criteria (an instantiated ``conf/verifier/`` preset)
    verifier: Any
    k: int = 4
    temperature: float = 1.0
    max_tokens: int = 512

    def close(self) -> None:
        """Close the policy's and the judge's connection pools."""
        self.policy.close()
        self.verifier.close()

    async def __call__(self, conv: Any, criteria: list[dict[str, Any]]) -> Outcome:
        from rubric_plugin.checks import run_check
        from rubric_plugin.generation.generate import build_record
        from rubric_plugin.verifier.base import ChatRequest

        req = ChatRequest([{"role": m.role, "content": m.content} for m in conv.messages], None, self.max_tokens,
                          self.temperature)
        got = await asyncio.gather(*(self.policy.complete(req) for _ in range(self.k)), return_exceptions=True)
        responses = [g.text for g in got if not isinstance(g, BaseException)]
        if len(responses) < 2:
            return Outcome(kept=list(criteria))
        record = build_record(conv, criteria, "uninformative-filter")
        llm = [c for c in record.criteria if c.kind == "llm"]
        answers: dict[str, set[bool]] = {c.id: set() for c in record.criteria}
        unjudged: set[str] = set()
        for resp in responses:
            for c in record.criteria:
                if c.kind == "check":
                    answers[c.id].add(run_check(c.check, resp, dict(c.args)))
            if llm:
                try:
                    vs = await self.verifier.judge(record, resp, llm)
                except VerifierError:
                    unjudged.update(c.id for c in llm)
                    continue
                for c in llm:
                    v = vs.verdicts.get(c.id)
                    if v is None:
                        unjudged.add(c.id)
                    else:
                        answers[c.id].add(bool(v.satisfied))
        out = Outcome()
        for c in criteria:
            seen = answers[c["id"]]
            if c["id"] not in unjudged and len(seen) == 1:
                word = "yes" if next(iter(seen)) else "no"
                out.rejected.append((c, f"all {len(responses)} sampled responses answer {word!r}: no signal for GRPO"))
            else:
                out.kept.append(c)
        return out
