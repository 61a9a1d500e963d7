"""``rubric-plugin demo``: bundled examples -> verl's RewardLoopManager on local Ray -> a table.

Real pieces: verl's Hydra config, its ``RewardLoopManager`` and ``RewardLoopWorker`` Ray actors,
the ``rubric`` manager loaded by verl's registry inside those actors, the programmatic checks.
The ``llm`` criteria are judged by the rule-based TEST verifier, chosen by name and printed as
``rules-test-verifier`` (a real run selects a judge preset as ``reward.rubric.verifier``).
"""
from __future__ import annotations

import json
import math
import tempfile
import time
from importlib import resources

from rubric_plugin.aggregate import AGGREGATIONS
from rubric_plugin.verdicts import passes

#: the rule-based TEST verifier; the bundled examples also carry its simulated-outage marker, to show the failure policy
RULES_TARGET = "rubric_plugin.devtools.outage.OutageRuleVerifier"


def _fmt(x) -> str:
    return "  nan" if isinstance(x, float) and math.isnan(x) else f"{float(x):5.2f}"


def render_table(pairs, extra: dict, scores) -> str:
    lines = []
    for i, (record, response) in enumerate(pairs):
        head = f"[{i}] {record.id} ({record.category})  response: {response[:70]!r}{'...' if len(response) > 70 else ''}"
        lines.append(head)
        verdicts = json.loads(extra["rubric_verdicts"][i])
        for c in record.criteria:
            v = verdicts.get(c.id)
            if v is None:
                mark = "  ?  "
            else:
                passed = passes(v["satisfied"], c.penalty)
                mark = "PASS " if passed else "FAIL "
            flags = "".join(f for f, on in (("H", c.hard), ("P", c.penalty)) if on) or "-"
            src = v["source"] if v else "unjudged"
            lines.append(f"      {mark} {c.id:<16} {c.kind:<5} {flags:<2} w={c.weight:<4} {src:<19} {(v or {}).get('reason', '')[:60]}")
        aggs = "  ".join(f"{a}={_fmt(extra[f'rubric_{a}'][i])}" for a in AGGREGATIONS)
        status = extra["rubric_verifier_status"][i]
        reason = extra["rubric_unscorable_reason"][i]
        lines.append(f"      reward={_fmt(float(scores[i]))}  {aggs}  status={status}{'  (' + reason + ')' if reason else ''}")
    return "\n".join(lines)


def run_demo(path: str | None = None, num_workers: int = 2, num_cpus: int = 4, train_on: str = "all_or_nothing") -> int:
    import ray
    from transformers import AutoTokenizer

    from rubric_plugin.convert import load_records
    from rubric_plugin.devtools.batch import build_batch
    from rubric_plugin.devtools.tiny import build_tiny_tokenizer
    from rubric_plugin.verl_config import compose_ppo_config, reward_loop_overrides
    from verl.experimental.reward_loop import RewardLoopManager

    t0 = time.time()
    src = path or str(resources.files("rubric_plugin") / "examples" / "examples.jsonl")
    records = load_records(src).raise_if_bad().records
    pairs = [(r, resp) for r in records for resp in r.metadata.get("demo_responses", [])]
    if not pairs:
        print(f"{src}: no record has metadata.demo_responses; nothing to score")
        return 1
    tok_dir = build_tiny_tokenizer(tempfile.mkdtemp(prefix="rubric_demo_tok_"))
    tokenizer = AutoTokenizer.from_pretrained(tok_dir)
    # the rule-based TEST verifier, chosen by name: the demo shows the plumbing, not a judge
    config = compose_ppo_config(reward_loop_overrides(str(tok_dir), verifier=RULES_TARGET, num_workers=num_workers,
                                                      train_on=train_on))
    batch = build_batch(pairs, tokenizer)
    ray.init(num_cpus=num_cpus, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    try:
        manager = RewardLoopManager(config)
        out = manager.compute_rm_score(batch)
    finally:
        ray.shutdown()
    scores = out.batch["rm_scores"].sum(dim=-1)
    extra = {k: out.non_tensor_batch[k] for k in out.meta_info["reward_extra_keys"]}
    print(render_table(pairs, extra, scores))
    n_unscorable = sum(1 for s in extra["rubric_verifier_status"] if s != "ok")
    print(f"\nscored {len(pairs)} responses of {len(records)} records through verl's RewardLoopManager "
          f"({num_workers} RewardLoopWorker actors) in {time.time() - t0:.1f} s; training reward = {train_on}; "
          f"unscorable: {n_unscorable} (reward NaN, left out of the update by rubric_grpo)\n"
          "llm criteria were judged by the rule-based TEST verifier (quoted phrases; yes to anything else), "
          "not a judge: train with a judge preset, e.g. +verifier@reward.rubric.verifier=vllm_server")
    return 0
