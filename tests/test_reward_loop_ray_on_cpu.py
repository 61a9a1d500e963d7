"""verl's RewardLoopManager (real Ray actors, real Hydra config) scores a batch with the `rubric` manager."""
import math

import numpy as np
import pytest

from rubric_plugin.scoring import EXTRA_KEYS

pytestmark = [pytest.mark.ray, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def ray_cluster():
    import ray

    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_reward_loop_manager_scores_batch_with_identical_extra_keys(ray_cluster, examples, tiny_tokenizer, tiny_tokenizer_dir):
    from verl.experimental.reward_loop import RewardLoopManager

    from rubric_plugin.devtools.batch import build_batch
    from rubric_plugin.devtools.outage import TARGET as OUTAGE_TARGET
    from rubric_plugin.verl_config import compose_ppo_config, reward_loop_overrides

    pairs = [(r, resp) for r in examples for resp in r.metadata["demo_responses"]]
    batch = build_batch(pairs, tiny_tokenizer)
    # the rule-based test verifier with the simulated outage, named explicitly (there is no default judge)
    config = compose_ppo_config(reward_loop_overrides(str(tiny_tokenizer_dir), verifier=OUTAGE_TARGET, num_workers=2))
    out = RewardLoopManager(config).compute_rm_score(batch)

    # the same fixed keys for every sample, one column entry per sample
    assert tuple(out.meta_info["reward_extra_keys"]) == EXTRA_KEYS
    assert all(len(out.non_tensor_batch[k]) == len(pairs) for k in EXTRA_KEYS)
    # the examples are written so each record's first response meets its rubric and the second does
    # not; json-reminder's second response carries the verifier-outage marker -> unscorable (NaN)
    scores = out.batch["rm_scores"].sum(dim=-1).tolist()
    expected = [1, 0, 1, 0, 1, 0, 1, math.nan, 1, 0, 1, 0]
    assert [("nan" if math.isnan(s) else s) for s in scores] == [("nan" if math.isnan(e) else float(e)) for e in expected]
    # the reward sits on the last valid response token, as verl's assemble_rm_scores puts it
    last = batch.batch["attention_mask"][:, batch.batch["prompts"].shape[1]:].sum(-1) - 1
    nonzero = [int(np.flatnonzero(row.numpy())[-1]) for row in out.batch["rm_scores"] if row.abs().sum() > 0]
    assert nonzero == [int(last[i]) for i, s in enumerate(scores) if s != 0 and not math.isnan(s)]
    status = list(out.non_tensor_batch["rubric_verifier_status"])
    assert status.count("unscorable") == 1 and status[7] == "unscorable"
    assert list(out.non_tensor_batch["rubric_category"][::2]) == [r.category for r in examples]
