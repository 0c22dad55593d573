#!/usr/bin/env python3
"""Writes the scale-out test corpus as entente JSONL (one document per line) on stdout.

    make_corpus.py REPO SHARED [--copies N]

From the repository's example pages (examples/, with examples/meta.jsonl) and dev texts
(eval/dev/docs/, with the date and outlet their gold lines in eval/dev/gold/ give), and the
BSNLP raw documents under SHARED/data/bsnlp (their header lines give id, language, date and
URL), plus N syndicated copies of the first N of those documents (a wire credit line added,
another outlet, the next day), so that report chains are exercised too. The order is fixed
(sorted paths), so the corpus is the same on every machine.
"""
import argparse
import datetime
import json
import pathlib
import sys


def bsnlp_docs(root):
    for path in sorted(root.glob("*/raw/*/*")):
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        if len(lines) < 5:
            continue
        topic = path.parts[-4]
        doc_id, lang, date, url = (l.strip() for l in lines[:4])
        yield {"id": f"bsnlp-{topic}-{doc_id}", "lang": lang, "date": date[:10], "url": url,
               "source": url.split("/")[2] if url.count("/") >= 2 else "",
               "text": "\n".join(lines[4:]).strip() + "\n"}


def dev_meta(repo):
    meta = {}
    for gold in sorted((repo / "eval/dev/gold").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                if g.get("file"):
                    meta[pathlib.Path(g["file"]).name] = g
    return meta


def repo_docs(repo):
    meta = {}
    for line in (repo / "examples/meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            meta[m["id"]] = m
    for path in sorted((repo / "examples/pages").iterdir()):
        m = meta.get(path.stem, {})
        yield {"id": path.stem, "date": m.get("date", ""), "source": m.get("source", ""),
               "text": path.read_text(encoding="utf-8")}
    gold = dev_meta(repo)
    for path in sorted((repo / "eval/dev/docs").glob("*/*.txt")):
        g = gold.get(path.name, {})
        yield {"id": "dev-" + path.stem, "lang": path.parent.name,
               "date": g.get("pub_date_hint", "")[:10], "source": g.get("source_hint", ""),
               "text": path.read_text(encoding="utf-8")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", type=pathlib.Path)
    ap.add_argument("shared", type=pathlib.Path)
    ap.add_argument("--copies", type=int, default=2000)
    args = ap.parse_args()
    docs = list(repo_docs(args.repo)) + list(bsnlp_docs(args.shared / "data/bsnlp"))
    for d in docs[: args.copies]:
        copy = dict(d)
        copy["id"] = d["id"] + "-wire"
        copy["source"] = "wire.example"
        copy.pop("url", None)
        if len(d.get("date", "")) == 10:
            day = datetime.date.fromisoformat(d["date"]) + datetime.timedelta(days=1)
            copy["date"] = day.isoformat()
        copy["text"] = d["text"].rstrip("\n") + "\n\n(Distributed by wire.example)\n"
        docs.append(copy)
    out = sys.stdout
    for d in docs:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"make_corpus: {len(docs)} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
