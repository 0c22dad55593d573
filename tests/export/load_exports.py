#!/usr/bin/env python3
"""Loads entente's exports the way their consumers do, and checks what they find.

The bundled seeds (examples/pages) are ingested into a fresh store, exported as GDELT 2.0 events
and mentions, GraphML and GEXF; then:
  - the event TSV goes into an SQLite table with GDELT's 61-column schema (codebook names,
    INTEGER/REAL/TEXT types): one row per real-world event, SQLDATE an 8-digit date, GoldsteinScale
    in [-10, 10], QuadClass 1-4, ids unique and positive;
  - the mention TSV goes into a 16-column table that joins the events on GLOBALEVENTID;
  - networkx reads the GraphML and the GEXF: Russia (RUS) is linked to CHN, IRN, PRK and VNM,
    and every edge carries its counts, alliance index and PLOVER type counts;
  - a missing store and an unwritable output exit 2 with a message.
Environment: ENTENTE_BIN (the entente binary), ENTENTE_SOURCE_DIR (the repository),
ENTENTE_OUT (a scratch folder, emptied), ENTENTE_DATA (the data pack). Prints each check; exits 1
at the first failure. Nothing is skipped: without networkx the test fails.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("FAIL: networkx is missing: apt-get install python3-networkx (or pip install networkx)")
    sys.exit(1)

# GDELT 2.0 Event Codebook: names and types, in file order.
ACTOR = [("Code", "TEXT"), ("Name", "TEXT"), ("CountryCode", "TEXT"), ("KnownGroupCode", "TEXT"),
         ("EthnicCode", "TEXT"), ("Religion1Code", "TEXT"), ("Religion2Code", "TEXT"),
         ("Type1Code", "TEXT"), ("Type2Code", "TEXT"), ("Type3Code", "TEXT")]
GEO = [("Type", "INTEGER"), ("FullName", "TEXT"), ("CountryCode", "TEXT"), ("ADM1Code", "TEXT"),
       ("ADM2Code", "TEXT"), ("Lat", "REAL"), ("Long", "REAL"), ("FeatureID", "TEXT")]
EVENT_COLUMNS = (
    [("GLOBALEVENTID", "INTEGER"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"),
     ("Year", "INTEGER"), ("FractionDate", "REAL")]
    + [("Actor1" + n, t) for n, t in ACTOR] + [("Actor2" + n, t) for n, t in ACTOR]
    + [("IsRootEvent", "INTEGER"), ("EventCode", "TEXT"), ("EventBaseCode", "TEXT"),
       ("EventRootCode", "TEXT"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "REAL"),
       ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"),
       ("AvgTone", "REAL")]
    + [("Actor1Geo_" + n, t) for n, t in GEO] + [("Actor2Geo_" + n, t) for n, t in GEO]
    + [("ActionGeo_" + n, t) for n, t in GEO]
    + [("DATEADDED", "INTEGER"), ("SOURCEURL", "TEXT")])
MENTION_COLUMNS = [
    ("GLOBALEVENTID", "INTEGER"), ("EventTimeDate", "INTEGER"), ("MentionTimeDate", "INTEGER"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "TEXT"), ("MentionIdentifier", "TEXT"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "REAL"),
    ("MentionDocTranslationInfo", "TEXT"), ("Extras", "TEXT")]
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
EDGE_COUNTS = ["events", "cooperation", "conflict", "documents", "sources"]
RUSSIA_PARTNERS = ["CHN", "IRN", "PRK", "VNM"]

checks = 0


def check(ok, what):
    global checks
    if not ok:
        print("FAIL: " + what)
        sys.exit(1)
    checks += 1
    print("ok: " + what)


def env(name):
    value = os.environ.get(name)
    check(bool(value), name + " is set")
    return value


def run(args, expect=0):
    p = subprocess.run(args, capture_output=True, text=True, cwd=SOURCE)
    if p.returncode != expect:
        print(p.stdout[-4000:])
        print(p.stderr[-4000:])
    check(p.returncode == expect, "exit %d from: %s" % (expect, " ".join(args[1:])))
    return p


def typed(value, sql_type, what):
    if value == "":
        return None
    try:
        return int(value) if sql_type == "INTEGER" else float(value) if sql_type == "REAL" else value
    except ValueError:
        check(False, "%s: %r is not %s" % (what, value, sql_type))


def load_tsv(db, table, columns, path):
    db.execute("CREATE TABLE %s (%s)" % (table, ", ".join("%s %s" % c for c in columns)))
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    check(text == "" or text.endswith("\n"), "%s ends with a line break" % table)
    lines = text.split("\n")[:-1]
    check("\r" not in text, "%s has no carriage returns" % table)
    rows = []
    for n, line in enumerate(lines, 1):
        fields = line.split("\t")
        if len(fields) != len(columns):
            check(False, "%s line %d has %d fields, not %d" % (table, n, len(fields), len(columns)))
        rows.append([typed(v, t, "%s line %d %s" % (table, n, c))
                     for v, (c, t) in zip(fields, columns)])
    check(True, "every %s row has %d tab-separated fields of the codebook's types"
          % (table, len(columns)))
    db.executemany("INSERT INTO %s VALUES (%s)" % (table, ", ".join("?" * len(columns))), rows)
    return len(rows)


def one(db, sql):
    return db.execute(sql).fetchone()[0]


def check_graph(g, name):
    check(g.number_of_nodes() > 0 and g.number_of_edges() > 0,
          "%s: networkx reads %d nodes, %d edges" % (name, g.number_of_nodes(), g.number_of_edges()))
    check(not g.is_directed(), name + ": the graph is undirected")
    check("RUS" in g, name + ": RUS is a node")
    for partner in RUSSIA_PARTNERS:
        check(g.has_edge("RUS", partner), "%s: RUS is linked to %s" % (name, partner))
    for node, data in g.nodes(data=True):
        if not data.get("label") or not data.get("kind"):
            check(False, "%s: node %s has a label and a kind (%r)" % (name, node, data))
    check(g.nodes["RUS"]["label"] == "Russia", name + ": RUS is labelled Russia")
    for a, b, data in g.edges(data=True):
        missing = [k for k in EDGE_COUNTS + ["alliance_index"] + PLOVER if k not in data]
        if missing:
            check(False, "%s: edge %s-%s lacks %s" % (name, a, b, missing))
        if sum(int(data[t]) for t in PLOVER) != int(data["events"]):
            check(False, "%s: edge %s-%s: type counts sum to events" % (name, a, b))
        if int(data["cooperation"]) + int(data["conflict"]) != int(data["events"]):
            check(False, "%s: edge %s-%s: cooperation + conflict = events" % (name, a, b))
        if not -1 <= float(data["alliance_index"]) <= 1:
            check(False, "%s: edge %s-%s: alliance index in [-1, 1]" % (name, a, b))
    check(True, name + ": every edge has events, cooperation, conflict, documents, sources, "
          "alliance_index and the 16 PLOVER counts, consistent with each other")
    return {tuple(sorted((a, b))): int(d["events"]) for a, b, d in g.edges(data=True)}


BIN = SOURCE = None


def main():
    global BIN, SOURCE
    BIN, SOURCE, out = env("ENTENTE_BIN"), env("ENTENTE_SOURCE_DIR"), env("ENTENTE_OUT")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    store = os.path.join(out, "seeds.db")
    run([BIN, "ingest", "--db", store, "--quiet", "--meta", "examples/meta.jsonl",
         "examples/pages"])
    with sqlite3.connect(store) as s:
        n_mentions = one(s, "SELECT count(*) FROM events")
        n_events = one(s, "SELECT count(DISTINCT cluster) FROM events")
    check(0 < n_events <= n_mentions,
          "the seeds give %d events in %d stored mentions" % (n_events, n_mentions))

    names = {"gdelt": "seeds.export.tsv", "mentions": "seeds.mentions.tsv",
             "graphml": "seeds.graphml", "gexf": "seeds.gexf"}
    files = {fmt: os.path.join(out, name) for fmt, name in names.items()}
    for fmt, path in files.items():
        run([BIN, "export", "--db", store, "--format", fmt, "--out", path])
    # The export streams to stdout too, byte for byte the same.
    p = run([BIN, "export", "--db", store, "--format", "gdelt"])
    with open(files["gdelt"], encoding="utf-8") as f:
        check(p.stdout == f.read(), "gdelt on stdout equals gdelt in --out")

    db = sqlite3.connect(os.path.join(out, "gdelt.sqlite"))
    db.execute("PRAGMA foreign_keys = ON")
    n = load_tsv(db, "events", EVENT_COLUMNS, files["gdelt"])
    check(n == n_events, "events table: %d rows = %d real-world events" % (n, n_events))
    check(one(db, "SELECT count(DISTINCT GLOBALEVENTID) FROM events") == n,
          "GLOBALEVENTID is unique")
    check(one(db, "SELECT count(*) FROM events WHERE typeof(GLOBALEVENTID) <> 'integer'"
                  " OR GLOBALEVENTID <= 0") == 0, "GLOBALEVENTID is a positive integer")
    check(one(db, "SELECT count(*) FROM events WHERE typeof(SQLDATE) <> 'integer' OR"
                  " SQLDATE NOT BETWEEN 19000101 AND 21001231 OR length(SQLDATE) <> 8") == 0,
          "SQLDATE is an 8-digit integer date")
    check(one(db, "SELECT count(*) FROM events WHERE MonthYear <> SQLDATE / 100"
                  " OR Year <> SQLDATE / 10000 OR FractionDate < Year OR FractionDate >= Year + 1")
          == 0, "MonthYear, Year and FractionDate agree with SQLDATE")
    check(one(db, "SELECT count(*) FROM events WHERE typeof(GoldsteinScale) <> 'real'"
                  " OR GoldsteinScale NOT BETWEEN -10 AND 10") == 0,
          "GoldsteinScale is a number in [-10, 10]")
    check(one(db, "SELECT count(*) FROM events WHERE QuadClass NOT BETWEEN 1 AND 4"
                  " OR QuadClass IS NULL") == 0, "QuadClass is 1-4")
    check(one(db, "SELECT count(*) FROM events WHERE typeof(EventCode) <> 'text'"
                  " OR substr(EventCode, 1, 2) <> EventRootCode"
                  " OR substr(EventCode, 1, 3) <> EventBaseCode") == 0,
          "EventCode is text (leading zeros kept) with its base and root codes")
    check(one(db, "SELECT count(*) FROM events WHERE length(DATEADDED) <> 14") == 0,
          "DATEADDED is YYYYMMDDHHMMSS")
    check(one(db, "SELECT count(*) FROM events WHERE Actor1Code = 'RUSGOV'") > 0,
          "some events have a CAMEO-style actor code (RUSGOV)")
    check(one(db, "SELECT count(*) FROM events WHERE SOURCEURL = ''") == 0,
          "every event has a SOURCEURL (URL or document id)")
    check(one(db, "SELECT sum(NumMentions) FROM events") == n_mentions,
          "NumMentions add up to the stored mentions")
    check(one(db, "SELECT count(*) FROM events WHERE NumArticles > NumMentions"
                  " OR NumSources > NumArticles OR NumSources < 1") == 0,
          "1 <= NumSources <= NumArticles <= NumMentions")
    check(one(db, "SELECT count(*) FROM events WHERE AvgTone NOT BETWEEN -100 AND 100") == 0
          and one(db, "SELECT count(*) FROM events WHERE AvgTone <> 0") > 0,
          "AvgTone is a percentage, and the seeds' framing words give some events a tone")
    sample = db.execute("SELECT * FROM events WHERE Actor1Code = 'RUSGOV' LIMIT 1").fetchone()
    print("   sample event row: " + "|".join("" if v is None else str(v) for v in sample))

    m = load_tsv(db, "mentions", MENTION_COLUMNS, files["mentions"])
    check(m == n_mentions, "mentions table: %d rows = %d stored mentions" % (m, n_mentions))
    check(one(db, "SELECT count(*) FROM events e WHERE NumMentions <>"
                  " (SELECT count(*) FROM mentions m WHERE m.GLOBALEVENTID = e.GLOBALEVENTID)")
          == 0, "each event's NumMentions is its rows in the mentions table")
    check(one(db, "SELECT count(*) FROM mentions JOIN events USING (GLOBALEVENTID)") == m,
          "every mention joins its event on GLOBALEVENTID")
    check(one(db, "SELECT count(*) FROM mentions m JOIN events e USING (GLOBALEVENTID)"
                  " WHERE m.EventTimeDate <> e.DATEADDED") == 0,
          "EventTimeDate is the event's DATEADDED")
    check(one(db, "SELECT count(*) FROM mentions WHERE Confidence NOT BETWEEN 0 AND 100") == 0,
          "Confidence is 0-100")
    check(one(db, "SELECT count(*) FROM events e WHERE abs(e.AvgTone - (SELECT avg(t) FROM"
                  " (SELECT DISTINCT MentionIdentifier, MentionDocTone AS t FROM mentions m"
                  "  WHERE m.GLOBALEVENTID = e.GLOBALEVENTID))) > 0.001") == 0,
          "AvgTone is the mean MentionDocTone of the documents reporting the event")
    check(one(db, "SELECT count(*) FROM mentions WHERE SentenceID < 1 OR MentionDocLen < 1 OR"
                  " Actor1CharOffset < -1 OR Actor1CharOffset >= MentionDocLen OR"
                  " Actor2CharOffset >= MentionDocLen OR ActionCharOffset >= MentionDocLen") == 0,
          "SentenceID >= 1 and character offsets inside the document")
    sample = db.execute("SELECT * FROM mentions LIMIT 1").fetchone()
    print("   sample mention row: " + "|".join("" if v is None else str(v) for v in sample))
    db.commit()
    db.close()

    graphml = check_graph(nx.read_graphml(files["graphml"]), "GraphML")
    gexf = check_graph(nx.read_gexf(files["gexf"], version="1.3"), "GEXF")
    check(graphml == gexf, "GraphML and GEXF hold the same edges with the same event counts")
    print("   RUS edges: " + ", ".join("%s-%s %d" % (a, b, e) for (a, b), e in sorted(graphml.items())
                                     if "RUS" in (a, b)))

    # The filters apply to every format: csv rows and GDELT rows are the events `events` lists;
    # jsonl documents are those with a selected event.
    p = run([BIN, "events", "--db", store, "--country", "VNM", "--format", "jsonl"])
    selected = [json.loads(line) for line in p.stdout.splitlines()]
    check(len(selected) > 0, "events --country VNM lists %d events" % len(selected))
    p = run([BIN, "export", "--db", store, "--format", "gdelt", "--country", "VNM"])
    check(len(p.stdout.splitlines()) == len(selected), "gdelt --country VNM: one row per event")
    p = run([BIN, "export", "--db", store, "--format", "csv", "--country", "VNM"])
    check(len(p.stdout.splitlines()) == len(selected) + 1, "csv --country VNM: one row per event")
    p = run([BIN, "export", "--db", store, "--format", "jsonl", "--country", "VNM"])
    docs = [json.loads(line) for line in p.stdout.splitlines()]
    check(sorted(d["id"] for d in docs) == sorted({e["doc_id"] for e in selected}),
          "jsonl --country VNM: the documents of the selected events")
    p = run([BIN, "export", "--db", store, "--format", "graphml", "--type", "NOSUCHTYPE"])
    check(nx.parse_graphml(p.stdout).number_of_nodes() == 0, "graphml of no events: no nodes")

    # Failures are reported, with exit 2.
    p = run([BIN, "export", "--db", os.path.join(out, "missing.db"), "--format", "gdelt"], 2)
    check("entente:" in p.stderr, "a missing store: exit 2 with a message (%s)" % p.stderr.strip())
    bad = os.path.join(out, "no-such-dir", "x.tsv")
    p = run([BIN, "export", "--db", store, "--format", "gexf", "--out", bad], 2)
    check("cannot write" in p.stderr, "an unwritable --out: exit 2 with a message")
    if os.path.exists("/dev/full"):
        p = run([BIN, "export", "--db", store, "--format", "mentions", "--out", "/dev/full"], 2)
        check("failed" in p.stderr, "a full disk (/dev/full): exit 2 with a message (%s)"
              % p.stderr.strip())
    else:
        print("note: no /dev/full here, the full-disk check did not run")
    print("all %d checks passed" % checks)


if __name__ == "__main__":
    main()
