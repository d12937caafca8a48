"""attache-extract end to end: inputs, formats, order, threads, exit codes."""
import json
import os
import subprocess
import tempfile
import unittest

EXE = os.environ.get("ATTACHE_EXTRACT", "attache-extract")
SRC = os.environ.get("ATTACHE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(SRC, "corpus", "seed", "north-korea-diplomatic-shift.txt")


def run(args, stdin=b"", check=None):
    p = subprocess.run([EXE] + args, input=stdin, capture_output=True, timeout=120)
    if check is not None:
        assert p.returncode == check, (p.returncode, p.stderr.decode(errors="replace"))
    return p


def records(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def events(rec):
    out = []
    for e in rec["events"]:
        roles = ("visitor", "host") if e["type"] == "DIPLOMATIC_VISIT" else ("actor", "host")
        out.append((e["type"], e["arguments"][roles[0]]["code"], e["arguments"][roles[1]]["code"]))
    return sorted(out)


def jsonl(*objs):
    return "".join(json.dumps(o) + "\n" for o in objs).encode()


class Inputs(unittest.TestCase):
    def test_seed_article_file(self):
        p = run(["--date", "2023-11-03", SEED], check=0)
        recs = records(p.stdout)
        self.assertEqual(len(recs), 1)
        self.assertEqual(recs[0]["id"], SEED)
        self.assertEqual(recs[0]["date"], "2023-11-03")
        self.assertEqual(len([e for e in recs[0]["events"] if e["type"] == "EMBASSY_CLOSURE"]), 5)
        self.assertEqual(len([e for e in recs[0]["events"] if e["type"] == "DIPLOMATIC_VISIT"]), 2)

    def test_stdin_text_and_autodetected_jsonl(self):
        p = run([], b"North Korea closed its embassy in Spain.", check=0)
        self.assertEqual(events(records(p.stdout)[0]), [("EMBASSY_CLOSURE", "PRK", "ESP")])
        p = run(["-"], jsonl({"id": "a", "text": "Vietnam hosted a delegation from Laos."}), check=0)
        rec = records(p.stdout)[0]
        self.assertEqual(rec["id"], "a")
        self.assertEqual(events(rec), [("DIPLOMATIC_VISIT", "LAO", "VNM")])

    def test_lines_format(self):
        p = run(["--input-format", "lines", "--date", "2023-11-03"], b"Nepal\n\nSpain\r\nAngola", check=0)
        recs = records(p.stdout)
        self.assertEqual([r["id"] for r in recs], ["-:1", "-:3", "-:4"])
        self.assertEqual([r["entities"][0]["code"] for r in recs], ["NPL", "ESP", "AGO"])

    def test_directory_recursive_with_glob(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "sub"))
            for name, text in [("b.txt", "Spain"), ("sub/a.txt", "Nepal"), ("c.md", "Angola"), ("skip.dat", "Chad")]:
                with open(os.path.join(d, name), "w") as f:
                    f.write(text)
            recs = records(run([d], check=0).stdout)
            self.assertEqual([os.path.relpath(r["id"], d) for r in recs], ["b.txt", "c.md", "sub/a.txt"])
            recs = records(run(["--glob", "*.dat", d], check=0).stdout)
            self.assertEqual([r["entities"][0]["code"] for r in recs], ["TCD"])

    def test_missing_file_gets_an_error_record(self):
        p = run(["/nonexistent/file.txt"], check=1)
        rec = records(p.stdout)[0]
        self.assertIn("cannot open", rec["errors"][0])


class JsonLines(unittest.TestCase):
    def test_edge_cases_each_get_one_record_in_order(self):
        feed = (b'{"id": "ok", "text": "Nepal", "date": "2023-11-03"}\n'
                b'{"id": "no-text"}\n'
                b'{"id": "bad-text", "text": 42}\n'
                b'{"id": 17, "text": "Spain"}\n'
                b'{"id": 1.10, "text": "Spain"}\n'
                b'{"id": "broken", "text": \n'
                b'\n'
                b'{"id": "ok", "text": "Angola"}\n'
                b'{"text": "Uganda"}\n'
                b'{"id": "last", "text": "Chad"}')  # no final newline
        p = run(["--input-format", "jsonl"], feed, check=1)
        recs = records(p.stdout)
        self.assertEqual([r["id"] for r in recs], ["ok", "no-text", "bad-text", "17", "1.10", "broken", "ok", "-:9", "last"])
        self.assertEqual(recs[0]["errors"], [])
        self.assertIn('missing "text"', recs[1]["errors"][0])
        self.assertIn('"text" is not a string', recs[2]["errors"][0])
        self.assertIn("was a number", recs[3]["warnings"][0])
        self.assertEqual(recs[3]["entities"][0]["code"], "ESP")
        self.assertIn("not valid JSON", recs[5]["errors"][0])
        self.assertTrue(any("duplicate id" in w for w in recs[6]["warnings"]))
        self.assertEqual(recs[8]["entities"][0]["code"], "TCD")
        for r in recs:
            for k in ("schema", "id", "date", "stats", "entities", "events", "warnings", "errors"):
                self.assertIn(k, r)

    def test_invalid_utf8_in_a_line_is_replaced(self):
        p = run(["--input-format", "jsonl"], b'{"id": "x", "text": "Nepal \xff Spain"}\n', check=0)
        rec = records(p.stdout)[0]
        self.assertIn("invalid UTF-8", rec["warnings"][0])
        self.assertEqual([e["code"] for e in rec["entities"]], ["NPL", "ESP"])

    def test_no_raw_line_separators_in_output(self):
        feed = jsonl({"id": "u\u2028", "text": "Nepal\u2028Spain\u2029Angola\u0085Chad\u0000."})
        p = run(["--input-format", "jsonl"], feed, check=0)
        line = p.stdout.decode("utf-8")
        self.assertEqual(line.count("\n"), 1)
        for ch in ("\u2028", "\u2029", "\u0085", "\u0000", "\t"):
            self.assertNotIn(ch, line)
        self.assertEqual(len(line.splitlines()), 1)

    def test_spark_pipe_contract(self):
        """1,000 records, 3 poisoned: 1,000 records out, ids kept, exit 1."""
        lines = [json.dumps({"id": f"r{i}", "text": f"Report {i}: North Korea closed its embassy in Spain."}) for i in range(1000)]
        lines[10] = '{"id": "r10", "text": "bad \\udc00 surrogate", '  # broken JSON
        lines[500] = json.dumps({"id": "r500", "text": "x" * (11 << 20)})
        lines[900] = json.dumps({"id": "r900", "text": "N\u0000o\u0000r\u0000t\u0000h\u0000"})
        feed = ("\n".join(lines) + "\n").encode()
        p = run(["--input-format", "jsonl", "-j", "2"], feed, check=1)
        recs = records(p.stdout)
        self.assertEqual(len(recs), 1000)
        self.assertEqual([r["id"] for r in recs], [f"r{i}" for i in range(1000)])
        self.assertTrue(recs[10]["errors"])
        self.assertTrue(recs[500]["stats"]["truncated"])
        self.assertNotIn("\t", p.stdout.decode())


class Output(unittest.TestCase):
    def test_threads_do_not_change_output(self):
        with open(SEED, encoding="utf-8") as f:
            seed = f.read()
        feed = jsonl(*[{"id": str(i), "text": seed if i % 3 == 0 else f"Vietnam hosted a delegation from Laos {i}."}
                       for i in range(120)])
        one = run(["--input-format", "jsonl", "-j", "1"], feed, check=0).stdout
        two = run(["--input-format", "jsonl", "-j", "2"], feed, check=0).stdout
        four = run(["--input-format", "jsonl", "--threads=4"], feed, check=0).stdout
        self.assertEqual(one, two)
        self.assertEqual(one, four)
        self.assertEqual([r["id"] for r in records(one)], [str(i) for i in range(120)])

    def test_pretty(self):
        p = run(["--pretty"], b"Nepal", check=0)
        self.assertEqual(json.loads(p.stdout)["entities"][0]["code"], "NPL")
        self.assertIn(b'\n  "schema": "attache/1"', p.stdout)

    def test_closed_pipe_ends_quietly(self):
        feed = jsonl(*[{"id": str(i), "text": "North Korea closed its embassy in Spain."} for i in range(20000)])
        p = subprocess.run(f"'{EXE}' --input-format jsonl | head -n 1", shell=True, input=feed, capture_output=True, timeout=120)
        self.assertEqual(p.returncode, 0)
        self.assertEqual(len(p.stdout.splitlines()), 1)
        self.assertEqual(p.stderr, b"")

    def test_output_error_exit_74(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        with open("/dev/full", "w") as full:
            p = subprocess.run([EXE], input=b"Nepal", stdout=full, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(p.returncode, 74)
        self.assertIn(b"cannot write output", p.stderr)

    def test_max_doc_bytes(self):
        # The reader keeps max_doc_bytes + 4 bytes (memory does not grow with
        # the input) and says how long the document was; the extractor cuts
        # at a character boundary and says so too.
        text = b"North Korea closed its embassy in Spain."
        for args, stdin in ((["--max-doc-bytes", "20"], text),
                            (["--max-doc-bytes", "20", "--input-format", "lines"], text + b"\n"),
                            (["--max-doc-bytes", "20"], jsonl({"id": "a", "text": text.decode()}))):
            p = run(args, stdin, check=0)
            rec = records(p.stdout)[0]
            self.assertTrue(rec["stats"]["truncated"], args)
            self.assertEqual(rec["stats"]["bytes"], 20)
            self.assertIn("the document has 40 bytes; the first 24 were read", rec["warnings"][0])
            self.assertIn("longer than max_doc_bytes", rec["warnings"][1])

    def test_max_doc_bytes_jsonl_record_too_long(self):
        # A record longer than 3 x max_doc_bytes + 4096 is not read: an error
        # record in its place, exit status 1, and the next record is fine.
        long = jsonl({"id": "a", "text": "Spain said. " * 1000})
        p = run(["--max-doc-bytes", "100"], jsonl({"id": "x", "text": "Nepal."}) + long + jsonl({"id": "b", "text": "Chad."}),
                check=1)
        recs = records(p.stdout)
        self.assertEqual([r["id"] for r in recs], ["x", "-:2", "b"])
        self.assertIn("longer than 4396 bytes", recs[1]["errors"][0])
        self.assertEqual(recs[2]["entities"][0]["text"], "Chad")

    def test_stdin_text_keeps_leading_blank_lines(self):
        # Offsets count from the first byte of the input, blank lines included.
        p = run([], b"\n\nNorth Korea closed its embassy in Spain.", check=0)
        rec = records(p.stdout)[0]
        self.assertEqual(rec["entities"][0]["start"], 2)
        self.assertEqual(rec["stats"]["bytes"], 42)


class Usage(unittest.TestCase):
    def test_help_and_version(self):
        p = run(["--help"], check=0)
        self.assertIn(b"usage: attache-extract", p.stdout)
        p = run(["--version"], check=0)
        for part in (b"attache-extract 0.1.0", b"attache/1", b"ICU", b"RE2"):
            self.assertIn(part, p.stdout)

    def test_usage_errors_exit_2(self):
        for args in (["--bogus"], ["-j", "0"], ["--input-format", "xml"], ["--date", "yesterday"], ["--threads"]):
            p = run(args)
            self.assertEqual(p.returncode, 2, args)
            self.assertIn(b"attache-extract:", p.stderr)

    def test_bad_data_file_exit_2_names_the_line(self):
        with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False) as f:
            f.write("[event X]\nroles = a\nwhat = ever\n")
        try:
            p = run(["--data", f.name], b"Nepal")
            self.assertEqual(p.returncode, 2)
            self.assertIn(f"{f.name}:3".encode(), p.stderr)
        finally:
            os.unlink(f.name)

    def test_all_events_flag(self):
        text = b"France may close its embassy in Niger."
        self.assertEqual(records(run([], text, check=0).stdout)[0]["events"], [])
        rec = records(run(["--all-events"], text, check=0).stdout)[0]
        self.assertEqual(rec["events"][0]["polarity"], "hypothetical")


if __name__ == "__main__":
    unittest.main()
