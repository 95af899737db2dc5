"""Keyboard-wedge classifier benchmark: accuracy over the corpus and cost per key.

    python -m tests.bench.bench_wedge [--scans 600] [--typed 600] [--seed 4] [--rounds 7]

Accuracy: every sample of ``tests.bench.wedge_corpus`` (scanner bursts with jitter, some
typed through a Russian layout; human typing from "very fast" to ordinary) goes through a
fresh ``WedgeClassifier`` with the default settings. A false positive is typing taken as a
scan (or a scan yielding other text than the code); a false negative is a scan missed.
Target: 0 and 0.

Cost: time per key through ``WedgeClassifier.feed`` (and ``poll`` at the end of a sample),
median and p95 over rounds of the whole corpus, against a baseline measured in the same run:
a loop that only stores each key and compares its timestamp with the previous one (the least
any classifier must do per key). Exit status 1 only if accuracy misses its target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from drivers.scanner.wedge import KeyPress, WedgeClassifier, WedgeConfig
from tests.bench.wedge_corpus import Sample, corpus


def accuracy(samples: list[Sample]) -> tuple[int, int, list[str]]:
    false_pos = false_neg = 0
    notes: list[str] = []
    classifier = WedgeClassifier(WedgeConfig())
    for sample in samples:
        scans = []
        for key in sample.keys:
            result = classifier.feed(key)
            if result.scan is not None:
                scans.append(result.scan.text)
        result = classifier.poll(sample.keys[-1].at + 10)
        if result.scan is not None:
            scans.append(result.scan.text)
        if sample.is_scan and scans != [sample.code]:
            false_neg += 1
            notes.append(f"missed: {sample.label} -> {scans}")
        elif not sample.is_scan and scans:
            false_pos += 1
            notes.append(f"false scan: {sample.label} -> {scans}")
    return false_pos, false_neg, notes


def time_classifier(samples: list[Sample]) -> float:
    classifier = WedgeClassifier(WedgeConfig())
    start = time.perf_counter()
    for sample in samples:
        for key in sample.keys:
            classifier.feed(key)
        classifier.poll(sample.keys[-1].at + 10)
    return time.perf_counter() - start


def time_baseline(samples: list[Sample]) -> float:
    held: list[KeyPress] = []
    start = time.perf_counter()
    for sample in samples:
        last = 0.0
        for key in sample.keys:
            if key.at - last > 0.06:
                held.clear()
            held.append(key)
            last = key.at
        held.clear()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=600)
    parser.add_argument("--typed", type=int, default=600)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    samples = corpus(args.seed, args.scans, args.typed)
    keys = sum(len(s.keys) for s in samples)
    scans = sum(s.is_scan for s in samples)
    print(
        f"wedge corpus: {scans} scans, {len(samples) - scans} typed samples, {keys} keys "
        f"(seed {args.seed})"
    )
    false_pos, false_neg, notes = accuracy(samples)
    for note in notes[:20]:
        print("  " + note)
    print(f"  typing taken as a scan (false positives): {false_pos}   target 0")
    print(f"  scans missed (false negatives):           {false_neg}   target 0")
    ours = [time_classifier(samples) / keys for _ in range(args.rounds)]
    base = [time_baseline(samples) / keys for _ in range(args.rounds)]
    ours_med, base_med = statistics.median(ours), statistics.median(base)
    ours_p95 = statistics.quantiles(ours, n=20)[-1] if len(ours) > 1 else ours[0]
    base_p95 = statistics.quantiles(base, n=20)[-1] if len(base) > 1 else base[0]
    print(
        f"  classifier per key: median {ours_med * 1e6:.2f} µs  p95 {ours_p95 * 1e6:.2f} µs"
        f"  ({args.rounds} rounds)"
    )
    print(
        f"  baseline per key (store + compare): median {base_med * 1e6:.2f} µs"
        f"  p95 {base_p95 * 1e6:.2f} µs   ratio x{ours_med / base_med:.1f}"
    )
    return 0 if false_pos == 0 and false_neg == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
