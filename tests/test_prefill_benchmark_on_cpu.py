"""benchmarks/prefill_efficiency.py: its model of vLLM's prefix cache and its row selection.

The ``--accounting`` rows are predictions of what a vLLM judge computes; the server rows in
docs/verifier.md check them. These tests pin the cache model's rules (whole blocks, chained by
prefix, the last token always computed, as vLLM's ``KVCacheManager.get_computed_blocks`` does) and
``--rows``, which lets a slow server run measure only the rows it still lacks.
"""
import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(60)

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "prefill_efficiency.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("prefill_efficiency_under_test", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cache_model_reuses_only_whole_blocks_of_the_same_prefix(bench):
    cache = bench.PrefixCacheModel(block_size=4)
    first = list(range(10))                  # blocks [0-3] [4-7] cached; 8, 9 a partial block
    assert cache.prefill(first) == 10        # an empty cache computes everything
    # shares 9 tokens with `first`: 2 whole blocks reused, the 9th token is in a partial block
    assert cache.prefill(first[:9] + [99, 98, 97]) == 12 - 8
    # the same second block after a different first block is another prefix: nothing reused
    assert cache.prefill([50, 51, 52, 53] + first[4:8] + [7]) == 9


def test_cache_model_computes_the_last_token_of_a_prompt_cached_whole(bench):
    # vLLM caps a hit at len - 1 tokens (the last token is computed for the logits), and hits are
    # whole blocks: a repeated 8-token prompt reuses one block and computes the other 4 tokens
    cache = bench.PrefixCacheModel(block_size=4)
    prompt = list(range(8))
    assert cache.prefill(prompt) == 8
    assert cache.prefill(prompt) == 4
    # one token past a whole block: the two cached blocks are reused, the extra token computed
    assert cache.prefill(prompt + [8]) == 1


def test_rows_select_words_turns_and_start_by_pattern(bench):
    matrix = [(w, t, s) for w in (120, 300) for t in (1, 3) for s in ("cold", "warm")]
    every = bench.row_filter("*/*/*", [120, 300])
    assert all(every(*row) for row in matrix)
    # the rows a 120-word server run left unmeasured: one 120-word row and all four 300-word rows
    missing = bench.row_filter("120/3/warm, 300/*/*", [120, 300])
    assert [row for row in matrix if missing(*row)] == [
        (120, 3, "warm"), (300, 1, "cold"), (300, 1, "warm"), (300, 3, "cold"), (300, 3, "warm")]


@pytest.mark.parametrize("spec, message", [
    ("120/3", "expected WORDS/TURNS/START"),          # a part missing
    ("300/*/*", r"matches no row: words are \[120\]"),  # 300 is not in --response-words
    ("120/2/cold", "matches no row"),                 # turns are 1 and 3
    ("*/*/hot", r"start \['cold', 'warm'\]"),
    (" , ", "empty"),
])
def test_rows_that_select_nothing_are_an_error_naming_the_pattern(bench, spec, message):
    with pytest.raises(SystemExit, match=message):
        bench.row_filter(spec, [120])
