"""Several ``rubric-plugin calibrate`` runs in ONE process, each judge on an engine in that process.

``python tests/calibrate_in_one_process.py RUNS_JSON TIMES_JSON``, in the directory the runs' paths
are relative to. ``RUNS_JSON`` maps a name to the argument list of one ``rubric-plugin calibrate``
run (the CLI's own ``main``, as the console script calls it); they run in order, and the wall time
of each is written to ``TIMES_JSON``. The first failing run stops the rest with its exit status.

vLLM's engine core and its worker run in this process (``VLLM_ENABLE_V1_MULTIPROCESSING=0``): the
interpreter start and the torch/vLLM imports are paid once for all runs, not by two spawned
processes per engine. Such an engine leaves state in the process that ran it (a torch.distributed
group, vLLM's cached environment), which is why this is a process of its own and not the test's.
"""
from __future__ import annotations

import json
import os
import sys
import time


def main(runs_json: str, times_json: str) -> int:
    os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] = "0"
    from rubric_plugin.cli.main import main as cli

    with open(runs_json) as f:
        runs: dict[str, list[str]] = json.load(f)
    times: dict[str, float] = {}
    for name, args in runs.items():
        t0 = time.monotonic()
        rc = cli(["calibrate", *args])
        times[name] = time.monotonic() - t0
        print(f"calibrate {name}: exit {rc}, {times[name]:.1f} s", flush=True)
        with open(times_json, "w") as f:
            json.dump(times, f, indent=2)
        if rc != 0:
            return rc
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
