"""Launch verl 0.9.1's SFT trainer on a recipe from ``conf/sft/``.

``python -m rubric_plugin.sft.train --config-name=generator_sft [hydra overrides]`` composes
``conf/sft/<name>.yaml`` (a delta over verl's ``sft_trainer_engine``), checks the training parquet
(:mod:`rubric_plugin.sft.data`) and the model path, then runs the trainer class of
``verl.trainer.sft_trainer_ray``: a Ray worker group of verl's ``TrainingWorker`` driven from this
process. Why not ``python -m verl.trainer.sft_trainer_ray`` itself: it calls ``ray.init()`` with no
arguments, and its resource pool asks for 10 CPUs and one accelerator per worker, which a CPU
machine does not have. Here ``ray.init`` takes the recipe's ``ray_kwargs.ray_init`` (empty on a GPU
cluster: Ray detects the resources; an existing cluster is joined through ``RAY_ADDRESS``).

On a machine without a GPU, the plugin's CPU platform (:mod:`rubric_plugin.cpu_platform`) runs
the same trainer: export :data:`CPU_ENV` and add :func:`cpu_overrides` (FSDP2 over gloo, fp32,
SDPA attention, a fake Ray "GPU"). Only the Ray path works there: verl's ``torchrun`` entry point
(:func:`command` with ``launcher="torchrun"``) initialises ``cpu:gloo,<device>:nccl`` process
groups itself and is for GPU clusters.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Sequence

from rubric_plugin.errors import ConfigError

CONFIG_MODULE = "rubric_plugin.conf"
#: The config group of the SFT recipes (``conf/sft/``).
GROUP = "sft"
#: Environment of a CPU-only run: verl selects the plugin's CPU platform and the FSDP engine class.
CPU_ENV = {
    "VERL_PLATFORM": "cpu",
    "VERL_ENGINE_DEVICE": "cuda",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "WANDB_MODE": "offline",
    "TOKENIZERS_PARALLELISM": "false",
}
#: Variables handed to every Ray worker when they are set in the launching process.
FORWARDED_ENV = (*CPU_ENV, "VERL_FILE_LOGGER_PATH", "VERL_FILE_LOGGER_ROOT", "WANDB_DIR", "HF_HOME")


def cpu_overrides(num_cpus: int = 16) -> list[str]:
    """Overrides that run a recipe on the plugin's CPU platform (with :data:`CPU_ENV` exported).

    ``num_cpus`` is Ray's logical CPU count: verl's resource pool reserves 10 per worker, more than
    a small machine has, so it is declared rather than detected. One fake "GPU" is the worker's slot.
    """
    return [
        "trainer.device=cpu",
        "trainer.n_gpus_per_node=1",
        "trainer.nnodes=1",
        # FSDP2 is the FSDP variant that runs without an accelerator; torch.compile is not needed
        "engine.strategy=fsdp2",
        "engine.use_torch_compile=False",
        "engine.model_dtype=fp32",
        "engine.dtype=float32",
        # FSDP computes in bf16 unless told otherwise: CPUs without native bf16 run it through a
        # scalar fallback, more than ten times slower than fp32
        "+engine.mixed_precision={param_dtype:fp32,reduce_dtype:fp32,buffer_dtype:fp32}",
        # flash-attention is GPU-only: padded batches with PyTorch's SDPA attention
        "model.use_remove_padding=False",
        "++model.override_config.attn_implementation=sdpa",
        f"ray_kwargs.ray_init.num_cpus={int(num_cpus)}",
        "ray_kwargs.ray_init.num_gpus=1",
    ]


def command(config_name: str, overrides: Sequence[str] = (), launcher: str = "ray",
            nproc_per_node: int = 1, python: str | None = None) -> list[str]:
    """The command line that trains ``conf/sft/<config_name>.yaml``.

    ``launcher="ray"``: this module (verl's Ray SFT trainer; any machine, the CPU platform included).
    ``launcher="torchrun"``: verl's SPMD entry point ``verl.trainer.sft_trainer`` under torchrun with
    ``nproc_per_node`` processes (GPU nodes; add ``--nnodes``/``--node_rank``/``--master_addr``
    yourself for several nodes).
    """
    py = python or sys.executable
    if launcher == "ray":
        return [py, "-m", "rubric_plugin.sft.train", f"--config-name={config_name}", *overrides]
    if launcher == "torchrun":
        return [py, "-m", "torch.distributed.run", f"--nproc_per_node={int(nproc_per_node)}",
                "-m", "verl.trainer.sft_trainer", f"--config-path=pkg://{CONFIG_MODULE}",
                f"--config-name={GROUP}/{config_name}", *overrides]
    raise ConfigError(f"launcher={launcher!r}: expected 'ray' or 'torchrun'")


def compose(config_name: str, overrides: Sequence[str] = ()) -> Any:
    """The composed recipe (``conf/sft/<config_name>.yaml`` plus ``overrides``)."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_module
    from hydra.core.global_hydra import GlobalHydra

    name = config_name if config_name.startswith(f"{GROUP}/") else f"{GROUP}/{config_name}"
    GlobalHydra.instance().clear()
    try:
        with initialize_config_module(config_module=CONFIG_MODULE, version_base=None):
            return hydra_compose(config_name=name, overrides=list(overrides))
    finally:
        GlobalHydra.instance().clear()


def _files(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if not isinstance(value, str) else [value]


def check_inputs(cfg: Any) -> None:
    """Fail before Ray starts: missing values, unreadable or invalid parquet rows, a missing model."""
    from omegaconf import OmegaConf

    from rubric_plugin.sft.data import read_sft_parquet

    for key in ("model.path", "data.train_files"):
        if OmegaConf.select(cfg, key, throw_on_missing=False) is None or OmegaConf.is_missing(cfg, key):
            raise ConfigError(f"{key} is not set: add {key}=... to the command line")
    for key in ("data.train_files", "data.val_files"):
        for f in _files(OmegaConf.select(cfg, key)):
            if "://" not in f:
                read_sft_parquet(f)
    model = str(cfg.model.path)
    local = model.startswith(("/", ".", "~"))
    if local and not (Path(os.path.expanduser(model)) / "config.json").is_file():
        raise ConfigError(f"model.path={model!r} has no config.json: point it at a Hugging Face model directory")


def _ray_env() -> dict[str, str]:
    return {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}


def run(cfg: Any) -> None:
    """Train: ``ray.init(**ray_kwargs.ray_init)`` unless Ray is already up, then verl's Ray SFT trainer."""
    from omegaconf import OmegaConf

    check_inputs(cfg)
    import ray

    started = False
    if not ray.is_initialized():
        kwargs = OmegaConf.to_container(OmegaConf.select(cfg, "ray_kwargs.ray_init") or {}, resolve=True)
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        runtime_env = dict(kwargs.pop("runtime_env", None) or {})
        runtime_env["env_vars"] = {**_ray_env(), **(runtime_env.get("env_vars") or {})}
        ray.init(runtime_env=runtime_env, **kwargs)
        started = True
    try:
        from verl.trainer.sft_trainer_ray import SFTTrainer

        SFTTrainer(config=cfg).fit()
    finally:
        if started:
            ray.shutdown()


def _parse(argv: Sequence[str]) -> tuple[str, list[str]]:
    name, rest, it = None, [], iter(argv)
    for arg in it:
        if arg.startswith("--config-name="):
            name = arg.split("=", 1)[1]
        elif arg in ("--config-name", "-cn"):
            name = next(it, None)
        else:
            rest.append(arg)
    if not name:
        raise SystemExit("usage: python -m rubric_plugin.sft.train --config-name=NAME [key=value ...]"
                         "  (NAME: a recipe in conf/sft/, e.g. generator_sft)")
    return name, rest


def main(argv: Sequence[str] | None = None) -> int:
    name, overrides = _parse(sys.argv[1:] if argv is None else argv)
    run(compose(name, overrides))
    return 0


if __name__ == "__main__":
    sys.exit(main())
