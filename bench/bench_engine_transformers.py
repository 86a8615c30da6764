"""TransformersEngine against bare ``model.generate`` on the same model, in the same run (CPU here).

    .venv/bin/python bench/bench_engine_transformers.py [--new-tokens 64] [--repeat 5]

For each prompt length, greedy and sampled: the minimum wall time of ``--repeat`` runs of bare
``generate`` on the main thread and of the same request streamed through the engine (its long-lived
worker thread, streamer, abort criterion, asyncio hand-off). Prints engine/bare ratios; the target is
<= 1.03 at every prompt length. Uses the tiny random Gemma 4 model (tests/tiny_gemma4.py); on a GPU,
``scripts/gpu_check.py`` measures a 31B-shaped model the same way (its functions are reused here).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "scripts"), str(REPO / "tests")]

from gpu_check import GREEDY, SAMPLED, bare, best, prompt_of, through_engine
from tiny_gemma4 import tiny_gemma4_dir

from agentkit.engines.transformers import TransformersEngine


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--prompt-lengths", type=int, nargs="+", default=[16, 128, 1024])
    args = parser.parse_args()
    engine = TransformersEngine(tiny_gemma4_dir(), device="cpu", dtype="float32")
    model = engine._model
    print(f"{'prompt':>6} {'sampling':>8} {'bare s':>8} {'engine s':>8} {'ratio':>6}")
    try:
        for length in args.prompt_lengths:
            ids = prompt_of(length)
            for name, sampling in (("greedy", GREEDY), ("sampled", SAMPLED)):
                bare(model, ids, 4, sampling, "cpu")
                through_engine(engine, ids, 4, sampling)
                # Interleaved, so load changes on a shared machine hit both sides alike.
                bare_runs, engine_runs = [], []
                for _ in range(args.repeat):
                    bare_runs.append(bare(model, ids, args.new_tokens, sampling, "cpu"))
                    engine_runs.append(through_engine(engine, ids, args.new_tokens, sampling))
                b, e = best(bare_runs)[0], best(engine_runs)[0]
                print(f"{length:>6} {name:>8} {b:>8.3f} {e:>8.3f} {e / b:>6.2f}")
    finally:
        engine.shutdown()


if __name__ == "__main__":
    main()
