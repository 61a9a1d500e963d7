"""Verifier training: the SFT / RL data are the live verifier's prompts, the agreement reward, the
template id that travels with a finetuned checkpoint, and the recipes.

Policy: the SFT prompt is byte for byte the request the live verifier sends; the target is an
answer the live parser accepts, reasons before verdicts; the RL reward is class-balanced (always
"yes" earns 0.5 where a "no" is due) and scores an unparseable answer lowest, never unscorable;
a verifier model trained on another prompt template is refused at build time unless
``template_mismatch=warn``.
"""
from __future__ import annotations

import asyncio
import json
import logging

import pytest

from rubric_plugin.cli.main import main
from rubric_plugin.errors import ConfigError, RubricSchemaError
from rubric_plugin.labels.format import Label, write_labels
from rubric_plugin.schema import parse_record
from rubric_plugin.verifier.base import ChatBackend, Completion
from rubric_plugin.verifier.llm import LLMVerifier
from rubric_plugin.verifier.parse import parse_verdicts
from rubric_plugin.verifier_training.agreement_reward import agreement_score
from rubric_plugin.verifier_training.sft_data import rl_rows, sft_rows

pytestmark = pytest.mark.timeout(120)

RECORDS = [parse_record({
    "id": f"r{i}",
    "messages": [{"role": "system", "content": "Answer briefly."}] * (i % 2)
    + [{"role": "user", "content": f"Suggest {i + 2} gift ideas."}],
    "criteria": [{"id": "count", "question": f"Does the response list exactly {i + 2} ideas?", "kind": "llm"},
                 {"id": "short", "question": "Is the response under 30 words?", "kind": "check",
                  "check": "word_count", "args": {"n": 30, "relation": "less than"}},
                 {"id": "gift", "question": "Does the response use the word \"gift\"?", "kind": "llm"}]})
    for i in range(3)]
LABELS = [Label("r0", "a book, a mug", "count", "yes", "human", "two items"),
          Label("r0", "a book, a mug", "gift", "no", "human"),
          Label("r0", "a book, a mug", "short", "yes", "program", "4 words"),
          Label("r1", "a gift: socks", "count", "no", "teacher", "one item, not three"),
          Label("r1", "a gift: socks", "gift", "yes", "teacher", "says gift")]


class Capture(ChatBackend):
    """Records every request and answers each asked id with "yes"."""

    model = "capture"

    def __init__(self):
        self.requests = []

    async def complete(self, request, timeout_s=None):
        self.requests.append(request)
        ids = request.schema["required"]
        if "rubrics_check" in ids:
            n = len(request.schema["properties"]["rubrics_check"]["required"])
            answer = {"rubrics_check": {f"question_{k + 1}": "ok Yes" for k in range(n)},
                      "SATISFIED_ALL_REQUIREMENTS": "YES"}
        else:
            answer = {cid: {"reason": "ok", "verdict": "yes"} for cid in ids}
        return Completion(json.dumps(answer), "stop")


@pytest.mark.parametrize("layout", ["prefix_shared", "system_steer", "advancedif"])
def test_sft_prompt_is_exactly_what_the_live_verifier_sends(layout):
    backend = Capture()
    verifier = LLMVerifier(backend, layout=layout, reason_max_chars=120)
    rows = sft_rows(verifier, RECORDS, LABELS)
    # one sample per (record, response), carrying all of its labelled criteria in the record's order
    assert [r["record_id"] for r in rows] == ["r0", "r1"]
    assert [c["id"] for c in json.loads(rows[0]["criteria"])] == ["count", "short", "gift"]
    # the live verifier judging the same response sends the same messages, byte for byte
    from rubric_plugin.labels.from_checks import as_question

    for row, (rec, resp, ids) in zip(rows, [(RECORDS[0], "a book, a mug", ["count", "short", "gift"]),
                                            (RECORDS[1], "a gift: socks", ["count", "gift"])]):
        asked = [as_question(c) for c in rec.criteria if c.id in ids]
        asyncio.run(verifier.judge(rec, resp, asked))
        assert backend.requests[-1].messages == row["messages"][:-1]
        assert row["messages"][-1]["role"] == "assistant" and row["template_id"] == verifier.template_id


