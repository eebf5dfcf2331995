"""Top costs of a JFR recording: reads `jfr print --events jdk.ExecutionSample` output, prints Markdown."""
import collections, re, sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
samples = text.split("jdk.ExecutionSample {")[1:]
top, incl = collections.Counter(), collections.Counter()
frame = re.compile(r"^\s+([\w$.<>]+)\(.*line:", re.M)
for s in samples:
    frames = frame.findall(s)
    if not frames:
        continue
    top[frames[0]] += 1
    seen = set()
    for f in frames:
        pkg = f if f.startswith("org.listscope") else None
        if pkg and pkg not in seen:
            seen.add(pkg); incl[pkg] += 1
n = max(1, len(samples))
print("## Where indexing time goes (JFR)\n")
print(f"`bin/listscope index` of the same inputs under `-XX:StartFlightRecording=settings=profile`; {len(samples)} "
      "execution samples (20 frames per stack). Self time: the method on top of the stack.\n")
print("| self time (top of stack) | samples | share |\n|---|---:|---:|")
for f, c in top.most_common(12):
    print(f"| `{f}` | {c} | {100 * c / n:.1f}% |")
print("\n| listscope method on the printed stack (inclusive, within 20 frames) | samples | share |\n|---|---:|---:|")
for f, c in incl.most_common(12):
    print(f"| `{f}` | {c} | {100 * c / n:.1f}% |")
print()
