"""GNU parallel splits JSON Lines across processes; the output is byte-identical.

    parallel --pipe --keep-order -N 50 attache-extract --input-format jsonl < in.jsonl

Exit status 77 (ctest: skipped) when GNU parallel is not installed.
"""
import json
import os
import shutil
import subprocess
import sys
import unittest

EXE = os.environ.get("ATTACHE_EXTRACT", "attache-extract")
SRC = os.environ.get("ATTACHE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(SRC, "corpus", "seed", "north-korea-diplomatic-shift.txt")


def gnu_parallel():
    exe = shutil.which("parallel")
    if not exe:
        return None
    p = subprocess.run([exe, "--version"], capture_output=True, timeout=60)
    return exe if b"GNU parallel" in p.stdout else None  # moreutils' parallel is another program


class Parallel(unittest.TestCase):
    def test_split_across_processes_is_byte_identical(self):
        with open(SEED, encoding="utf-8") as f:
            seed = f.read()
        docs = []
        for i in range(437):  # not a multiple of 50: the last chunk is short
            text = seed if i % 25 == 0 else f"Report {i}: North Korea closed its embassy in Spain, “sources” said.\u2028Vietnam hosted a delegation from Laos."
            docs.append({"id": f"r{i}", "text": text, "date": "2023-11-03"})
        feed = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode()
        single = subprocess.run([EXE, "--input-format", "jsonl", "-j", "2"], input=feed, capture_output=True, timeout=300)
        self.assertEqual(single.returncode, 0)
        split = subprocess.run([PARALLEL, "--pipe", "--keep-order", "-N", "50", "-j", "2",
                                EXE, "--input-format", "jsonl", "-j", "1"],
                               input=feed, capture_output=True, timeout=300)
        self.assertEqual(split.returncode, 0)
        self.assertEqual(split.stdout, single.stdout)
        lines = single.stdout.decode().splitlines()
        self.assertEqual([json.loads(l)["id"] for l in lines], [d["id"] for d in docs])
        for fmt in ("events-csv", "entities-csv"):
            one = subprocess.run([EXE, "--format", fmt, "--input-format", "jsonl"], input=feed, capture_output=True,
                                 timeout=300).stdout
            parts = subprocess.run([PARALLEL, "--pipe", "--keep-order", "-N", "50", "-j", "2",
                                    EXE, "--format", fmt, "--input-format", "jsonl", "-j", "1"],
                                   input=feed, capture_output=True, timeout=300).stdout
            # each process writes the header; the README's awk keeps the first one only
            merged = subprocess.run(["awk", "NR == 1 { h = $0 } NR == 1 || $0 != h"], input=parts,
                                    capture_output=True, check=True, timeout=60).stdout
            self.assertEqual(merged, one, fmt)
            self.assertGreater(parts.count(b"doc_id,"), 1)

    def test_a_failed_record_keeps_its_place_and_id(self):
        docs = [{"id": f"r{i}", "text": "Nepal"} for i in range(120)]
        docs[70] = {"id": "r70", "text": 42}
        feed = "".join(json.dumps(d) + "\n" for d in docs).encode()
        split = subprocess.run([PARALLEL, "--pipe", "--keep-order", "-N", "50", EXE, "--input-format", "jsonl"],
                               input=feed, capture_output=True, timeout=300)
        self.assertEqual(split.returncode, 1)  # GNU parallel exits with the number of jobs that failed
        recs = [json.loads(l) for l in split.stdout.decode().splitlines()]
        self.assertEqual([r["id"] for r in recs], [d["id"] for d in docs])
        self.assertTrue(recs[70]["errors"])
        # error messages name the line within the chunk a process received
        self.assertIn("(-:21)", recs[70]["errors"][0])


if __name__ == "__main__":
    PARALLEL = gnu_parallel()
    if PARALLEL is None:
        print("SKIPPED: GNU parallel is not installed (apt-get install parallel); the parallel recipe was not tested")
        sys.exit(77)
    unittest.main()
