"""Rubric quality: semantic-match precision, recall and F1 of generated criteria against expert ones.

**Matching rule.** For one record, a *matcher* decides which (generated, expert) pairs state the
same requirement. The matched pairs are then made one-to-one: pairs are taken in order of the
matcher's score, highest first, and a pair is kept only when neither of its criteria is already
matched. With ``m`` one-to-one matches, ``G`` generated and ``E`` expert criteria::

    precision = m / G      recall = m / E      F1 = 2 * P * R / (P + R)   (0 when P + R = 0)

Overall figures are reported two ways: **macro** (the mean of the per-record values, RIFL's
per-prompt reading; the paper's finetuned generator reaches F1 0.790) and **micro** (matches,
generated and expert criteria summed over records). A record whose matcher call failed is listed
as failed and left out of both, never counted as F1 0.

Matchers:

* ``lexical`` -- :func:`rubric_plugin.generation.filters.similarity` at or above ``threshold``
  (default 0.5). Cheap, offline, blind to paraphrase.
* ``embedding`` -- :class:`rubric_plugin.generation.embed.EmbeddingMatcher`: cosine of
  all-MiniLM-L6-v2 sentence embeddings at or above ``threshold`` (default 0.80). Offline, sees
  paraphrase, but like ``lexical`` it is blind to a changed number, entity or polarity.
* ``llm`` -- one request per record through any verifier backend: both numbered lists, and the
  answer ``{"matches": [[g, e], ...]}``. Its agreement with the hand-labelled pairs in
  ``match_labels.jsonl`` is reported by ``rubric-quality --agreement``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

ANCHOR_F1 = 0.790
LABELS = Path(__file__).with_name("match_labels.jsonl")

MATCH_SCHEMA = {"type": "object", "properties": {"matches": {"type": "array", "items": {
    "type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}}},
    "required": ["matches"], "additionalProperties": False}
MATCH_PROMPT = (
    "Two rubrics grade the same response. List every pair (G, E) where generated criterion G and expert "
    "criterion E check the same requirement (same condition, even if worded differently; a stricter or "
    "looser version of a requirement is not the same requirement). Each criterion is in at most one pair.\n"
    'Answer with JSON only: {"matches": [[G, E], ...]} using the numbers below, or {"matches": []}.')


def one_to_one(scored: Sequence[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: highest score first, each criterion used at most once."""
    used_g, used_e, out = set(), set(), []
    for _, g, e in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if g not in used_g and e not in used_e:
            used_g.add(g)
            used_e.add(e)
            out.append((g, e))
    return sorted(out)


