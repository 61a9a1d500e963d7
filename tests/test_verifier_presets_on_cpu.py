"""Verifier presets are Hydra config groups that compose into verl's ppo_trainer and instantiate."""
import pytest

from rubric_plugin.config import build_verifier, from_verl_config
from rubric_plugin.errors import ConfigError
from rubric_plugin.verl_config import compose_ppo_config

SEARCH = "hydra.searchpath=[pkg://rubric_plugin.conf]"


def compose(*overrides):
    return compose_ppo_config([SEARCH, "algorithm.adv_estimator=rubric_grpo", *overrides])


#: what a preset needs beyond its own file (??? values) before it can be built
REQUIRED = {"vllm_server": ["reward.rubric.verifier.backend.base_url=http://judge-0:8000/v1"],
            "vllm_engine": ["reward.rubric.verifier.backend.model=/models/judge"]}


@pytest.mark.parametrize("preset, verifier_cls, backend_cls", [
    ("rules", "RuleVerifier", None),
    ("none", "NoVerifier", None),
    ("vllm_server", "LLMVerifier", "OpenAIChatBackend"),
    ("openai", "LLMVerifier", "OpenAIChatBackend"),
    ("vllm_engine", "LLMVerifier", "VLLMEngineBackend"),
])
def test_each_preset_composes_into_ppo_trainer_and_instantiates_without_a_server(preset, verifier_cls, backend_cls):
    cfg = compose(f"+verifier@reward.rubric.verifier={preset}", *REQUIRED.get(preset, []))
    verifier = build_verifier(from_verl_config(cfg))
    assert type(verifier).__name__ == verifier_cls
    if backend_cls:
        assert type(verifier.backend).__name__ == backend_cls


def test_replica_list_and_settings_are_plain_overrides():
    cfg = compose("+verifier@reward.rubric.verifier=vllm_server",
                  "reward.rubric.verifier.backend.base_url=[http://judge-0:8000/v1,http://judge-1:8000/v1]",
                  "reward.rubric.verifier.mode=per_criterion", "reward.rubric.verifier.retry.max_retries=7")
    v = build_verifier(from_verl_config(cfg))
    assert v.backend.urls == ["http://judge-0:8000/v1", "http://judge-1:8000/v1"]
    assert v.mode == "per_criterion" and v.retry.max_retries == 7


def test_engine_backend_swaps_in_under_any_preset():
    cfg = compose("+verifier@reward.rubric.verifier=vllm_server",
                  "verifier/backend@reward.rubric.verifier.backend=engine",
                  "reward.rubric.verifier.backend.model=/models/judge")
    assert type(build_verifier(from_verl_config(cfg)).backend).__name__ == "VLLMEngineBackend"


def test_reward_router_preset_names_the_reward_model_and_waits_for_its_address():
    cfg = compose("+verifier@reward.rubric.verifier=reward_router", "reward.reward_model.model_path=/models/genrm")
    v = build_verifier(from_verl_config(cfg))
    assert v.backend.model == "/models/genrm" and v.backend.urls == ["router"]
    v.bind_router("10.1.2.3:8100")
    assert v.backend.urls == ["http://10.1.2.3:8100/v1"]


def test_a_typo_in_a_verifier_setting_is_named():
    from hydra.errors import HydraException

    cfg = compose("+verifier@reward.rubric.verifier=vllm_server", *REQUIRED["vllm_server"],
                  "+reward.rubric.verifier.reason_max_char=10")
    with pytest.raises(ConfigError, match="reason_max_char"):
        build_verifier(from_verl_config(cfg))
    with pytest.raises(HydraException):
        compose("+verifier@reward.rubric.verifier=no_such_preset")
