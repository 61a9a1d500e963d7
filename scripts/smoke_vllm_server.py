"""Smoke test of the local vLLM server used by the verifier path, on CPU with a tiny random model.

Builds the tiny model, starts ``VLLMServer``, sends the same structured-output chat request twice
(JSON schema of two criteria with ``reason``/``verdict``), and prints startup time, latency, usage,
prefix-cache counters, peak RSS, and the processes left after ``kill()``.

Run: ``.venv/bin/python scripts/smoke_vllm_server.py [model_dir]`` (after ``source scripts/env.sh``).
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ITEM = {"type": "object", "additionalProperties": False, "required": ["reason", "verdict"],
        "properties": {"reason": {"type": "string", "maxLength": 24},
                       "verdict": {"type": "string", "enum": ["yes", "no"]}}}
SCHEMA = {"type": "object", "additionalProperties": False, "required": ["c1", "c2"],
          "properties": {"c1": ITEM, "c2": ITEM}}
MESSAGES = [
    {"role": "system", "content": "You grade a response against rubric criteria. " * 20},
    {"role": "user", "content": "c1: Does the response have a title?\nc2: Is it a poem?\n\nResponse: An autumn poem."},
]


def request_body(model: str) -> dict[str, Any]:
    """Chat-completion body constraining the answer to ``SCHEMA``."""
    return {
        "model": model, "messages": MESSAGES, "max_tokens": 200, "temperature": 0,
        "response_format": {"type": "json_schema",
                            "json_schema": {"name": "verdicts", "schema": SCHEMA, "strict": True}},
    }


def check_schema(content: str) -> dict[str, Any]:
    """Parse ``content`` and assert that it matches ``SCHEMA``."""
    data = json.loads(content)
    assert set(data) == {"c1", "c2"}, data
    for item in data.values():
        assert set(item) == {"reason", "verdict"}, item
        assert isinstance(item["reason"], str) and len(item["reason"]) <= 24, item
        assert item["verdict"] in ("yes", "no"), item
    return data


def peak_rss_mib(pids: list[int]) -> float:
    """Sum of per-process peak RSS (VmHWM) over ``pids``, in MiB; shared pages count once per process."""
    total_kib = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total_kib += int(line.split()[1])
        except OSError:
            continue
    return total_kib / 1024


def main() -> None:
    import httpx
    from transformers import AutoTokenizer

    from rubric_plugin.devtools.tiny import build_tiny_model
    from rubric_plugin.worker_group.server import VLLMServer

    model_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "rubric_plugin_tiny_model"
    build_tiny_model(model_dir)
    expected_prompt = AutoTokenizer.from_pretrained(model_dir).apply_chat_template(
        MESSAGES, add_generation_prompt=True, tokenize=True, return_dict=True)["input_ids"]
    server = VLLMServer(model_dir, served_model_name="tiny")
    print(f"log: {server.log_path}")
    server.start(timeout=300)
    try:
        print(f"startup: {server.startup_seconds:.1f}s  pid {server.pid}  group {server.group_pids()}")
        before = server.prefix_cache_counters()
        with httpx.Client(base_url=server.base_url, timeout=120) as client:
            for attempt in ("first", "repeat"):
                t0 = time.monotonic()
                response = client.post("/chat/completions", json=request_body("tiny"))
                latency = time.monotonic() - t0
                response.raise_for_status()
                body = response.json()
                choice = body["choices"][0]
                data = check_schema(choice["message"]["content"])
                usage = body["usage"]
                assert usage["prompt_tokens"] == len(expected_prompt), "server did not use the ChatML template"
                print(f"{attempt}: {latency:.2f}s finish={choice['finish_reason']} "
                      f"prompt={usage['prompt_tokens']} completion={usage['completion_tokens']} "
                      f"cached={(usage.get('prompt_tokens_details') or {}).get('cached_tokens')} -> {json.dumps(data)}")
        after = server.prefix_cache_counters()
        print("counters before:", before)
        print("counters after: ", after)
        assert after["hits"] > before["hits"], "prefix-cache hits did not increase"
        pids = server.group_pids()
        print(f"peak RSS (sum of VmHWM over {len(pids)} processes): {peak_rss_mib(pids):.0f} MiB")
    finally:
        server.kill()
    left = server.group_pids()
    print(f"processes left after kill(): {left}")
    assert not left, left
    print("OK")


if __name__ == "__main__":
    main()
