"""Review of issue 11 ("runs that survive real clusters"): the gaps the review found, each pinned.

* **Nobody else in.** vLLM's ``--api-key`` guards ``/v1`` (and a few other prefixes) only; the
  same server answers chat and completion requests on ``/invocations`` and tokenizes on
  ``/tokenize`` without a key. The worker group's servers therefore load the plugin's
  ``RequireRunKey`` middleware, which asks for the run's key on every route but the probes.
* **No hang.** When the reward-worker watchdog finds a failure, its default reaction ends the
  TaskRunner process with the worker's error on stderr (the console): a test runs that reaction
  in a real process.
"""
from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.timeout(60)

KEY = "k" * 43


# -- the run's key on every route ---------------------------------------------------------------------
def vllm_like_app(monkeypatch, key: str | None = KEY):
    """A FastAPI app with vLLM's open and guarded route shapes, the middleware registered as vLLM's
    ``--middleware`` registers a class (``app.add_middleware(cls)``), the key in ``VLLM_API_KEY``."""
    from fastapi import FastAPI

    if key is None:
        monkeypatch.delenv("VLLM_API_KEY", raising=False)
    else:
        monkeypatch.setenv("VLLM_API_KEY", key)
    app = FastAPI()
    for path in ("/health", "/metrics", "/invocations", "/tokenize", "/v1/chat/completions"):
        app.add_api_route(path, lambda: {"answered": True}, methods=["GET", "POST"])
    from rubric_plugin.worker_group.auth import RequireRunKey

    app.add_middleware(RequireRunKey)
    return app


async def status(app, method, path, key=None, scheme="Bearer"):
    import httpx

    headers = {"Authorization": f"{scheme} {key}"} if key is not None else {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://judge") as client:
        return (await client.request(method, path, headers=headers, json={})).status_code


@pytest.mark.parametrize("path", ["/invocations", "/tokenize", "/v1/chat/completions"])
async def test_every_inference_route_refuses_a_request_without_the_runs_key(monkeypatch, path):
    app = vllm_like_app(monkeypatch)
    assert await status(app, "POST", path) == 401
    assert await status(app, "POST", path, "not-" + KEY) == 401
    assert await status(app, "POST", path, KEY, scheme="Basic") == 401
    assert await status(app, "POST", path, KEY) == 200


async def test_the_probes_stay_open_and_a_cors_preflight_passes(monkeypatch):
    app = vllm_like_app(monkeypatch)
    assert await status(app, "GET", "/health") == 200
    assert await status(app, "GET", "/metrics") == 200
    assert await status(app, "OPTIONS", "/invocations") != 401


async def test_a_websocket_without_the_key_is_closed_before_it_is_accepted():
    from rubric_plugin.worker_group.auth import RequireRunKey

    reached, sent = [], []

    async def inner(scope, receive, send):
        reached.append(scope["path"])

    async def send(message):
        sent.append(message)

    guard = RequireRunKey(inner, key=KEY)
    await guard({"type": "websocket", "path": "/v1/realtime", "headers": []}, None, send)
    assert reached == [] and sent == [{"type": "websocket.close", "code": 1008}]
    await guard({"type": "websocket", "path": "/v1/realtime", "headers": [(b"authorization", f"Bearer {KEY}".encode())]},
                None, send)
    assert reached == ["/v1/realtime"]


def test_a_server_without_its_key_in_the_environment_refuses_to_start(monkeypatch):
    with pytest.raises(RuntimeError, match="VLLM_API_KEY"):
        vllm_like_app(monkeypatch, key=None).build_middleware_stack()


def test_a_server_with_a_key_loads_the_middleware_and_keeps_the_key_off_its_command_line(tmp_path):
    from rubric_plugin.worker_group.auth import IMPORT_PATH
    from rubric_plugin.worker_group.server import VLLMServer

    keyed = VLLMServer("/models/judge", port=1, log_path=tmp_path / "a.log", api_key=KEY)
    i = keyed.args.index("--middleware")
    assert keyed.args[i + 1] == IMPORT_PATH and keyed.env["VLLM_API_KEY"] == KEY
    assert not [a for a in keyed.args if KEY in a]
    assert "--middleware" not in VLLMServer("/models/judge", port=1, log_path=tmp_path / "b.log").args


# -- the watchdog's default reaction ------------------------------------------------------------------
def test_the_watchdogs_default_reaction_ends_the_process_with_the_workers_error_on_stderr():
    from rubric_plugin.watchdog import EXIT_CODE, RewardWatchdog, exit_process

    assert RewardWatchdog(None, []).on_failure is exit_process  # production reaction unless a test passes one
    script = textwrap.dedent("""
        import threading, time
        from rubric_plugin.watchdog import exit_process
        # the watchdog reacts from its own thread while the main thread waits (as verl's does)
        threading.Thread(target=exit_process, args=("RuntimeError: verifier crashed in worker 3",), daemon=True).start()
        time.sleep(30)
        print("main thread went on")
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=45)
    assert proc.returncode == EXIT_CODE, (proc.returncode, proc.stderr[-2000:])
    assert "rubric_sync: failing the job" in proc.stderr
    assert "RuntimeError: verifier crashed in worker 3" in proc.stderr
    assert "main thread went on" not in proc.stdout
