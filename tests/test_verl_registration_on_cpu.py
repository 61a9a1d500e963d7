"""verl finds the plugin by itself: entry point, registries, pkg:// reward functions, doctor."""
import json
import pickle
import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent("""
    import asyncio, json, sys
    import verl                                   # the only import: registration must come from the entry point
    from omegaconf import OmegaConf
    from transformers import AutoTokenizer
    from verl.experimental.reward_loop.reward_manager import get_reward_manager_cls
    from verl.trainer.ppo.reward import load_reward_manager

    cfg = OmegaConf.create({"reward": {
        "reward_manager": {"source": "register", "name": "rubric"},
        "custom_reward_function": {"path": None, "name": "compute_score"},
        "rubric": {"train_on": "hybrid", "hybrid_bonus": 0.25, "verifier": "rules"}}})
    tok = AutoTokenizer.from_pretrained(sys.argv[1])

    async def main():
        m = load_reward_manager(cfg, tok)
        return type(m).__module__ + "." + type(m).__name__, m.rubric_cfg.train_on, m.rubric_cfg.hybrid_bonus

    built = asyncio.run(main())
    print("@@" + json.dumps({"cls": get_reward_manager_cls("rubric").__name__, "built": built,
                             "plugin_loaded_by_verl": "rubric_plugin.verl_plugin" in sys.modules}))
""")


@pytest.mark.timeout(180)
def test_import_verl_alone_registers_rubric_and_load_reward_manager_builds_it(tiny_tokenizer_dir):
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tiny_tokenizer_dir)], capture_output=True, text=True, timeout=170)
    line = next((l for l in proc.stdout.splitlines() if l.startswith("@@")), None)
    assert line is not None, proc.stderr[-3000:]
    found = json.loads(line[2:])
    assert found["plugin_loaded_by_verl"] is True
    assert found["cls"] == "RubricRewardManager"
    assert found["built"] == ["rubric_plugin.manager.RubricRewardManager", "hybrid", 0.25]


@pytest.mark.timeout(120)
def test_import_rubric_plugin_stays_light():
    # verl imports plugins in every Ray actor: the package itself must not pull heavy stacks
    code = ("import sys, rubric_plugin, rubric_plugin.schema, rubric_plugin.aggregate, rubric_plugin.convert, "
            "rubric_plugin.scoring; print(sorted(m for m in ('torch','ray','vllm','transformers','verl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=100)
    assert out.stdout.strip() == "[]", out.stderr


def test_public_api_matches_all():
    import rubric_plugin

    for name in rubric_plugin.__all__:
        assert getattr(rubric_plugin, name) is not None
    with pytest.raises(AttributeError):
        rubric_plugin.not_a_name  # noqa: B018


async def test_pkg_reward_function_through_verl_loader_ignores_extra_kwargs(examples):
    # verl's own loader wraps the function; the naive manager passes reward_router_address & co.
    import verl  # noqa: F401
    from omegaconf import OmegaConf
    from verl.trainer.ppo.reward import get_custom_reward_fn

    from rubric_plugin.convert.verl_rows import to_verl_row

    cfg = OmegaConf.create({"reward": {"custom_reward_function": {
        "path": "pkg://rubric_plugin.reward_fn", "name": "compute_score",
        "reward_kwargs": {"train_on": "fractional", "verifier": "rules"}}}})
    fn = get_custom_reward_fn(cfg)
    record = next(r for r in examples if r.id == "haiku-lowercase")
    row = to_verl_row(record, 0)
    # the failing demo response: lowercase no, title no, autumn yes -> fractional 1/3
    out = await fn(data_source=row["data_source"], solution_str=record.metadata["demo_responses"][1],
                   ground_truth=row["reward_model"]["ground_truth"], extra_info=row["extra_info"],
                   reward_router_address=None, reward_model_tokenizer=None, unexpected="ignored")
    assert out["score"] == pytest.approx(1 / 3)
    assert out["rubric_all_or_nothing"] == 0.0


async def test_fixed_aggregation_entry_points_train_on_their_aggregation(examples):
    from rubric_plugin import reward_fn
    from rubric_plugin.convert.verl_rows import to_verl_row

    record = next(r for r in examples if r.id == "sections-report")
    gt = to_verl_row(record, 0)["reward_model"]["ground_truth"]
    resp = record.metadata["demo_responses"][1]
    # sections no (w1), no_commas no (w1), rayleigh yes (w3): AoN 0, fraction 1/3, weighted 3/5, hybrid (0+.5/3)/1.5
    got = {name: (await getattr(reward_fn, f"compute_score_{name}")("s", resp, gt, verifier="rules"))["score"]
           for name in ("all_or_nothing", "fractional", "weighted", "hybrid")}
    assert got == pytest.approx({"all_or_nothing": 0.0, "fractional": 1 / 3, "weighted": 0.6, "hybrid": (0.5 / 3) / 1.5})


def test_ray_crossing_objects_pickle():
    from rubric_plugin import reward_fn
    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.verifier.rules import RuleVerifier

    for obj in (RuleVerifier(unquoted="no"), RubricRewardConfig(train_on="weighted"), reward_fn.compute_score):
        clone = pickle.loads(pickle.dumps(obj))
        assert type(clone) is type(obj) or clone is obj
    assert pickle.loads(pickle.dumps(RuleVerifier(unquoted="no"))).unquoted == "no"


@pytest.mark.timeout(300)
def test_doctor_reports_all_green(capsys):
    from rubric_plugin.cli.doctor import run_doctor

    assert run_doctor() == 0
    out = capsys.readouterr().out
    assert "[FAIL]" not in out and "reward manager 'rubric' -> rubric_plugin.manager.RubricRewardManager" in out
