"""attache-extract --format events-csv | entities-csv | html | brat: golden tests."""
import csv
import io
import json
import os
import re
import subprocess
import tempfile
import unittest
from html.parser import HTMLParser

EXE = os.environ.get("ATTACHE_EXTRACT", "attache-extract")
SRC = os.environ.get("ATTACHE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(SRC, "corpus", "seed", "north-korea-diplomatic-shift.txt")
HERE = os.path.dirname(os.path.abspath(__file__))

# The seed article's events, in output order: (type, actor or visitor, host).
SEED_EVENTS = [
    ("EMBASSY_CLOSURE", "PRK", "NPL"),
    ("EMBASSY_CLOSURE", "PRK", "ESP"),
    ("EMBASSY_CLOSURE", "PRK", "AGO"),
    ("EMBASSY_CLOSURE", "PRK", "UGA"),
    ("EMBASSY_CLOSURE", "PRK", "HKG"),
    ("DIPLOMATIC_VISIT", "RUS", "PRK"),
    ("DIPLOMATIC_VISIT", "CHN", "PRK"),
]


def run(args, stdin=b"", check=None):
    p = subprocess.run([EXE] + args, input=stdin, capture_output=True, timeout=120)
    if check is not None:
        assert p.returncode == check, (args, p.returncode, p.stderr.decode(errors="replace"))
    return p


def jsonl(*objs):
    return "".join(json.dumps(o) + "\n" for o in objs).encode()


def read_csv(data):
    """RFC 4180: CRLF after every record, parsed with Python's csv module."""
    text = data.decode("utf-8")
    if text:
        self_check = text.endswith("\r\n")
        assert self_check, "every CSV record ends with CRLF"
    return list(csv.DictReader(io.StringIO(text, newline="")))


def seed_json():
    p = run(["--date", "2023-11-03", SEED], check=0)
    return json.loads(p.stdout)


class EventsCsv(unittest.TestCase):
    def test_seed_article_gives_seven_rows_with_codes(self):
        p = run(["--format", "events-csv", "--date", "2023-11-03", SEED], check=0)
        rows = read_csv(p.stdout)
        self.assertEqual(len(rows), 7)
        got = [(r["type"], r["actor_code"] or r["visitor_code"], r["host_code"]) for r in rows]
        self.assertEqual(got, SEED_EVENTS)
        self.assertEqual([r["event_id"] for r in rows], [f"ev-{i}" for i in range(1, 8)])
        self.assertTrue(all(r["doc_id"] == SEED for r in rows))
        first = rows[0]
        self.assertEqual(first["actor_text"], "its")
        self.assertEqual(first["actor_entity"], "ent-1")
        self.assertEqual(first["host_text"], "Nepal")
        self.assertEqual(first["mission"], "embassy")
        self.assertEqual(first["trigger"], "shutting down")
        self.assertEqual((first["time_text"], first["time_value"]), ("on Friday", "2023-11-03"))
        self.assertEqual((first["polarity"], first["rule"], first["cameo"]), ("asserted", "closure/verb-mission", "161"))
        self.assertTrue(first["sentence"].startswith("Reports published on Friday"))
        self.assertIn("embassy in Nepal", first["sentence"])
        self.assertEqual(rows[5]["cameo"], "042")
        self.assertEqual(rows[5]["visitor_text"], "both countries")

    def test_rows_agree_with_the_json_record(self):
        rec = seed_json()
        rows = read_csv(run(["--format", "events-csv", "--date", "2023-11-03", SEED], check=0).stdout)
        for row, ev in zip(rows, rec["events"]):
            self.assertEqual(row["event_id"], ev["id"])
            self.assertEqual(row["trigger_start"], str(ev["trigger"]["start"]))
            self.assertEqual(row["trigger_end"], str(ev["trigger"]["end"]))
            self.assertEqual(row["sentence_index"], str(ev["sentence"]))
            for role, arg in ev["arguments"].items():
                if isinstance(arg, dict):
                    self.assertEqual(row[role + "_code"], arg["code"] or "")
                    self.assertEqual(row[role + "_text"], arg["text"] or "")
                elif isinstance(arg, str):
                    self.assertEqual(row[role], arg)

    def test_header_is_the_union_of_declared_roles(self):
        p = run(["--format", "events-csv"], b"", check=0)
        header = p.stdout.decode().split("\r\n")[0].split(",")
        self.assertEqual(header[:3], ["doc_id", "event_id", "type"])
        for role in ("actor", "host", "visitor", "visitor_person"):
            for suffix in ("_code", "_text", "_entity"):
                self.assertIn(role + suffix, header)
        self.assertIn("mission", header)
        self.assertEqual(header[-11:], ["time_text", "time_value", "polarity", "polarity_cue", "trigger", "trigger_start",
                                        "trigger_end", "sentence", "sentence_index", "rule", "cameo"])
        self.assertEqual(len(header), len(set(header)))
        self.assertEqual(p.stdout.count(b"\r\n"), 1)  # no documents: just the header

    def test_roles_of_a_data_rule_file_get_columns(self):
        rules = ("[event AMBASSADOR_EXPULSION]\nroles = host sender\nrequired = host sender\n"
                 "distinct = host sender\ncameo = 1662\nplover = SANCTION expel\nnegation = @negation\n\n"
                 "[rule expulsion/expelled-envoy]\nevent = AMBASSADOR_EXPULSION\ntrigger = expelled, expels, expel\n"
                 "cue = ambassador, envoy, diplomats\ncue-side = after\nhost = subject(trigger)\n"
                 "host.accept = country capital\nsender = possessor(cue)\nsender.accept = country\n")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "expulsion.rules")
            with open(path, "w") as f:
                f.write(rules)
            p = run(["--format", "events-csv", "--data", path], b"Niger expelled the French ambassador on Friday.", check=0)
            rows = read_csv(p.stdout)
            self.assertEqual(len(rows), 1)
            self.assertEqual((rows[0]["type"], rows[0]["host_code"], rows[0]["sender_code"]),
                             ("AMBASSADOR_EXPULSION", "NER", "FRA"))
            self.assertEqual(p.stderr, b"")

    def test_quoting_many_documents_and_threads(self):
        docs = [{"id": f'doc "{i}", part\n2' if i % 7 == 0 else f"d{i}",
                 "text": f'Officials said, "North Korea closed its embassy in Spain."\nReport {i}.' if i % 2 == 0
                 else f"Vietnam hosted a delegation from Laos {i}."} for i in range(60)]
        one = run(["--format", "events-csv", "--input-format", "jsonl", "-j", "1"], jsonl(*docs), check=0).stdout
        two = run(["--format", "events-csv", "--input-format", "jsonl", "-j", "2"], jsonl(*docs), check=0).stdout
        self.assertEqual(one, two)
        self.assertEqual(one.count(b"doc_id,event_id,type"), 1)
        rows = read_csv(one)
        self.assertEqual([r["doc_id"] for r in rows], [d["id"] for d in docs])
        self.assertEqual(rows[0]["doc_id"], 'doc "0", part\n2')
        self.assertEqual(rows[0]["sentence"], 'Officials said, "North Korea closed its embassy in Spain."')
        self.assertEqual([(r["type"], r["host_code"]) for r in rows[:2]],
                         [("EMBASSY_CLOSURE", "ESP"), ("DIPLOMATIC_VISIT", "VNM")])

    def test_failed_document_keeps_the_header_and_says_why(self):
        p = run(["--format", "events-csv", "/nonexistent/file.txt"], check=1)
        self.assertEqual(len(read_csv(p.stdout)), 0)
        self.assertTrue(p.stdout.startswith(b"doc_id,"))
        self.assertIn(b"cannot open", p.stderr)


