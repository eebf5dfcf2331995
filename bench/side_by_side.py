"""Summarises bench/run's side-by-side measurements (bench/out) as Markdown tables on stdout."""
import json, statistics, sys
from pathlib import Path

out, nmail, md_mb, nm_docs, ls_docs, reps, passes = (Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5],
                                                     int(sys.argv[6]), int(sys.argv[7]))

def pct(xs, q):
    xs = sorted(xs)
    return xs[max(0, min(len(xs) - 1, -(-int(q * len(xs) * 1000) // 1000) - 1))] if xs else float("nan")

print("## Side by side: notmuch, ripgrep and listscope on the same Maildir\n")
print(f"The same mail exported by `bin/listscope export --format maildir`: {nmail} messages, {md_mb} MB. "
      f"notmuch indexed {nm_docs} messages, listscope {ls_docs}. {reps} repetition(s) per measurement; medians, "
      "with min-max in brackets. Whole-process wall clock (JVM start included for listscope).\n")
runs = {}
for line in (out / "index-times.tsv").read_text().split("\n"):
    if line.strip():
        tool, ms, rss = line.split()
        runs.setdefault(tool, []).append((int(ms) / 1000, int(rss)))
print("| indexing | wall s | messages/s | peak RSS MB | index MB |\n|---|---:|---:|---:|---:|")
def size(p):
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) / 1e6 if p.exists() else float("nan")
sizes = {"notmuch": size(out / "nm-db"), "listscope": size(out / "ls-md-index"), "listscope-again": float("nan")}
labels = {"notmuch": "`notmuch new`", "listscope": "`listscope index` (parse, thread, annotate, index)",
          "listscope-again": "`listscope index` again, unchanged input"}
med = {}
for tool, xs in runs.items():
    s = [x[0] for x in xs]
    med[tool] = statistics.median(s)
    print(f"| {labels[tool]} | {med[tool]:.1f} [{min(s):.1f}-{max(s):.1f}] | {int(nmail) / med[tool]:,.0f} | "
          f"{max(x[1] for x in xs)} | {sizes[tool]:.0f} |")
ratio = med["notmuch"] / med["listscope"]
print(f"\nIndexing: listscope is **{ratio:.2f}x** as fast as `notmuch new` (target >= 8x: "
      f"**{'met' if ratio >= 8 else 'missed'}**).\n")

rows = [l.split("\t") for l in (out / "queries.tsv").read_text().split("\n") if l.strip()]
per = {}
for qid, nm, nc, rgt, rc, ls, lc, q in rows:
    d = per.setdefault(int(qid), {"q": q, "nm": [], "rg": [], "ls": [], "nc": nc, "rc": rc, "lc": lc})
    d["nm"].append(int(nm) / 1000); d["rg"].append(int(rgt) / 1000); d["ls"].append(int(ls) / 1000)
# each batch runs the 50 queries several times in one process: the first pass in a cold JVM, the last warm
cold, warm = {}, {}
for f in sorted(out.glob("ls-batch-*.jsonl")):
    lines = [l for l in f.read_text().split("\n") if l.strip()]
    for i, line in enumerate(lines):
        first, last = i < len(per), i >= len(lines) - len(per)
        if first or last:
            (cold if first else warm).setdefault(i % len(per) + 1, []).append(json.loads(line).get("tookMs", float("nan")))
medq = lambda key: [statistics.median(d[key]) for d in per.values()]
coldq = [statistics.median(v) for v in cold.values()]
inproc = [statistics.median(v) for v in (warm or cold).values()]
nmq, rgq, lsq = medq("nm"), medq("rg"), medq("ls")
print("| 50 queries (median per query over repetitions, then across queries) | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|")
for label, xs in [("notmuch: `notmuch count` + `notmuch search --limit=10` (2 processes)", nmq),
                  ("ripgrep over the Maildir: `rg -l -i` (chained per AND)", rgq),
                  ("listscope whole process: `listscope search Q --format json` (top 10, snippets, facets)", lsq),
                  ("listscope in one process, first pass (cold JVM): `search --queries`, tookMs (top 10, snippets, facets)", coldq),
                  (f"listscope in one process, last of {passes} passes (warm): `search --queries`, tookMs (top 10, snippets, facets)", inproc)]:
    print(f"| {label} | {pct(xs, .5):.1f} | {pct(xs, .95):.1f} | {max(xs):.1f} |")
p_in, p_ls = pct(inproc, .5), pct(lsq, .5)
for peer, xs, target in [("notmuch", nmq, 5), ("ripgrep", rgq, 50)]:
    r_in, r_ls = pct(xs, .5) / p_in, pct(xs, .5) / p_ls
    r_cold = pct(xs, .5) / pct(coldq, .5)
    print(f"\nMedian query vs {peer}: listscope in-process (warm) is **{r_in:.1f}x** as fast (cold JVM {r_cold:.1f}x), whole process **{r_ls:.2f}x** "
          f"(target >= {target}x: **{'met' if r_in >= target else 'missed'}** in-process, "
          f"**{'met' if r_ls >= target else 'missed'}** whole-process).")
print("\nNote: the tools answer slightly different questions (notmuch and ripgrep have no citations, claims or topics; "
      "those queries were translated to the words a researcher would type, see bench/peers.tsv), so the hit counts differ:\n")
print("| # | listscope query | listscope hits | notmuch count | ripgrep files |\n|---:|---|---:|---:|---:|")
for i, d in sorted(per.items()):
    print(f"| {i} | `{d['q']}` | {d['lc']} | {d['nc']} | {d['rc']} |")
print()
