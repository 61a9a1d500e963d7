"""What every launch leaves behind, however it starts: a clean W&B teardown, verl's file log, the run's provenance;
and what ``rubric-plugin train`` injects (only tiny_cpu's own model and data) and prints.

* W&B: the rubric trainers end the run's W&B service themselves (rubric_plugin.tracking); left to its exit
  hook, the service is gone by the time the hook runs (Ray stops the TaskRunner's process tree) and every
  finished run's train.log ended with a ``ConnectionResetError`` traceback;
* every recipe (found by glob) logs to verl's file logger, the input of ``rubric-plugin plot``;
* the provenance of a GPU recipe's composed config, as the trainer records it at init;
* ``train --recipe gpu_fsdp`` launches the user's model and data, never the tiny ones, and a missing or
  absent input is a clear error before anything starts; ``--verbose`` echoes the library's output.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RECIPES = sorted(p.stem for p in (ROOT / "conf").glob("*.yaml"))
JUDGE_KEY = "reward.rubric.worker_group.models.verifier.model_path"

pytestmark = pytest.mark.timeout(300)


def _compose(recipe: str, overrides: list[str]):
    from rubric_plugin.cli.train import compose

    return compose(recipe, overrides)


def _inputs(tmp_path: Path) -> list[str]:
    """A user's inputs that exist on this machine: a model folder, a judge folder, train / held-out files."""
    for name in ("policy", "judge"):
        (tmp_path / name).mkdir(exist_ok=True)
    (tmp_path / "train.parquet").write_bytes(b"train rows")
    (tmp_path / "val.parquet").write_bytes(b"held-out rows")
    return [f"actor_rollout_ref.model.path={tmp_path / 'policy'}", f"data.train_files={tmp_path / 'train.parquet'}",
            f"data.val_files={tmp_path / 'val.parquet'}", f"{JUDGE_KEY}={tmp_path / 'judge'}"]


# ---- W&B teardown ------------------------------------------------------------------------------

_CHILD = """
    import sys, time
    import psutil
    from verl.utils.tracking import Tracking
    from rubric_plugin.tracking import finish_tracking

    tracker = Tracking(project_name="p", experiment_name="e", default_backend=["wandb"], config={"trainer": {}})
    tracker.log({"x": 1.0}, step=1)
    if sys.argv[1] == "plugin":
        finish_tracking(tracker, exit_code=0)   # what the rubric trainers do at the end of fit
    else:
        tracker.finish(exit_code=0)             # verl's TaskRunner alone
    # what Ray does when the driver leaves: the actor's process tree (W&B's service) stops, and the actor's
    # exit hooks run a while later (a TaskRunner has many)
    children = psutil.Process().children(recursive=True)
    for child in children:
        child.kill()
    psutil.wait_procs(children, timeout=30)
    time.sleep(1)
"""