class EntitiesCsv(unittest.TestCase):
    def test_seed_entities_match_the_json(self):
        rec = seed_json()
        rows = read_csv(run(["--format", "entities-csv", "--date", "2023-11-03", SEED], check=0).stdout)
        self.assertEqual(len(rows), len(rec["entities"]))
        self.assertEqual(len(rows), 36)  # (with "North Korea's foreign ministry")
        keys = ["type", "text", "name", "code", "country", "title", "form", "kind", "cluster", "start", "end",
                "start_byte", "end_byte", "sentence"]
        for row, ent in zip(rows, rec["entities"]):
            self.assertEqual(row["entity_id"], ent["id"])
            self.assertEqual(row["doc_id"], SEED)
            for k in keys:
                self.assertEqual(row[k], "" if ent[k] is None else str(ent[k]), (ent["id"], k))
        self.assertEqual([r["code"] for r in rows if r["type"] == "COUNTRY"][:7],
                         ["PRK", "PRK", "PRK", "RUS", "CHN", "PRK", "NPL"])
        kim = next(r for r in rows if r["type"] == "PERSON")
        self.assertEqual((kim["text"], kim["country"], kim["title"]), ("Kim Jong Un", "PRK", "Supreme Leader"))

    def test_code_point_offsets_slice_the_text(self):
        text = "«Namibia» — Nepal.\nSpain"
        rows = read_csv(run(["--format", "entities-csv"], text.encode(), check=0).stdout)
        self.assertEqual([r["code"] for r in rows], ["NAM", "NPL", "ESP"])
        for r in rows:
            self.assertEqual(text[int(r["start"]):int(r["end"])], r["text"])
            self.assertEqual(text.encode()[int(r["start_byte"]):int(r["end_byte"])].decode(), r["text"])


