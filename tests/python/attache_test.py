"""The Python module: same records as the CLI, plain dicts, GIL released."""
import concurrent.futures
import json
import os
import subprocess
import sys
import threading
import time
import unittest

import attache

EXE = os.environ.get("ATTACHE_EXTRACT")
SRC = os.environ.get("ATTACHE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(SRC, "corpus", "seed", "north-korea-diplomatic-shift.txt")


def seed_text():
    with open(SEED, encoding="utf-8") as f:
        return f.read()


class Module(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.x = attache.Extractor()

    def test_seed_article(self):
        doc = self.x.extract(seed_text(), id="seed", date="2023-11-03")
        self.assertIsInstance(doc, dict)
        self.assertEqual((doc["schema"], doc["id"], doc["date"]), ("attache/1", "seed", "2023-11-03"))
        got = [(e["type"], (e["arguments"].get("actor") or e["arguments"].get("visitor"))["code"],
                e["arguments"]["host"]["code"]) for e in doc["events"]]
        self.assertEqual(got, [("EMBASSY_CLOSURE", "PRK", c) for c in ("NPL", "ESP", "AGO", "UGA", "HKG")] +
                         [("DIPLOMATIC_VISIT", "RUS", "PRK"), ("DIPLOMATIC_VISIT", "CHN", "PRK")])
        self.assertEqual(doc["events"][0]["time"], {"text": "on Friday", "value": "2023-11-03"})

    def test_same_record_as_the_cli(self):
        if not EXE:
            self.skipTest("ATTACHE_EXTRACT not set")
        cli = subprocess.run([EXE, "--input-format", "jsonl"],
                             input=(json.dumps({"id": "seed", "text": seed_text(), "date": "2023-11-03"}) + "\n").encode(),
                             capture_output=True, check=True).stdout.decode()
        self.assertEqual(self.x.extract(seed_text(), id="seed", date="2023-11-03"), json.loads(cli))
        self.assertEqual(self.x.extract_json(seed_text(), id="seed", date="2023-11-03"), cli.rstrip("\n"))

    def test_offsets_are_python_slices(self):
        text = "«Namibia» — closed its embassy in Nepal."
        doc = self.x.extract(text)
        for e in doc["entities"]:
            self.assertEqual(text[e["start"]:e["end"]], e["text"])
        self.assertEqual([e["code"] for e in doc["entities"]], ["NAM", "NPL"])

    def test_bytes_and_bad_input(self):
        doc = self.x.extract(b"Nepal \xff Spain")
        self.assertEqual(doc["stats"]["invalid_utf8_replaced"], 1)
        self.assertEqual([e["code"] for e in doc["entities"]], ["NPL", "ESP"])
        doc = self.x.extract("Nepal \udc00 Spain")  # a lone surrogate: replaced, not an exception
        self.assertEqual([e["code"] for e in doc["entities"]], ["NPL", "ESP"])
        with self.assertRaises(TypeError):
            self.x.extract(42)
        self.assertEqual(self.x.extract("")["entities"], [])

    def test_options_and_errors(self):
        text = "France may close its embassy in Niger."
        self.assertEqual(self.x.extract(text)["events"], [])
        everything = attache.Extractor(all_events=True)
        self.assertEqual(everything.extract(text)["events"][0]["polarity"], "hypothetical")
        self.assertIn("EMBASSY_CLOSURE", self.x.event_types)
        self.assertTrue(self.x.data_fingerprint)
        with self.assertRaises(ValueError) as ctx:
            attache.Extractor(data=["/nonexistent/extra.rules"])
        self.assertIn("/nonexistent/extra.rules", str(ctx.exception))
        self.assertEqual(attache.SCHEMA, "attache/1")
        self.assertRegex(attache.__version__, r"^\d+\.\d+\.\d+")

    def test_threads_share_one_extractor(self):
        texts = [f"Report {i}: North Korea closed its embassy in Spain." if i % 2 else seed_text() for i in range(40)]
        expected = [self.x.extract(t, id=str(i)) for i, t in enumerate(texts)]
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda it: self.x.extract(it[1], id=str(it[0])), enumerate(texts)))
        self.assertEqual(got, expected)

    def test_gil_is_released_while_extracting(self):
        text = seed_text() * 150  # about 400 KB
        # how fast a Python thread counts when it has the interpreter to itself
        def count(stop, out):
            n = 0
            while not stop.is_set():
                n += 1
            out.append(n)
        stop, out = threading.Event(), []
        t = threading.Thread(target=count, args=(stop, out))
        t.start(); time.sleep(0.2); stop.set(); t.join()
        rate = out[0] / 0.2
        # now count while the main thread is inside extract()
        stop, out = threading.Event(), []
        t = threading.Thread(target=count, args=(stop, out))
        t.start()
        time.sleep(0.02)
        start = time.perf_counter()
        self.x.extract_json(text)
        took = time.perf_counter() - start
        stop.set(); t.join()
        if took < 0.1:
            self.skipTest(f"extraction too fast to measure ({took:.3f}s)")
        # With the GIL held the counter would stand still for the whole call.
        self.assertGreater(out[0], 0.25 * rate * took, f"counted {out[0]} in {took:.2f}s at {rate:.0f}/s alone")


if __name__ == "__main__":
    print("attache", attache.__version__, "from", attache.__file__, "on Python", sys.version.split()[0])
    unittest.main()
