"""Production defaults: no test seam is reachable by leaving a key unset.

Policy: ``reward.rubric.verifier`` has no default (unset is a ConfigError naming the key and the
presets); the rule-based verifier is a test verifier chosen by name; the simulated-outage marker is
unreachable from ``conf/``; a judge preset does not default to an endpoint on this machine.
"""
import re
from importlib import resources
from pathlib import Path

import pytest

from rubric_plugin.config import VERIFIER_PRESETS, RubricRewardConfig, build_verifier, from_verl_config
from rubric_plugin.devtools.outage import MARKER
from rubric_plugin.errors import ConfigError
from rubric_plugin.verl_config import compose_ppo_config

ROOT = Path(__file__).resolve().parents[1]
CONF = Path(str(resources.files("rubric_plugin") / "conf"))
#: what a preset needs beyond its own file (its ??? values) before it can be built
def compose(*overrides):
    return compose_ppo_config(["hydra.searchpath=[pkg://rubric_plugin.conf]", "algorithm.adv_estimator=rubric_grpo",
                               *overrides])


def test_an_unset_verifier_is_an_error_naming_the_key_and_every_preset():
    cfg = RubricRewardConfig()
    assert cfg.verifier is None
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier is not set and has no default") as e:
        build_verifier(cfg)
    assert all(f"{name}:" in str(e.value) for name in VERIFIER_PRESETS)
    assert "TEST verifier" in str(e.value)


def test_the_listed_presets_are_the_files_of_conf_verifier():
    assert set(VERIFIER_PRESETS) == {p.stem for p in (CONF / "verifier").glob("*.yaml")}


@pytest.mark.parametrize("name, cls", [("none", "NoVerifier"), ("rules", "RuleVerifier")])
def test_presets_without_settings_can_be_named_as_a_plain_string(name, cls):
    assert type(build_verifier(RubricRewardConfig.from_mapping({"verifier": name}))).__name__ == cls


def test_a_preset_that_needs_settings_cannot_be_named_as_a_string():
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier='vllm_server'.*\+verifier@reward\.rubric\.verifier"):
        RubricRewardConfig.from_mapping({"verifier": "vllm_server"})


def test_a_judge_preset_does_not_default_to_an_endpoint_on_this_machine():
    cfg = compose("+verifier@reward.rubric.verifier=vllm_server")
    with pytest.raises(ConfigError, match=r"\['reward\.rubric\.verifier\.backend\.base_url'\] not set"):
        from_verl_config(cfg)


def test_no_file_under_conf_can_select_the_simulated_outage():
    # the marker and the class that honours it live in devtools; no recipe or preset names either (and every
    # preset instantiates to a class under rubric_plugin.verifier: tests/test_verifier_presets_on_cpu.py)
    for path in CONF.rglob("*.yaml"):
        text = path.read_text()
        assert "devtools" not in text and MARKER not in text, path


async def test_the_rules_preset_judges_a_response_with_the_marker_and_names_itself_a_test_verifier():
    from conftest import make_record
    from rubric_plugin.scoring import score_response

    cfg = from_verl_config(compose("+verifier@reward.rubric.verifier=rules"))
    record = make_record([{"id": "rain", "question": "Is the response a haiku about rain?"}])
    result = await score_response(record, f"I refuse. {MARKER}", build_verifier(cfg), cfg)
    # judged (yes: the test verifier's unquoted rule), not an outage; named as a test verifier
    assert result.status == "ok" and result.verifier == "rules-test-verifier"
    with pytest.raises(ConfigError, match="error_marker"):
        build_verifier(from_verl_config(compose("+verifier@reward.rubric.verifier=rules",
                                                "+reward.rubric.verifier.error_marker=x")))


def readme_main_ppo_overrides() -> list[str]:
    """The Hydra overrides of the README's ``main_ppo`` example, in order."""
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```bash\npython -m verl\.trainer\.main_ppo \\\n(.*?)```", text, re.S).group(1)
    args = " ".join(line.strip().rstrip("\\") for line in block.splitlines() if line.strip() != "...")
    return [a.strip("'") for a in args.split()]


def test_the_readme_main_ppo_example_uses_rubric_sync_and_a_real_judge():
    from rubric_plugin.preflight import build_judge

    overrides = readme_main_ppo_overrides()
    assert "trainer.v1.trainer_mode=rubric_sync" in overrides
    cfg = compose_ppo_config(overrides)
    assert type(build_judge(cfg, from_verl_config(cfg))).__name__ == "LLMVerifier"


def test_the_readme_main_ppo_example_refuses_to_start_without_a_verifier():
    from rubric_plugin.preflight import build_judge

    overrides = [o for o in readme_main_ppo_overrides() if "verifier" not in o]
    cfg = compose_ppo_config(overrides)
    with pytest.raises(ConfigError, match=r"reward\.rubric\.verifier is not set"):
        build_judge(cfg, from_verl_config(cfg))


def test_docs_defaults_lists_every_reward_rubric_key_and_every_verifier_preset():
    from dataclasses import fields

    doc = (ROOT / "docs" / "defaults.md").read_text()
    for name in [f"reward.rubric.{f.name}" for f in fields(RubricRewardConfig)] + [f"`{p}`" for p in VERIFIER_PRESETS]:
        assert name in doc, name