def test_target_parses_back_to_the_labels_with_reasons_before_verdicts():
    verifier = LLMVerifier(Capture())
    row = sft_rows(verifier, RECORDS, LABELS)[0]
    answer = row["messages"][-1]["content"]
    parsed = parse_verdicts(answer, ["count", "short", "gift"]).verdicts
    assert {k: v.satisfied for k, v in parsed.items()} == {"count": True, "short": True, "gift": False}
    assert list(json.loads(answer)["count"]) == ["reason", "verdict"]
    # a label without a reason still gets one, so the model always reasons first
    assert json.loads(answer)["gift"]["reason"] == "The response does not meet this criterion."
    # per_criterion mode sends one request per criterion, so the data has one row per label
    assert len(sft_rows(LLMVerifier(Capture(), mode="per_criterion"), RECORDS, LABELS)) == 5
    # a reason that would flip an AdvancedIF verdict is refused, naming the record and criterion
    flip = [Label("r0", "x", "count", "yes", "human", "No")]
    with pytest.raises(RubricSchemaError, match="record 'r0'.*'count'.*does not parse back"):
        sft_rows(LLMVerifier(Capture(), layout="advancedif"), RECORDS, flip)


def test_agreement_reward_is_class_balanced_with_a_format_term():
    truth = json.dumps({"criteria": [{"id": f"c{i}", "label": "no" if i == 4 else "yes", "kind": "llm" if i % 2 else "check"}
                                     for i in range(5)]})

    def answer(verdicts):
        return json.dumps({f"c{i}": {"reason": "r", "verdict": v} for i, v in enumerate(verdicts)})

    # always "yes": yes recall 4/4, no recall 0/1 -> (1 + 0) / 2
    assert agreement_score(answer(["yes"] * 5), truth)["score"] == pytest.approx(0.5)
    # finds the "no", misses one "yes": (3/4 + 1/1) / 2 = 0.875 > 0.5, though plain accuracy ties at 0.8
    good = agreement_score(answer(["no", "yes", "yes", "yes", "no"]), truth)
    assert good["score"] == pytest.approx(0.875)
    assert (good["tp"], good["fn"], good["fp"], good["tn"]) == (3, 1, 0, 1)
    # c0 c2 c4 are checks (c0 wrong), c1 c3 llm: 2/3 and 2/2
    assert (good["correct_check"], good["asked_check"], good["correct_llm"], good["asked_llm"]) == (2, 3, 2, 2)
    # all right: 1, plus the optional bonus
    perfect = answer(["yes"] * 4 + ["no"])
    assert agreement_score(perfect, truth)["score"] == 1.0
    assert agreement_score(perfect, truth, all_correct_bonus=0.5)["score"] == 1.5
    # all wrong scores 0, an unparseable or incomplete answer scores lower: -1, with the same keys
    worst = agreement_score(answer(["no"] * 4 + ["yes"]), truth)
    broken = agreement_score("I think they are all fine.", truth)
    missing = agreement_score(json.dumps({"c0": {"reason": "r", "verdict": "yes"}}), truth)
    assert worst["score"] == 0.0 and broken["score"] == missing["score"] == -1.0 and broken["parsed"] == 0.0
    assert set(broken) == set(worst) == set(good)
    with pytest.raises(ConfigError, match="format_penalty"):
        agreement_score(perfect, truth, format_penalty=0.0)
    with pytest.raises(RubricSchemaError, match="reward_model.ground_truth"):
        agreement_score(perfect, json.dumps({"criteria": []}))


def test_verl_loads_the_agreement_reward_from_the_recipe_and_scores_rl_rows():
    from hydra import compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra
    from omegaconf import OmegaConf
    from verl.trainer.ppo.reward import get_custom_reward_fn
    from verl.trainer.ppo.utils import need_critic, need_reference_policy
    from verl.utils.config import validate_config

    GlobalHydra.instance().clear()
    with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
        cfg = compose(config_name="rl/verifier_rl", overrides=[
            "actor_rollout_ref.model.path=/models/v", "data.train_files=/d/t.parquet", "data.val_files=/d/v.parquet"])
    GlobalHydra.instance().clear()
    validate_config(config=cfg, use_reference_policy=need_reference_policy(cfg), use_critic=need_critic(cfg))
    OmegaConf.resolve(cfg)
    # reward.* keys only: verl 0.9.1's main_ppo ignores the top-level custom_reward_function
    assert OmegaConf.select(cfg, "custom_reward_function.path") is None
    fn = get_custom_reward_fn(cfg)
    verifier = LLMVerifier(Capture())
    row = rl_rows(verifier, RECORDS, LABELS)[1]
    # the RL prompt is the SFT prompt: the same live request
    assert row["prompt"] == sft_rows(verifier, RECORDS, LABELS)[1]["messages"][:-1]
    truth = row["reward_model"]["ground_truth"]
    right = json.dumps({"count": {"reason": "one", "verdict": "no"}, "gift": {"reason": "g", "verdict": "yes"}})
    # verl's wrapper passes reward_kwargs and extra keys the entry point must ignore
    assert fn(row["data_source"], right, truth, row["extra_info"], reward_router_address=None)["score"] == 1.0
    assert fn(row["data_source"], "no json", truth, row["extra_info"])["score"] == -1.0


