"""An inline API key never reaches verl's printed config.

Policy (rubric_plugin.inline_keys, docs/worker_group.md "API keys"): verl's TaskRunner prints the
whole resolved config, and W&B receives it, before any plugin object is built. So a key named
``api_key`` set anywhere in the config stops the launch in the driver, before verl's ``main``
runs: exit code 2, an error naming the key's path (never its value) and ``api_key_env``.
"""
import os
import subprocess
import sys

import pytest

SECRET = "sk-do-not-print-4f9c2e"


@pytest.mark.timeout(60)
def test_every_set_api_key_is_found_by_path_and_unset_ones_are_not():
    from omegaconf import OmegaConf

    from rubric_plugin.inline_keys import find_inline_keys

    cfg = OmegaConf.create({
        "reward": {"rubric": {"verifier": {"backend": {"api_key": SECRET, "api_key_env": "JUDGE_KEY"}},
                              # an interpolation is a key too: verl's print resolves it
                              "reference": {"verifier": {"backend": {"api_key": "${oc.env:JUDGE_KEY}"}}},
                              # null, "" and ??? hold no key
                              "generator": {"backend": {"api_key": None}}, "other": {"api_key": ""},
                              "missing": {"api_key": "???"}}},
        "judges": [{"api_key": "k"}],
    })
    assert find_inline_keys(cfg) == ["reward.rubric.verifier.backend.api_key",
                                     "reward.rubric.reference.verifier.backend.api_key", "judges[0].api_key"]


@pytest.mark.timeout(300)
def test_verls_main_ppo_stops_before_printing_a_config_with_an_inline_key(tmp_path):
    # the shipped recipe as a user launches it; the key is on the command line, as a careless user would pass it
    cmd = [sys.executable, "-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf",
           "--config-name=tiny_cpu", f"reward.rubric.verifier.backend.api_key={SECRET}",
           f"hydra.run.dir={tmp_path}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=280, cwd=tmp_path,
                          env={**os.environ, "HYDRA_FULL_ERROR": "1"})
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out[-4000:]
    assert "reward.rubric.verifier.backend.api_key set inline" in proc.stderr
    assert "reward.rubric.verifier.backend.api_key_env=NAME" in proc.stderr
    # verl never ran: no Ray cluster, no config dump, and the key itself is nowhere in the output
    assert "ray init kwargs" not in out and "'actor_rollout_ref'" not in out
    assert SECRET not in out


@pytest.mark.timeout(300)
def test_every_recipe_with_a_verifier_brings_the_check():
    # every top-level recipe that composes a verifier (found by glob, so later recipes are covered)
    # registers the callback in hydra.callbacks, the node Hydra reads at run start
    from pathlib import Path

    from hydra import compose, initialize_config_module
    from omegaconf import OmegaConf

    import rubric_plugin.conf

    recipes = sorted(p.stem for p in Path(rubric_plugin.conf.__path__[0]).glob("*.yaml"))
    assert "tiny_cpu" in recipes
    with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
        for recipe in recipes:
            cfg = compose(config_name=recipe, return_hydra_config=True)
            if OmegaConf.select(cfg, "reward.rubric.verifier") is None:
                continue
            target = OmegaConf.select(cfg, "hydra.callbacks.rubric_refuse_inline_keys._target_")
            assert target == "rubric_plugin.inline_keys.RefuseInlineKeys", recipe