def test_the_trainers_end_wandbs_service_so_a_finished_run_exits_without_a_traceback(tmp_path):
    # both ends in parallel: the plugin's teardown, and verl's finish alone (which shows the hook's traceback,
    # so the plugin's clean exit is not an accident of the setup)
    procs = {}
    for how in ("plugin", "verl_only"):
        env = {**os.environ, "WANDB_MODE": "offline", "WANDB_DIR": str(tmp_path / how), "WANDB_SILENT": "true"}
        (tmp_path / how).mkdir()
        procs[how] = subprocess.Popen([sys.executable, "-c", textwrap.dedent(_CHILD), how], env=env, text=True,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = {how: (p.wait(timeout=240), p.stderr.read()) for how, p in procs.items()}
    code, err = out["plugin"]
    assert code == 0 and "Traceback" not in err and "ConnectionResetError" not in err, err[-3000:]
    # the run is complete on disk: one offline run with its records
    assert len(list((tmp_path / "plugin" / "wandb").glob("offline-run-*/run-*.wandb"))) == 1
    code, err = out["verl_only"]
    assert "Exception ignored in atexit callback" in err and "ConnectionResetError" in err, err[-3000:]


# ---- every recipe logs to verl's file logger ---------------------------------------------------

@pytest.mark.parametrize("recipe", RECIPES)
def test_every_recipe_logs_to_verls_file_logger_for_the_plot_command(recipe, tmp_path):
    cfg = _compose(recipe, _inputs(tmp_path))
    assert {"console", "wandb", "file"} <= set(cfg.trainer.logger), list(cfg.trainer.logger)


def test_a_recipes_run_sh_puts_the_file_log_and_the_checkpoints_in_its_run_dir():
    import shlex

    env = {k: v for k, v in os.environ.items() if k != "RUN_DIR"}
    env.update(PYTHON=sys.executable, POLICY="/m/p", JUDGE="/m/j", TRAIN="/d/t.parquet", VAL="/d/v.parquet",
               RUN_DIR="/runs/first")
    r = subprocess.run(["bash", str(ROOT / "recipes" / "gpu_fsdp" / "run.sh"), "--dry-run",
                        "trainer.default_local_dir=/ckpt"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    words = shlex.split(r.stdout.strip().splitlines()[-1])
    # verl's file logger reads VERL_FILE_LOGGER_PATH in the TaskRunner: set through Ray's runtime env
    assert "++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH=/runs/first/metrics.jsonl" in words
    # checkpoints (and provenance.json) in the run dir, unless the user says otherwise (last word wins)
    at = words.index("trainer.default_local_dir=/runs/first/checkpoints")
    assert words.index("trainer.default_local_dir=/ckpt") > at


def test_plot_reads_a_run_dir_written_by_run_sh(tmp_path):
    # run.sh's layout: RUN_DIR/metrics.jsonl (verl's file logger) -> RUN_DIR/learning_curve.png
    from rubric_plugin.cli.main import main

    (tmp_path / "metrics.jsonl").write_text("\n".join(
        json.dumps({"step": s, "data": {"critic/score/mean": s / 3, "rubric/pass_rate/all": s / 3}}) for s in range(1, 4)))
    assert main(["plot", str(tmp_path)]) == 0
    assert (tmp_path / "learning_curve.png").read_bytes()[:4] == b"\x89PNG"


# ---- provenance --------------------------------------------------------------------------------

def test_the_trainers_provenance_of_a_gpu_recipe_lands_beside_checkpoints_and_in_the_config(tmp_path):
    from omegaconf import OmegaConf

    import rubric_plugin
    from rubric_plugin.provenance import file_sha256, record_run

    ckpt = tmp_path / "ckpt"
    cfg = _compose("megatron_qwen3_8b", [*_inputs(tmp_path), f"trainer.default_local_dir={ckpt}"])
    OmegaConf.resolve(cfg)  # as verl's TaskRunner hands it to the trainer
    record = record_run(cfg)
    on_disk = json.loads((ckpt / "provenance.json").read_text())
    assert on_disk == json.loads(json.dumps(record))
    assert record["plugin_version"] == rubric_plugin.__version__
    judge = record["judges"]["verifier"]
    assert judge["model_path"] == str(tmp_path / "judge") and judge["model"] == cfg.reward.rubric.worker_group.models.verifier.served_model_name
    layout, mode, digest, block = judge["template_id"].split("|")
    assert (layout, mode) == (cfg.reward.rubric.verifier.layout, cfg.reward.rubric.verifier.mode) and len(digest) == 16
    assert block == "block=auto"  # read from the judge's server on the first call
    assert record["shaping"] == [node.name for node in cfg.reward.rubric.shaping]
    assert record["train_on"] == cfg.reward.rubric.train_on
    assert record["data_sha256"] == {str(tmp_path / f): file_sha256(tmp_path / f) for f in ("train.parquet", "val.parquet")}
    # in the config verl's Tracking gives W&B, with config-safe keys
    logged = OmegaConf.to_container(cfg.rubric_provenance)
    assert logged["judges"]["verifier"]["template_id"] == judge["template_id"]
    assert sorted(logged["data_sha256"].values()) == sorted(record["data_sha256"].values())


def test_a_record_passed_by_train_is_kept_and_the_file_still_written(tmp_path):
    from omegaconf import OmegaConf

    from rubric_plugin.provenance import as_overrides, provenance, record_run

    base = [*_inputs(tmp_path), f"trainer.default_local_dir={tmp_path / 'ckpt'}"]
    passed = as_overrides(provenance(_compose("gpu_fsdp", base)))
    cfg = _compose("gpu_fsdp", [*base, *passed])
    before = OmegaConf.to_container(cfg.rubric_provenance)
    record_run(cfg)
    assert OmegaConf.to_container(cfg.rubric_provenance) == before
    assert json.loads((tmp_path / "ckpt" / "provenance.json").read_text())["judges"]["verifier"]["model_path"] == \
        str(tmp_path / "judge")


# ---- rubric-plugin train -----------------------------------------------------------------------

def test_train_names_the_missing_inputs_of_a_user_recipe_and_builds_nothing(tmp_path, capsys):
    from rubric_plugin.cli.main import main

    work = tmp_path / "run"
    assert main(["train", "--recipe", "gpu_fsdp", "--workdir", str(work)]) == 2
    err = capsys.readouterr().err
    for key in ("actor_rollout_ref.model.path", "data.train_files", "data.val_files", JUDGE_KEY):
        assert key in err, err
    assert "--recipe gpu_fsdp" in err and "tiny_cpu" in err
    # nothing prepared, nothing launched
    assert not (work / "model").exists() and not (work / "data").exists() and not (work / "train.log").exists()


def test_train_refuses_local_inputs_that_do_not_exist(tmp_path, capsys):
    from rubric_plugin.cli.main import main

    inputs = _inputs(tmp_path)
    inputs[1] = f"data.train_files={tmp_path / 'nope.parquet'}"
    assert main(["train", "--recipe", "gpu_fsdp", "--workdir", str(tmp_path / "run"), *inputs]) == 2
    err = capsys.readouterr().err
    assert f"data.train_files={tmp_path / 'nope.parquet'}" in err and "does not exist" in err, err


def test_train_launches_a_user_recipe_with_the_users_inputs_and_no_tiny_ones(tmp_path, monkeypatch, capsys):
    from rubric_plugin.cli import train
    from rubric_plugin.cli.main import main

    launched = []
    real_popen = subprocess.Popen

    def record(cmd, **kwargs):  # the command main_ppo would get; a real child prints one verl step line
        launched.append(cmd)
        return real_popen([sys.executable, "-c", "print('step:1 - critic/score/mean:0.5 - timing_s/step:2.0')"],
                          **kwargs)

    monkeypatch.setattr(train.subprocess, "Popen", record)
    work, inputs = tmp_path / "run", _inputs(tmp_path)
    assert main(["train", "--recipe", "gpu_fsdp", "--workdir", str(work), *inputs]) == 0
    (cmd,) = launched
    assert "--config-name=gpu_fsdp" in cmd and set(inputs) <= set(cmd)
    # no tiny policy, judge or data: nothing built, no path into the workdir's model/data or the SmolLM2 cache
    tiny = (str(work / "model"), str(work / "data"), "tiny_gift", str(train.cache_dir()))
    assert not [w for w in cmd if any(t in w for t in tiny)], cmd
    assert not (work / "model").exists() and not (work / "data").exists()
    # what every launch gets: the file log and checkpoints in the workdir, provenance beside them
    assert f"++ray_kwargs.ray_init.runtime_env.env_vars.VERL_FILE_LOGGER_PATH={work / 'metrics.jsonl'}" in cmd
    assert json.loads((work / "checkpoints" / "provenance.json").read_text())["judges"]["verifier"]["model_path"] == \
        str(tmp_path / "judge")
    out = capsys.readouterr().out
    assert out.count("\n     1     0.500") == 1 and "exit code: 0" in out


@pytest.mark.parametrize("verbose", [True, False])
def test_verbose_echoes_the_librarys_output_and_the_default_shows_step_lines_only(tmp_path, verbose):
    from rubric_plugin.cli.train import relay

    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import logging, sys
        logging.basicConfig(level=logging.INFO, stream=sys.stdout)
        logging.getLogger("vllm").info("loading weights took 0.1 s")
        print("(TaskRunnerV1 pid=1) step:1 - critic/score/mean:0.25 - rubric/pass_rate/all:0.5", flush=True)
        print("Training Progress: 100%", file=sys.stderr)
    """)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    console, log = io.StringIO(), io.StringIO()
    lines, tail = relay(child.stdout, log, verbose, console=console)
    assert child.wait(timeout=60) == 0
    library = ("INFO:vllm:loading weights took 0.1 s", "Training Progress: 100%")
    assert all(x in log.getvalue() for x in library) and len(lines) == 1 and len(tail) == 3
    shown = console.getvalue()
    assert [ln.split() for ln in shown.splitlines() if ln.strip().startswith("1 ")] == [["1", "0.250", "0.500", "-", "-"]]
    assert all((x in shown) == verbose for x in library), shown


def test_the_startup_block_names_smollm2_only_for_the_judge_train_prepared():
    """tiny_cpu's startup block labels the judge SmolLM2 when it is the judge ``train`` prepared; a judge
    the user names by an override is shown by its own path, without the label."""
    from types import SimpleNamespace as NS

    from rubric_plugin.cli.train import _startup

    cfg = NS(actor_rollout_ref=NS(model=NS(path="p"), actor=NS(strategy="fsdp2"), rollout=NS(name="vllm", n=4)),
             data=NS(train_files="t", val_files="v"),
             trainer=NS(total_training_steps=2, test_freq=1, val_before_train=True))
    record = {"train_on": "all_or_nothing", "shaping": [],
              "judges": {"verifier": {"model_path": "/cache/smollm2", "template_id": "x"}}}
    prepared = _startup("tiny_cpu", cfg, {"judge": "/cache/smollm2"}, record)["judge"]
    assert prepared.startswith("SmolLM2-135M-Instruct") and "/cache/smollm2" in prepared
    record["judges"]["verifier"]["model_path"] = "/my/judge"
    own = _startup("tiny_cpu", cfg, {}, record)["judge"]
    assert "SmolLM2" not in own and own.startswith("/my/judge")
