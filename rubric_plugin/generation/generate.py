"""``rubric-plugin generate``: conversations in, validated and filtered rubric records out.

The generator is any chat backend the verifier supports (:mod:`rubric_plugin.verifier.http`,
:mod:`rubric_plugin.verifier.engine`, the worker group through ``base_url: worker_group:<model>``),
configured by ``conf/generator/``, with the verifier's retry policy: transport errors, timeouts,
429 and 5xx are retried with backoff inside an overall deadline; a wrong key, model or URL
(:class:`~rubric_plugin.errors.VerifierSetupError`) stops the run, since every row would fail.

**Failure policy.** A row whose generation fails (retries spent, output unusable, every criterion
filtered out) is written to the error file with its reason and never to the output: a failed row
is never an empty or partial rubric, and it never stops the run. Re-running the same command
retries exactly those rows: ids already in the output are skipped (resume).

Rows go out ``concurrency`` at a time; a tqdm bar shows rows/s, requests and tokens.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Mapping, Sequence

from rubric_plugin.errors import RubricSchemaError, VerifierError, VerifierSetupError
from rubric_plugin.generation import filters
from rubric_plugin.generation.inputs import Conversation
from rubric_plugin.generation.prompt import MAX_CRITERIA, MIN_CRITERIA, generation_messages
from rubric_plugin.generation.report import FilterReport
from rubric_plugin.generation.schema import MAX_CHARS, GeneratorOutputError, ParsedOutput, output_schema


class RubricGenerator:
    """Asks ``backend`` for one rubric per conversation and parses the answer (``conf/generator/``)."""

    def __init__(self, backend: Any, name: str = "generator", max_tokens: int = 1024, temperature: float = 0.0,
                 structured_output: bool = True, retry: Mapping[str, Any] | None = None,
                 max_chars: int = MAX_CHARS, min_criteria: int = MIN_CRITERIA, max_criteria: int = MAX_CRITERIA):
        from rubric_plugin.sft.checkpoint import check_model_dir
        from rubric_plugin.verifier.retry import RetryPolicy

        if getattr(backend, "model_path", None):  # an in-process engine: its model folder is checked now, not at first use
            check_model_dir(backend.model_path, "generator.backend.model")
        self.backend, self.name = backend, name
        self.max_tokens, self.temperature = int(max_tokens), float(temperature)
        self.structured_output = bool(structured_output)
        self.retry = retry if isinstance(retry, RetryPolicy) else RetryPolicy(**dict(retry or {}))
        self.max_chars, self.min_criteria, self.max_criteria = int(max_chars), int(min_criteria), int(max_criteria)

    def request(self, conversation: Any):
        from rubric_plugin.verifier.base import ChatRequest

        from rubric_plugin.generation.prompt import check_args_schema

        schema = output_schema(self.max_criteria, check_args_schema()) if self.structured_output else None
        return ChatRequest(generation_messages(conversation, self.min_criteria, self.max_criteria), schema,
                           self.max_tokens, self.temperature)

    async def propose(self, conversation: Any, cost: dict[str, int] | None = None) -> ParsedOutput:
        """The parsed rubric; raises VerifierError / GeneratorOutputError. The call's requests and
        tokens are added to ``cost`` (``requests``, ``prompt``, ``completion``), failed calls included."""
        from rubric_plugin.generation.schema import parse_output
        from rubric_plugin.verifier.retry import call_with_retries
        from rubric_plugin.verifier.stats import CallMeta

        req, meta = self.request(conversation), CallMeta()

        async def attempt(left: float | None):
            c = await self.backend.complete(req, timeout_s=left)
            meta.prompt_tokens += c.prompt_tokens
            meta.completion_tokens += c.completion_tokens
            return c

        try:
            c = await call_with_retries(attempt, self.retry, meta, what="generator call")
        finally:
            if cost is not None:
                for k, v in (("requests", meta.requests), ("prompt", meta.prompt_tokens),
                             ("completion", meta.completion_tokens)):
                    cost[k] = cost.get(k, 0) + v
        if c.finish_reason == "length":
            raise GeneratorOutputError(f"the output was cut at max_tokens={self.max_tokens}; raise generator.max_tokens "
                                       "or lower generator.max_criteria", c.text)
        return parse_output(c.text, self.max_chars)

    def close(self) -> None:
        self.backend.close()


@dataclass(frozen=True)
class FilterSettings:
    """Which filters run (each on by default) and their bounds."""

    vague: bool = True
    compound: bool = True
    near_duplicate: bool = True
    #: lexical similarity at or above which a later criterion is a near-duplicate (filters.similarity)
    duplicate_threshold: float = 0.8
    min_criteria: int = MIN_CRITERIA
    max_criteria: int = MAX_CRITERIA


#: ``(conversation, criteria) -> Outcome``: the optional uninformative-criteria filter.
Informative = Callable[[Conversation, list[dict[str, Any]]], Awaitable[filters.Outcome]]


def _record(rep: FilterReport, name: str, rid: str, outcome: filters.Outcome) -> list[dict[str, Any]]:
    for c, why in outcome.rejected:
        rep.reject(name, rid, c.get("question"), why)
    for c, parts in outcome.split:
        rep.split(name, rid, c["question"], [p["question"] for p in parts])
    return outcome.kept


async def filter_rubric(conv: Conversation, parsed: ParsedOutput, settings: FilterSettings, rep: FilterReport,
                        informative: Informative | None = None) -> list[dict[str, Any]]:
    """Run every filter over one parsed rubric, recording each rejection in ``rep``."""
    rid = conv.id
    for p in parsed.problems:
        rep.reject("schema", rid, p.value if p.field == "question" else f"criteria[{p.index}]", p.render())
    for cid, why in parsed.fallbacks:  # reported, not removed: the question is judged by the verifier instead
        rep.note("check_fallback", rid, cid, f"proposed check kept as kind: llm ({why})")
    crit = list(parsed.criteria)
    if settings.vague:
        crit = _record(rep, "vague", rid, filters.vague(crit))
    if settings.compound:
        crit = _record(rep, "compound", rid, filters.compound(crit))
    if settings.near_duplicate:
        crit = _record(rep, "near_duplicate", rid, filters.near_duplicate(crit, settings.duplicate_threshold))
    if informative is not None and crit:
        crit = _record(rep, "uninformative", rid, await informative(conv, crit))
    return _record(rep, "count", rid, filters.count(crit, settings.min_criteria, settings.max_criteria))


def build_record(conv: Conversation, criteria: Sequence[Mapping[str, Any]], generator: str) -> Any:
    """The validated rubric record (the plugin's format, ready for ``convert``)."""
    from rubric_plugin.schema import parse_record

    return parse_record({"id": conv.id, "category": conv.category, "data_source": conv.data_source,
                         "messages": [{"role": m.role, "content": m.content} for m in conv.messages],
                         "criteria": [dict(c) for c in criteria],
                         "metadata": {**dict(conv.metadata), "rubric_generator": generator}}, row=conv.id)


def written_ids(path: str | Path) -> set[str]:
    """Ids already in an output file (resume); a torn last line from a killed run is ignored."""
    ids: set[str] = set()
    p = Path(path)
    if not p.is_file():
        return ids
    for line in p.read_text(encoding="utf-8").splitlines():
        try:
            ids.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return ids


def errors_path_for(out: str | Path) -> Path:
    out = Path(out)
    return out.with_name(out.stem + ".errors.jsonl")


async def run(generator: RubricGenerator, conversations: Sequence[Conversation], out: str | Path,
              settings: FilterSettings = FilterSettings(), concurrency: int = 16, progress: bool = True,
              informative: Informative | None = None, errors: str | Path | None = None) -> FilterReport:
    """Generate, filter and write a rubric for every conversation not already in ``out``."""
    from tqdm import tqdm

    out = Path(out)
    errors = Path(errors) if errors is not None else errors_path_for(out)
    rep = FilterReport()
    rep.rows["read"] = len(conversations)
    done = written_ids(out)
    todo = [c for c in conversations if c.id not in done]
    rep.rows["skipped_existing"] = len(conversations) - len(todo)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.is_file() and out.stat().st_size and not out.read_bytes().endswith(b"\n"):
        with out.open("a", encoding="utf-8") as fh:
            fh.write("\n")  # a torn last line from a killed run stays on its own line
    gate = asyncio.Semaphore(max(1, concurrency))
    bar = tqdm(total=len(todo), desc="generating rubrics", unit="row", disable=not progress, dynamic_ncols=True)

    with out.open("a", encoding="utf-8") as fo, errors.open("w", encoding="utf-8") as fe:
        def fail(conv: Conversation, kind: str, err: BaseException | str, raw: str = "") -> None:
            rep.fail(kind)
            fe.write(json.dumps({"id": conv.id, "kind": kind, "error": str(err), "raw": raw[:2000]},
                                ensure_ascii=False) + "\n")
            fe.flush()

        async def one(conv: Conversation) -> None:
            try:
                async with gate:
                    parsed = await generator.propose(conv, rep.tokens)
                rep.proposed += len(parsed.criteria) + len(parsed.problems)
                kept = await filter_rubric(conv, parsed, settings, rep, informative)
                if not kept:
                    fail(conv, "filtered", "no criteria left after the filters (see the filter report)")
                    return
                record = build_record(conv, kept, generator.name)
                rep.kept += len(record.criteria)
                fo.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                fo.flush()
                rep.rows["written"] += 1
            except VerifierSetupError:
                raise
            except GeneratorOutputError as e:
                fail(conv, "unparseable", e, e.text)
            except VerifierError as e:
                fail(conv, "generator", e)
            except RubricSchemaError as e:
                fail(conv, "schema", e)
            finally:
                bar.update(1)
                bar.set_postfix(requests=rep.tokens["requests"], tokens=rep.tokens["prompt"] + rep.tokens["completion"],
                                failed=rep.rows["failed"], refresh=False)

        try:
            await asyncio.gather(*(one(c) for c in todo))
        finally:
            bar.close()
    return rep