def test_sft_recipes_compose_with_a_sane_learning_rate():
    from rubric_plugin.sft.train import compose

    for name, strategy in [("verifier_sft", "fsdp2"), ("verifier_sft_megatron", None)]:
        cfg = compose(name, ["model.path=/models/base", "data.train_files=/d/sft.parquet"])
        assert 1e-6 <= cfg.optim.lr <= 5e-5 and "hf_model" in cfg.checkpoint.save_contents
        assert strategy is None or cfg.engine.strategy == strategy


@pytest.mark.parametrize("name", ["verifier_sft", "verifier_sft_megatron"])
def test_sft_recipe_without_model_or_data_is_refused_not_run_on_verls_example_paths(name, tmp_path):
    # verl's sft_trainer_engine names an example model and gsm8k parquet; the recipe's required
    # inputs must not inherit them when the configs merge, so the launcher can refuse the run
    from rubric_plugin.sft.train import check_inputs, compose

    cfg = compose(name)
    assert cfg.model.path is None and cfg.data.train_files is None
    with pytest.raises(ConfigError, match="model.path is not set"):
        check_inputs(cfg)
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ConfigError, match="data.train_files is not set"):
        check_inputs(compose(name, [f"model.path={tmp_path}"]))


def _model_dir(tmp_path, template_id):
    from rubric_plugin.verifier_training.template_meta import write_meta

    d = tmp_path / "verifier_hf"
    d.mkdir(exist_ok=True)
    (d / "config.json").write_text("{}")
    write_meta(d, template_id, stage="sft")
    return d


@pytest.mark.parametrize("preset", ["vllm_engine", "worker_group"])
def test_a_finetuned_checkpoint_plugs_into_the_presets_and_its_template_is_checked(tmp_path, preset, caplog):
    from rubric_plugin.cli.judge_config import rubric_config
    from rubric_plugin.config import build_verifier

    path_key = ("reward.rubric.verifier.backend.model" if preset == "vllm_engine"
                else "reward.rubric.worker_group.models.verifier.model_path")
    extra = [] if preset == "vllm_engine" else ["+worker_group@reward.rubric.worker_group=cpu"]
    live = LLMVerifier(Capture()).template_id

    def build(model_dir, *more):
        cfg, _ = rubric_config([f"+verifier@reward.rubric.verifier={preset}", *extra, f"{path_key}={model_dir}", *more])
        return build_verifier(cfg)

    # trained on this prompt: builds, and the path is the one the judge loads
    ok = _model_dir(tmp_path, live)
    v = build(ok)
    assert getattr(v.backend, "model_path", None) == str(ok) or preset == "worker_group"
    # trained on another prompt: refused by default, naming both templates and the way out
    _model_dir(tmp_path, "prefix_shared|all|0000000000000000")
    with pytest.raises(ConfigError, match="trained on prompt template 'prefix_shared\\|all\\|0+'.*template_mismatch=warn"):
        build(ok)
    with caplog.at_level(logging.WARNING):
        build(ok, "+reward.rubric.template_mismatch=warn")
    assert "trained on prompt template" in caplog.text


def test_cli_writes_sft_and_rl_data_and_stamps_a_model_dir(tmp_path, capsys):
    from rubric_plugin.convert import write_jsonl
    from rubric_plugin.sft.data import read_sft_parquet
    from rubric_plugin.verifier_training.template_meta import read_meta

    records, labels = tmp_path / "records.jsonl", tmp_path / "labels.jsonl"
    write_jsonl(RECORDS, records)
    write_labels(LABELS, labels)
    assert main(["verifier-data", str(labels), "--records", str(records), "--out", str(tmp_path / "sft.parquet"),
                 "--rl-out", str(tmp_path / "rl.parquet"), "--reason-max-chars", "120"]) == 0
    assert "5 labels over 2 records, 3 yes / 2 no" in capsys.readouterr().out
    rows = read_sft_parquet(tmp_path / "sft.parquet")
    assert len(rows) == 2 and rows[0]["template_id"] == LLMVerifier(Capture(), reason_max_chars=120).template_id
    model = tmp_path / "hf"
    model.mkdir()
    assert main(["verifier-meta", str(model), "--data", str(tmp_path / "rl.parquet"), "--stage", "rl"]) == 0
    assert read_meta(model)["template_id"] == rows[0]["template_id"] and read_meta(model)["stage"] == "rl"
    # labels naming a criterion the rubric does not have are refused before anything is written
    write_labels([Label("r0", "x", "tone", "yes", "human")], labels)
    assert main(["verifier-data", str(labels), "--records", str(records), "--out", str(tmp_path / "b.parquet")]) == 1
    assert "'tone'" in capsys.readouterr().err and not (tmp_path / "b.parquet").exists()