def prf(m: int, n_gen: int, n_gold: int) -> dict[str, float]:
    p = m / n_gen if n_gen else 0.0
    r = m / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class LexicalMatcher:
    """Pairs whose lexical similarity is at least ``threshold``."""

    threshold: float = 0.5
    name: str = "lexical"

    async def match(self, generated: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
        from rubric_plugin.generation.filters import similarity

        scored = [(s, g, e) for g, a in enumerate(generated) for e, b in enumerate(gold)
                  if (s := similarity(a, b)) >= self.threshold]
        return one_to_one(scored)


@dataclass
class LLMMatcher:
    """Pairs named by a model through a verifier chat backend (HTTP, engine or worker group)."""

    backend: Any
    max_tokens: int = 512
    name: str = "llm"

    async def match(self, generated: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
        from rubric_plugin.errors import VerdictParseError
        from rubric_plugin.generation.schema import GeneratorOutputError, _decode
        from rubric_plugin.verifier.base import ChatRequest

        listing = ("GENERATED:\n" + "\n".join(f"G{i + 1}. {q}" for i, q in enumerate(generated))
                   + "\n\nEXPERT:\n" + "\n".join(f"E{i + 1}. {q}" for i, q in enumerate(gold)))
        # one-to-one: at most min(G, E) pairs, so a structured answer cannot run on to max_tokens
        most = max(1, min(len(generated), len(gold)))
        schema = {**MATCH_SCHEMA, "properties": {"matches": {**MATCH_SCHEMA["properties"]["matches"], "maxItems": most}}}
        req = ChatRequest([{"role": "system", "content": MATCH_PROMPT}, {"role": "user", "content": listing}],
                          schema, min(self.max_tokens, 16 + 12 * most), 0.0)
        c = await self.backend.complete(req)
        try:
            value, _ = _decode(c.text)
        except GeneratorOutputError as e:
            raise VerdictParseError(f"matcher answer is not JSON: {c.text[:120]!r}") from e
        pairs = value.get("matches") if isinstance(value, dict) else None
        if not isinstance(pairs, list):
            raise VerdictParseError(f"matcher answer has no 'matches' list: {c.text[:120]!r}")
        scored = []
        for p in pairs:
            if (isinstance(p, list) and len(p) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in p)
                    and 1 <= p[0] <= len(generated) and 1 <= p[1] <= len(gold)):
                scored.append((1.0, p[0] - 1, p[1] - 1))
            else:
                raise VerdictParseError(f"matcher pair {p!r} is not [G, E] within 1..{len(generated)}, 1..{len(gold)}")
        return one_to_one(scored)


async def score(generated: dict[str, Any], gold: dict[str, Any], matcher: Any, concurrency: int = 8) -> dict[str, Any]:
    """P/R/F1 per record id present in both (records: :class:`~rubric_plugin.schema.RubricRecord`)."""
    import asyncio

    from rubric_plugin.errors import VerifierError

    gate = asyncio.Semaphore(max(1, concurrency))
    ids = [i for i in gold if i in generated]

    async def one(rid: str) -> dict[str, Any]:
        g = [c.question for c in generated[rid].criteria if not c.id.startswith("_")]
        e = [c.question for c in gold[rid].criteria if not c.id.startswith("_")]
        try:
            async with gate:
                pairs = await matcher.match(g, e)
        except (VerifierError, OSError) as err:
            return {"id": rid, "failed": True, "error": f"{type(err).__name__}: {err}", "generated": len(g), "gold": len(e)}
        return {"id": rid, "failed": False, "generated": len(g), "gold": len(e), "matched": len(pairs),
                "pairs": [[g[a], e[b]] for a, b in pairs], **prf(len(pairs), len(g), len(e))}

    rows = list(await asyncio.gather(*(one(i) for i in ids)))
    ok = [r for r in rows if not r["failed"]]
    macro = {k: (sum(r[k] for r in ok) / len(ok) if ok else 0.0) for k in ("precision", "recall", "f1")}
    micro = prf(sum(r["matched"] for r in ok), sum(r["generated"] for r in ok), sum(r["gold"] for r in ok))
    return {"matcher": matcher.name, "records": len(rows), "failed": len(rows) - len(ok),
            "missing_generated": sorted(set(gold) - set(generated)), "extra_generated": sorted(set(generated) - set(gold)),
            "macro": macro, "micro": micro, "anchor_f1": ANCHOR_F1, "per_record": rows}


def read_labels(path: str | Path = LABELS) -> list[dict[str, Any]]:
    """Hand-labelled pairs: ``{"generated": q, "gold": q, "match": bool, "why": ...}`` per line."""
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]


async def agreement(matcher: Any, labels: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """How often the matcher's match / no-match for a single pair agrees with the hand label."""
    agree, rows = 0, []
    tp = fp = fn = 0
    for lab in labels:
        said = bool(await matcher.match([lab["generated"]], [lab["gold"]]))
        agree += said == lab["match"]
        tp += said and lab["match"]
        fp += said and not lab["match"]
        fn += (not said) and lab["match"]
        rows.append({**lab, "matcher": said})
    n = len(labels)
    return {"matcher": matcher.name, "pairs": n, "accuracy": agree / n if n else 0.0, **{
        k: v for k, v in prf(tp, tp + fp, tp + fn).items()}, "rows": rows}


def markdown(result: dict[str, Any]) -> str:
    ma, mi = result["macro"], result["micro"]
    lines = [f"# Rubric quality ({result['matcher']} matcher)", "",
             f"records {result['records']}, failed {result['failed']}; RIFL's finetuned generator: F1 {ANCHOR_F1}", "",
             "| | precision | recall | F1 |", "|---|---|---|---|",
             f"| macro (mean over records) | {ma['precision']:.3f} | {ma['recall']:.3f} | {ma['f1']:.3f} |",
             f"| micro (pooled) | {mi['precision']:.3f} | {mi['recall']:.3f} | {mi['f1']:.3f} |", "",
             "| record | generated | expert | matched | P | R | F1 |", "|---|---|---|---|---|---|---|"]
    for r in result["per_record"]:
        if r["failed"]:
            lines.append(f"| {r['id']} | {r['generated']} | {r['gold']} | failed: {r['error'][:60]} | | | |")
        else:
            lines.append(f"| {r['id']} | {r['generated']} | {r['gold']} | {r['matched']} | {r['precision']:.2f} | "
                         f"{r['recall']:.2f} | {r['f1']:.2f} |")
    return "\n".join(lines) + "\n"
