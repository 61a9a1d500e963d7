"""Review 11 (cost and odd input), as specifications:

* the claim readers stay linear on long adversarial text: indented status lines, an indirect question
  repeated with no sentence end, a run of thousands of dashes (each cost seconds of CPU at 40 KB before);
* a response with lone surrogates (a decoded ``"\\ud800"`` escape) is shaped, not a crash, and its notes
  can be logged.
"""
from __future__ import annotations

import json
import math
import time

import pytest
from omegaconf import OmegaConf

from rubric_plugin.shaping import ResponseMeta, ShapeInput, build_shaping
from shaping_corpus import record_for
from shaping_corpus.measure import RIFL_CHAIN, rifl_detectors

PROMPT = "Write a short note about the project status."


def cpu_seconds(hook, text: str) -> float:
    x = ShapeInput(record_for(PROMPT), text, {}, ResponseMeta(len(text.split()), 4096, False), 1.0)
    t0 = time.process_time()
    hook(x)
    return time.process_time() - t0


@pytest.fixture(scope="module")
def self_assessment():
    (h,) = [h for h in rifl_detectors() if h.name == "self_assessment"]
    return h


@pytest.mark.timeout(120)
@pytest.mark.parametrize("unit", ["\n" + " " * 32 + ":", "ob alle Vorgaben erfüllt sind ", "-"],
                         ids=["indented_colons", "indirect_questions", "dashes"])
def test_claim_reading_stays_linear_on_40_kb_of_adversarial_text(self_assessment, unit):
    text = "Status report.\n" + unit * (40_000 // len(unit))
    assert cpu_seconds(self_assessment, text) < 3.0  # each took 7-11 s of CPU before


@pytest.mark.timeout(120)
def test_a_response_with_lone_surrogates_is_shaped_not_a_crash():
    chain = build_shaping(OmegaConf.to_container(OmegaConf.load(RIFL_CHAIN)))
    for response in ["\ud800 yes \udfff", "All good.\ud83d", "I followed all your instructions. \udc80" * 3]:
        shaped = chain.apply(record_for(PROMPT), response, {}, 1.0, ResponseMeta(5, 4096, False))
        assert math.isfinite(shaped.reward)
        json.dumps(shaped.info).encode("utf-8")
    # the claim is still read once the surrogate is replaced
    assert chain.apply(record_for(PROMPT), "I followed all your instructions. \udc80", {}, 1.0,
                       ResponseMeta(5, 4096, False)).info["shaping_self_assessment_fired"] == 1.0


@pytest.mark.timeout(120)
@pytest.mark.parametrize("response", ["\ud800 yes \udfff " * 40, "All good.\ud83d", "x\udc80" * 300 + "\n" * 30])
def test_every_detector_hook_called_on_its_own_reads_lone_surrogates(response):
    # a hook outside a chain (a user's own harness, a benchmark) gets the text uncleaned
    for hook in rifl_detectors():
        x = ShapeInput(record_for(PROMPT), response, {}, ResponseMeta(5, 4096, False), 1.0)
        assert math.isfinite(hook(x).reward), hook.name
    claim = ShapeInput(record_for(PROMPT), "I followed all your instructions. \udc80", {}, ResponseMeta(5, 4096, False), 1.0)
    assert {h.name: h(claim).fired for h in rifl_detectors()}["self_assessment"]
