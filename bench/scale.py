"""Summarises bench/run --scale (bench/out): throughput, index size and search latency, as Markdown."""
import json, statistics, sys
from pathlib import Path

out, n, ms, rss = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
took, hits, errors = [], 0, 0
for line in (out / "scale-search.jsonl").read_text().split("\n"):
    if line.strip():
        r = json.loads(line)
        if "tookMs" in r:
            took.append(r["tookMs"]); hits += r.get("total", 0)
        else:
            errors += 1
took.sort()
p = lambda q: took[max(0, -(-int(q * len(took) * 1000) // 1000) - 1)] if took else float("nan")
index = sum(f.stat().st_size for f in (out / "scale-index").rglob("*") if f.is_file())
archive = sum(f.stat().st_size for f in (out / "synthetic").rglob("*") if f.is_file())
print("## Scale: synthetic archive, `-Xmx1g`\n")
print((out / "synthetic.txt").read_text().strip().replace("\n", "; ") + "\n")
print("| N messages | archive MB (gzip mbox) | index wall s | messages/s | peak RSS MB | index MB | index bytes/message | "
      "search p50 ms | search p95 ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print(f"| {n:,} | {archive / 1e6:.0f} | {ms / 1000:.0f} | {n / (ms / 1000):,.0f} | {rss} | {index / 1e6:.0f} | "
      f"{index / n:,.0f} | {p(.5):.0f} | {p(.95):.0f} |")
print(f"\nSearch: the 50 queries of bench/queries.txt in one process (`search --queries`, tookMs), {hits:,} hits in all, "
      f"{errors} errors. Target p95 < 100 ms: **{'met' if p(.95) < 100 else 'missed'}**.\n")
