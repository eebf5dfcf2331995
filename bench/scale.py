"""Summarises bench/run --scale (bench/out): throughput, index size and search latency, as Markdown."""
import json, statistics, sys
from pathlib import Path

out, n, ms, rss, passes = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
# the 50 queries ran `passes` times in one process: the first pass in a cold JVM, the last warm
lines = [l for l in (out / "scale-search.jsonl").read_text().split("\n") if l.strip()]
per = len(lines) // passes
cold, took, hits, errors = [], [], 0, 0
for i, line in enumerate(lines):
    r = json.loads(line)
    if "tookMs" not in r:
        errors += 1
    elif i < per:
        cold.append(r["tookMs"])
    elif i >= len(lines) - per:
        took.append(r["tookMs"]); hits += r.get("total", 0)
took.sort(); cold.sort()
pq = lambda xs, q: xs[max(0, -(-int(q * len(xs) * 1000) // 1000) - 1)] if xs else float("nan")
p = lambda q: pq(took, q)
index = sum(f.stat().st_size for f in (out / "scale-index").rglob("*") if f.is_file())
archive = sum(f.stat().st_size for f in (out / "synthetic").rglob("*") if f.is_file())
print("## Scale: synthetic archive, `-Xmx1g`\n")
print((out / "synthetic.txt").read_text().strip().replace("\n", "; ") + "\n")
print("| N messages | archive MB (gzip mbox) | index wall s | messages/s | peak RSS MB | index MB | index bytes/message | "
      "search p50 ms | search p95 ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print(f"| {n:,} | {archive / 1e6:.0f} | {ms / 1000:.0f} | {n / (ms / 1000):,.0f} | {rss} | {index / 1e6:.0f} | "
      f"{index / n:,.0f} | {p(.5):.0f} | {p(.95):.0f} |")
print(f"\nSearch: the 50 queries of bench/queries.txt in one process (`search --queries`, tookMs, top 10 with snippets "
      f"and facets), last of {passes} passes (warm JVM; the first, cold pass: p50 {pq(cold, .5):.0f} ms, p95 {pq(cold, .95):.0f} ms), "
      f"{hits:,} hits in all, {errors} errors. Target p95 < 100 ms: **{'met' if p(.95) < 100 else 'missed'}**. "
      "Peak RSS counts the pages of the memory-mapped index files the process touched, not only its heap.\n")