class Html(unittest.TestCase):
    class Page(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.tags, self.ids, self.hrefs = [], [], []
            self.ent_marks, self.arg_marks, self.triggers, self.rows = [], [], [], []
            self.depth_text = 0  # inside <div class="text">
            self.div_stack = []
            self.texts = []  # text of each div.text
            self.resources = []
            self.handlers = []

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            self.tags.append(tag)
            self.handlers += [k for k in a if k.startswith("on")]
            if "id" in a:
                self.ids.append(a["id"])
            if "href" in a:
                self.hrefs.append(a["href"])
            for k in ("src", "srcset", "action", "background"):
                if k in a:
                    self.resources.append(a[k])
            if tag == "link":
                self.resources.append(a.get("href"))
            if a.get("href", "").startswith(("http:", "https:", "//", "javascript:")):
                self.resources.append(a["href"])
            cls = a.get("class", "").split()
            if tag == "div":
                self.div_stack.append("text" in cls)
                if "text" in cls:
                    self.texts.append("")
            if self.div_stack and self.div_stack[-1]:
                if tag == "mark" and "ent" in cls:
                    self.ent_marks.append(a)
                if tag == "mark" and "arg" in cls:
                    self.arg_marks.append(a)
                if tag == "a" and "trig" in cls:
                    self.triggers.append(a)
            if tag == "tr" and "id" in a:
                self.rows.append(a["id"])

        def handle_endtag(self, tag):
            if tag == "div" and self.div_stack:
                self.div_stack.pop()

        def handle_data(self, data):
            if self.div_stack and self.div_stack[-1]:
                self.texts[-1] += data

    def page(self, args, stdin=b""):
        p = run(["--format", "html"] + args, stdin, check=0)
        html = p.stdout.decode("utf-8")
        parser = self.Page()
        parser.feed(html)
        parser.close()
        return html, parser

    def test_seed_page_structure(self):
        rec = seed_json()
        html, page = self.page(["--date", "2023-11-03", SEED])
        self.assertTrue(html.startswith("<!DOCTYPE html>"))
        self.assertTrue(html.rstrip().endswith("</html>"))
        self.assertNotIn("script", page.tags)
        self.assertEqual(page.resources, [])
        self.assertEqual(len(page.ent_marks), len(rec["entities"]))
        self.assertEqual([m["id"] for m in page.ent_marks], ["d1-" + e["id"] for e in rec["entities"]])
        self.assertEqual([m["data-label"] for m in page.ent_marks if "ent-COUNTRY" in m["class"]],
                         [e["code"] for e in rec["entities"] if e["type"] == "COUNTRY"])
        self.assertEqual(page.rows, ["d1-ev-%d" % i for i in range(1, 8)])
        self.assertEqual(len(page.triggers), 3)  # shutting down, withdrawal from (x4 events), received (x2)
        self.assertEqual([m["data-label"] for m in page.arg_marks], ["→PRK", "→RUS CHN"])
        # the text is the document's, unchanged: labels are CSS, not text
        self.assertEqual(page.texts, [rec_text(SEED)])
        # every link points inside the page, every id is unique
        self.assertEqual(len(page.ids), len(set(page.ids)))
        for h in page.hrefs:
            self.assertTrue(h.startswith("#") and h[1:] in page.ids, h)
        self.assertIn("Content-Security-Policy", html)
        self.assertIn("<style>", html)

    def test_everything_is_escaped(self):
        text = "<script>alert('x')</script> &amp; North Korea closed its embassy in Spain. <b onclick=\"x\">\"'"
        html, page = self.page(["--input-format", "jsonl"],
                               jsonl({"id": "<script>id</script>&amp;", "text": text}))
        self.assertNotIn("script", page.tags)
        self.assertEqual(page.handlers, [])
        self.assertNotIn("<script>", html)
        self.assertIn("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp;", html)
        self.assertIn("<h2>&lt;script&gt;id&lt;/script&gt;&amp;amp;</h2>", html)
        self.assertEqual(page.texts, [text])
        self.assertEqual(len(page.rows), 1)
        self.assertEqual([m["data-label"] for m in page.ent_marks], ["PRK", "ESP"])

    def test_many_documents_one_page_unique_ids(self):
        docs = [{"id": f"n{i}", "text": "North Korea closed its embassy in Spain." if i % 2 else "Nothing here."} for i in range(6)]
        html, page = self.page(["--input-format", "jsonl", "-j", "2"], jsonl(*docs))
        self.assertEqual(html.count("<!DOCTYPE html>"), 1)
        self.assertEqual(html.count('<section class="doc"'), 6)
        self.assertEqual(page.rows, ["d2-ev-1", "d4-ev-1", "d6-ev-1"])
        self.assertEqual(html.count("No events."), 3)
        self.assertEqual(len(page.ids), len(set(page.ids)))
        for h in page.hrefs:
            self.assertTrue(h[1:] in page.ids, h)

    def test_no_documents_is_still_a_page(self):
        html, page = self.page(["--input-format", "jsonl"], b"")
        self.assertIn("No documents", html)
        self.assertTrue(html.rstrip().endswith("</html>"))


def rec_text(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    return t[1:] if t.startswith("\ufeff") else t


class Brat(unittest.TestCase):
    def parse_ann(self, ann):
        t, e, notes, attrs = {}, {}, {}, {}
        for line in ann.splitlines():
            kind = line[0]
            parts = line.split("\t")
            if kind == "T":
                typ, rest = parts[1].split(" ", 1)
                frags = [tuple(map(int, f.split())) for f in rest.split(";")]
                t[parts[0]] = (typ, frags, parts[2])
            elif kind == "E":
                items = parts[1].split()
                e[parts[0]] = (items[0].split(":"), [tuple(x.split(":")) for x in items[1:]])
            elif kind == "#":
                notes[parts[1].split()[1]] = parts[2]
            elif kind == "A":
                attrs[parts[0]] = parts[1]
            else:
                self.fail("unexpected line " + line)
        return t, e, notes, attrs

    def test_seed_golden(self):
        with tempfile.TemporaryDirectory() as d:
            p = run(["--format", "brat", "--out-dir", d, "--date", "2023-11-03", SEED], check=0)
            manifest = json.loads(p.stdout)
            self.assertEqual(manifest["id"], SEED)
            self.assertEqual((manifest["entities"], manifest["events"]), (36, 7))
            base = os.path.join(d, "north-korea-diplomatic-shift")
            self.assertEqual(manifest["ann"], base + ".ann")
            self.assertEqual(sorted(os.listdir(d)), ["annotation.conf", "north-korea-diplomatic-shift.ann",
                                                     "north-korea-diplomatic-shift.txt", "visual.conf"])
            with open(base + ".txt", encoding="utf-8", newline="") as f:
                txt = f.read()
            with open(base + ".ann", encoding="utf-8", newline="") as f:
                ann = f.read()
            self.assertEqual(txt, rec_text(SEED))
            golden = os.path.join(HERE, "golden", "seed.ann")
            if os.environ.get("ATTACHE_UPDATE_GOLDEN") == "1":
                with open(golden, "w", encoding="utf-8", newline="") as f:
                    f.write(ann)
            with open(golden, encoding="utf-8", newline="") as f:
                self.assertEqual(ann, f.read(), "brat output of the seed article changed; if that is intended, "
                                 "regenerate it: ATTACHE_UPDATE_GOLDEN=1 ctest -R cli.formats")
            t, e, notes, attrs = self.parse_ann(ann)
            for tid, (typ, frags, shown) in t.items():
                self.assertEqual(" ".join(txt[a:b] for a, b in frags), shown, tid)
            got = []
            for eid, ((etype, trig), args) in e.items():
                self.assertEqual(t[trig][0], etype)
                roles = dict(args)
                for ref in roles.values():
                    self.assertIn(ref, t)
                main = roles.get("Actor") or roles.get("Visitor")
                code = lambda ref: notes[ref].split()[0]
                got.append((etype.upper(), code(main), code(roles["Host"])))
            self.assertEqual(got, SEED_EVENTS)
            self.assertEqual(t["T1"], ("Country", [(0, 11)], "North Korea"))
            self.assertEqual(attrs, {})
            with open(os.path.join(d, "annotation.conf")) as f:
                conf = f.read()
            self.assertIn("Embassy_closure\tActor?:<ENTITY>, Host?:<ENTITY>", conf)
            self.assertIn("[entities]\nCountry\nPerson\nOrganization\nPlace\n", conf)

    def test_file_names_offsets_and_polarity(self):
        docs = [{"id": "a/report.txt", "text": "North Korea closed its embassy in Spain."},
                {"id": "b/report.txt", "text": "«Nepal»\nand Spain"},
                {"id": "../../etc/passwd", "text": "France may close its embassy in Niger."},
                {"id": "", "text": "Chad"},
                {"id": "x/Report.txt", "text": "Chad"}]
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "new", "dir")
            p = run(["--format", "brat", "--out-dir", out, "--all-events", "--input-format", "jsonl"], jsonl(*docs), check=0)
            manifest = [json.loads(l) for l in p.stdout.decode().splitlines()]
            names = [os.path.basename(m["txt"]) for m in manifest]
            self.assertEqual(names, ["report.txt", "report-2.txt", "passwd.txt", "4.txt", "Report-3.txt"])
            for m in manifest:
                self.assertEqual(os.path.dirname(m["ann"]), out)
            with open(os.path.join(out, "report-2.txt"), encoding="utf-8", newline="") as f:
                txt = f.read()
            self.assertEqual(txt, "«Nepal»\nand Spain")
            with open(os.path.join(out, "report-2.ann"), encoding="utf-8") as f:
                t, e, notes, attrs = self.parse_ann(f.read())
            self.assertEqual(t["T1"], ("Country", [(1, 6)], "Nepal"))
            self.assertEqual(t["T2"], ("Country", [(12, 17)], "Spain"))
            with open(os.path.join(out, "passwd.ann"), encoding="utf-8") as f:
                t, e, notes, attrs = self.parse_ann(f.read())
            self.assertEqual(list(attrs.values()), ["Polarity E1 Hypothetical"])

    def test_usage(self):
        self.assertEqual(run(["--format", "brat"], b"Chad").returncode, 2)
        self.assertEqual(run(["--out-dir", "/tmp/x"], b"Chad").returncode, 2)
        self.assertEqual(run(["--format", "xml"], b"Chad").returncode, 2)
        self.assertEqual(run(["--format", "events-csv", "--pretty"], b"Chad").returncode, 2)
        p = run(["--format", "brat", "--out-dir", "/dev/null/x"], b"Chad")
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"--out-dir", p.stderr)


class Jsonl(unittest.TestCase):
    def test_format_jsonl_is_the_default(self):
        a = run(["--date", "2023-11-03", SEED], check=0).stdout
        b = run(["--format", "jsonl", "--date", "2023-11-03", SEED], check=0).stdout
        self.assertEqual(a, b)
        self.assertIn(b"--format", run(["--help"], check=0).stdout)


if __name__ == "__main__":
    unittest.main()
