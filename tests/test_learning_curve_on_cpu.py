"""Validation semantics of the rubric manager, the train console's step lines and the learning-curve plot."""
import json

import pytest

pytestmark = pytest.mark.timeout(120)


def test_an_unscorable_validation_sample_counts_as_not_passed_and_leaves_no_nan():
    from rubric_plugin.manager import for_validation

    # unscorable: reward NaN -> 0, acc 0, NaN extras -> None (verl skips None), scorable stays 0
    reward, info = for_validation(float("nan"), {"rubric_scorable": 0.0, "rubric_all_or_nothing": float("nan")})
    assert reward == 0.0 and info["acc"] == 0.0 and info["rubric_all_or_nothing"] is None
    # scored and passed: acc 1; scored and failed: acc 0; no key named reward
    assert for_validation(1.0, {"rubric_scorable": 1.0, "rubric_all_or_nothing": 1.0})[1]["acc"] == 1.0
    _, failed = for_validation(0.0, {"rubric_scorable": 1.0, "rubric_all_or_nothing": 0.0})
    assert failed["acc"] == 0.0 and "reward" not in failed


def test_the_step_line_shows_reward_pass_rate_mean_heldout_and_seconds_per_step():
    from rubric_plugin.cli.console import heldout_pass_rate, parse_step_line, step_line

    line = ("step:20 - critic/score/mean:0.875 - rubric/pass_rate/all:0.9 - timing_s/step:3.5 - "
            "val-core/tiny_gift/complex/acc/mean@4:1.0 - val-core/tiny_gift/carried_context/acc/mean@4:0.5")
    step, metrics = parse_step_line(line)
    assert step == 20 and heldout_pass_rate(metrics) == 0.75  # (1.0 + 0.5) / 2 categories
    assert step_line(step, metrics).split() == ["20", "0.875", "0.900", "0.750", "3.500"]
    # numpy >= 2 scalars, as verl's console logger prints validation metrics
    _, wrapped = parse_step_line("step:0 - val-core/tiny_gift/complex/acc/mean@4:np.float64(0.125) - "
                                 "val-aux/tiny_gift/complex/reward/mean@4:np.float64(0.0)")
    assert wrapped == {"val-core/tiny_gift/complex/acc/mean@4": 0.125}  # val-aux is not a summary prefix


def test_plot_writes_a_png_from_a_verl_file_log(tmp_path):
    from rubric_plugin.plot import plot_run

    log = tmp_path / "metrics.jsonl"
    log.write_text("\n".join(json.dumps({"step": s, "data": {"critic/score/mean": s / 4,
                                                               "val-core/x/complex/acc/mean@4": s / 4}})
                             for s in range(3)))
    png = plot_run(tmp_path)
    assert png == tmp_path / "learning_curve.png" and png.read_bytes()[:4] == b"\x89PNG"
    log.write_text("not json\n")
    with pytest.raises(ValueError, match="metrics.jsonl:1"):
        plot_run(tmp_path)
