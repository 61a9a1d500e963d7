"""The ``rubric_sync`` trainer's preflight: the judge is built and every data row scanned before any actor starts.

Policy: under ``verifier: none`` (check-only data) a row with an ``llm`` criterion is rejected by the
startup data scan, naming the file, the row, the criterion ids and the fix; an invalid rubric row is
rejected under any verifier; and a ``compute_score`` entry point's ``reward_kwargs`` are held to the
same rules as ``reward.rubric`` (a verifier, failure policy ``raise``).
"""
import pytest

from conftest import make_record
from rubric_plugin.config import from_verl_config
from rubric_plugin.convert.verl_rows import write_parquet
from rubric_plugin.errors import ConfigError, RubricSchemaError
from rubric_plugin.preflight import MAX_PROBLEMS, preflight, scan_data
from rubric_plugin.verl_config import compose_ppo_config

CHECKS_ONLY = make_record([{"id": "short", "question": "At most 5 words?", "kind": "check", "check": "word_count",
                            "args": {"n": 5, "relation": "at most"}}], rid="checks-only")
WITH_LLM = make_record([{"id": "short", "question": "At most 5 words?", "kind": "check", "check": "word_count",
                         "args": {"n": 5, "relation": "at most"}},
                        {"id": "haiku", "question": "Is the response a haiku about rain?"}], rid="haiku")


def compose(*overrides):
    return compose_ppo_config(["hydra.searchpath=[pkg://rubric_plugin.conf]", "algorithm.adv_estimator=rubric_grpo",
                               "trainer.v1.trainer_mode=rubric_sync", *overrides])


@pytest.fixture
def mixed_parquet(tmp_path):
    path = tmp_path / "train.parquet"
    write_parquet([CHECKS_ONLY, WITH_LLM, CHECKS_ONLY], path)
    return str(path)


def test_scan_under_none_rejects_each_llm_row_with_file_row_ids_and_fix(mixed_parquet):
    with pytest.raises(RubricSchemaError) as e:
        scan_data([mixed_parquet], verifier_none=True)
    [problem] = e.value.problems
    assert problem.row == f"{mixed_parquet} row 1" and problem.value == {"llm": ["haiku"]}
    assert "verifier is none" in problem.problem and "+verifier@reward.rubric.verifier=vllm_server" in problem.fix


def test_scan_with_a_judge_accepts_llm_rows_and_counts_every_row(mixed_parquet):
    assert scan_data([mixed_parquet, mixed_parquet], verifier_none=False) == 6


def test_scan_names_an_invalid_ground_truth_row_and_lists_at_most_the_first_problems(tmp_path):
    import pandas as pd

    path = tmp_path / "bad.parquet"
    rows = [{"reward_model": {"style": "rubric", "ground_truth": "{not json"}} for _ in range(MAX_PROBLEMS + 5)]
    pd.DataFrame(rows).to_parquet(path, index=False)
    with pytest.raises(RubricSchemaError) as e:
        scan_data([str(path)], verifier_none=False)
    problems = e.value.problems
    # 20 listed, then one line counting the 5 not listed
    assert len(problems) == MAX_PROBLEMS + 1 and problems[-1].value == 5
    assert problems[0].row == f"{path} row 0" and "is not JSON" in problems[0].problem


def test_the_rubric_sync_trainer_rejects_llm_rows_under_none_before_verl_starts(mixed_parquet):
    from rubric_plugin.trainer import RubricTrainer

    cfg = compose("reward.reward_manager.name=rubric", "+verifier@reward.rubric.verifier=none",
                  f"data.train_files={mixed_parquet}", f"data.val_files={mixed_parquet}")
    with pytest.raises(RubricSchemaError, match=r"row 1: field 'criteria\[\]\.kind' = \{'llm': \['haiku'\]\}"):
        RubricTrainer(cfg)


def test_the_rubric_sync_trainer_refuses_an_unset_verifier(mixed_parquet):
    from rubric_plugin.trainer import RubricTrainer

    cfg = compose("reward.reward_manager.name=rubric", f"data.train_files={mixed_parquet}",
                  f"data.val_files={mixed_parquet}")
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier is not set"):
        RubricTrainer(cfg)


def test_reward_fn_kwargs_are_checked_when_verls_manager_calls_the_plugin(mixed_parquet):
    base = ["reward.reward_manager.name=naive", "reward.custom_reward_function.path=pkg://rubric_plugin.reward_fn",
            f"data.train_files={mixed_parquet}", f"data.val_files={mixed_parquet}"]
    with pytest.raises(ConfigError, match=r"reward_kwargs\.verifier is not set"):
        preflight(*(lambda c: (c, from_verl_config(c)))(compose(*base)))
    cfg = compose(*base, "+reward.custom_reward_function.reward_kwargs.verifier=none")
    with pytest.raises(RubricSchemaError, match="haiku"):
        preflight(cfg, from_verl_config(cfg))
    cfg = compose(*base, "+reward.custom_reward_function.reward_kwargs.verifier=rules",
                  "+reward.custom_reward_function.reward_kwargs.on_failure=unscorable")
    with pytest.raises(ConfigError, match="on_failure='unscorable'"):
        preflight(cfg, from_verl_config(cfg))


def test_a_reward_that_is_not_the_plugins_is_left_alone(mixed_parquet):
    cfg = compose("reward.reward_manager.name=naive", f"data.train_files={mixed_parquet}")
    preflight(cfg, from_verl_config(cfg))  # no verifier needed, no scan
