"""events-csv and entities-csv load into pandas unchanged (Debian python3-pandas).

Exit status 77 (ctest: skipped) when pandas is not installed.
"""
import csv
import io
import json
import os
import subprocess
import sys
import unittest

try:
    import pandas
except ImportError:  # pragma: no cover
    pandas = None

EXE = os.environ.get("ATTACHE_EXTRACT", "attache-extract")
SRC = os.environ.get("ATTACHE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(SRC, "corpus", "seed", "north-korea-diplomatic-shift.txt")


def run(args, stdin=b""):
    p = subprocess.run([EXE] + args, input=stdin, capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode(errors="replace")
    return p.stdout


def load(data):
    """The documented recipe."""
    return pandas.read_csv(io.BytesIO(data), keep_default_na=False, dtype=str)


def rows(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


class RoundTrip(unittest.TestCase):
    FEED = "".join(json.dumps(o) + "\n" for o in [
        {"id": "NA", "text": "Namibia closed its embassy in Nepal, \"for now\".\nOfficials declined comment."},
        {"id": "null", "text": "No countries here."},
        {"id": "None", "text": "Vietnam hosted a delegation from Laos."},
        {"id": "042", "text": "North Korea closed its embassy in Spain."},
    ]).encode()

    def check_same(self, data):
        frame = load(data)
        expected = rows(data)
        self.assertEqual(list(frame.columns), list(expected[0].keys()))
        self.assertEqual(frame.to_dict("records"), expected)
        return frame

    def test_events_csv(self):
        data = run(["--format", "events-csv", "--input-format", "jsonl"], self.FEED)
        frame = self.check_same(data)
        self.assertEqual(list(frame["doc_id"]), ["NA", "None", "042"])
        self.assertEqual(list(frame["actor_code"]), ["NAM", "", "PRK"])
        self.assertEqual(list(frame["cameo"]), ["161", "042", "161"])
        self.assertEqual(frame["sentence"][0], 'Namibia closed its embassy in Nepal, "for now".')
        # Why the recipe matters: pandas' defaults turn "NA"/"None" into NaN and "042" into 42.
        naive = pandas.read_csv(io.BytesIO(data))
        self.assertTrue(pandas.isna(naive["doc_id"][0]))
        self.assertEqual(int(naive["cameo"][1]), 42)

    def test_entities_csv(self):
        frame = self.check_same(run(["--format", "entities-csv", "--input-format", "jsonl"], self.FEED))
        self.assertEqual(list(frame["doc_id"].unique()), ["NA", "None", "042"])
        self.assertEqual(list(frame["code"])[:2], ["NAM", "NPL"])

    def test_seed(self):
        frame = self.check_same(run(["--format", "events-csv", "--date", "2023-11-03", SEED]))
        self.assertEqual(len(frame), 7)
        self.assertEqual(frame.groupby("type").size().to_dict(), {"DIPLOMATIC_VISIT": 2, "EMBASSY_CLOSURE": 5})
        self.assertEqual(sorted(frame["host_code"]), ["AGO", "ESP", "HKG", "NPL", "PRK", "PRK", "UGA"])


if __name__ == "__main__":
    if pandas is None:
        print("SKIPPED: python3-pandas is not installed (apt-get install python3-pandas); "
              "the pandas round trip was not tested")
        sys.exit(77)
    print("pandas", pandas.__version__)
    unittest.main()
