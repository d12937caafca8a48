#!/usr/bin/env python3
"""Writes corpus/adversarial/: the bad-input seeds of design/reliability.md.

Usage: python3 fuzz/make_adversarial.py [OUTPUT_DIR]   (default corpus/adversarial)

Reproducible (no randomness, no clock); every file is < 64 KiB. Larger
inputs (1-2 MB tokens, "a." runs, caps blobs, 256 KB UTF-16) are generated in
memory by `fuzz_*_replay --synthetic` at test time instead of living in git.
The same seeds feed every fuzz target: fuzz_extract and fuzz_utf8 read them
as document bytes, fuzz_jsonl as JSON Lines, and fuzz_data uses the first
byte to pick a loader (the data-*.bin files start with that byte on purpose).
The folder's README.md, written from SEEDS below, says what each file is.
"""
import os
import sys

EMBASSY = "North Korea closed its embassy in Nepal on Friday, the foreign ministry in Pyongyang said."
VISIT = "Russian Foreign Minister Sergei Lavrov visited Pyongyang in October and met Kim Jong Un."

SEEDS = []  # (file name, bytes, what it is)


def seed(name, data, what):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) < 64 * 1024, name
    SEEDS.append((name, data, what))


def fill(text, size):
    out = ""
    while len(out) < size:
        out += text
    return out[:size]


# ---- invalid UTF-8 -----------------------------------------------------------
PRI121 = b"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64"
seed("utf8-pri121.bin", PRI121, "the PRI-121 vector: 6 U+FFFD in ICU, Python and nlohmann's replace mode")
seed("utf8-pri121-in-sentence.txt", b"North Korea \xF1\x80\x80closed its embassy in Ne\xE1\x80\xC2pal\x80 on Friday\x80\xBF.",
     "PRI-121 bytes inside an embassy sentence: offsets after each U+FFFD must stay exact")
seed("utf8-overlong-c080.txt", b"Spain closed its \xC0\x80embassy in Kabul.", "overlong NUL C0 80 (2 x U+FFFD)")
seed("utf8-overlong-e08080.txt", b"Spain \xE0\x80\x80closed its embassy in Kabul \xF0\x80\x80\x80.",
     "overlongs E0 80 80 and F0 80 80 80")
seed("utf8-surrogate-eda080.txt", b"Angola\xED\xA0\x80 said North Korea\xED\xBF\xBF closed its embassy.",
     "UTF-8-encoded surrogates ED A0 80 and ED BF BF")
seed("utf8-above-10ffff.txt", b"Uganda \xF4\x90\x80\x80 said the embassy \xF5\x80\x80\x80 closed \xFF\xFE.",
     "F4 90 80 80 (above U+10FFFF), F5 lead byte, FF and FE bytes")
seed("utf8-lone-continuation.txt", b"\x80North \xBFKorea\x80\x80\x80 closed its embassy in \xA0Spain.\x80",
     "lone continuation bytes at the start, inside words and at the end")
seed("utf8-truncated-at-eof.txt", ("North Korea" + "\u2019" + "s embassy in Spain closed on Friday " ).encode() + b"\xE2\x80",
     "a three-byte sequence cut at the end of the document")
seed("utf8-truncated-4byte-at-eof.txt", "Kim Jong Un visited Moscow \U0001F600".encode()[:-1],
     "a four-byte sequence (emoji) cut at the end")
cut = fill("Nepal said North Korea closed its embassy. ", 32767).encode()
seed("utf8-truncated-at-32KiB.txt", cut + b"\xE2\x80" + " North Korea\u2019s embassy in Spain closed.".encode(),
     "a code point cut at the 32 KiB buffer boundary (ooni/probe-ios#224), then the text goes on")
seed("latin1-cafe.txt", b"At a caf\xe9 in S\xe3o Tom\xe9, officials said Portugal had closed its embassy in Lom\xe9.",
     "Latin-1 text read as UTF-8: each accented byte is one U+FFFD")
seed("starts-ff-fe-latin1.txt", b"\xff\xfeNorth Korea closed its embassy in Spain.",
     "FF FE then ASCII: read as a UTF-16LE BOM by the pipeline, as two U+FFFD by sanitize_utf8")

# ---- BOMs and NUL ------------------------------------------------------------
seed("bom-utf8.txt", "\ufeff" + EMBASSY, "UTF-8 BOM at the start")
seed("bom-utf8-twice.txt", "\ufeff\ufeff" + EMBASSY, "two UTF-8 BOMs: only the first is a BOM")
seed("bom-utf8-inside.txt", "North Korea\ufeff closed its em\ufeffbassy in Spain.", "U+FEFF inside the text (a zero-width no-break space)")
seed("utf16le-bom.txt", b"\xff\xfe" + (EMBASSY + "\r\n" + VISIT).encode("utf-16-le"),
     "UTF-16LE with BOM: every second byte NUL (AgentRecall#315)")
seed("utf16be-bom.txt", b"\xfe\xff" + (EMBASSY + " \U0001F1F0\U0001F1F5").encode("utf-16-be"), "UTF-16BE with BOM, with an astral flag")
seed("utf16le-nobom.txt", (VISIT + " " + EMBASSY).encode("utf-16-le"), "UTF-16LE without BOM (detected by its NULs)")
seed("utf16le-odd-length.txt", b"\xff\xfe" + "Spain closed its embassy.".encode("utf-16-le") + b"A",
     "UTF-16LE with an odd trailing byte")
seed("utf16le-lone-surrogate.txt", b"\xff\xfe" + "Nepal ".encode("utf-16-le") + b"\x00\xd8" + "closed".encode("utf-16-le") + b"\x00\xdc",
     "UTF-16LE with unpaired high and low surrogates")
seed("utf16le-pair-split-by-nul.txt", b"\xff\xfe" + "Spain ".encode("utf-16-le") + b"\x3c\xd8\x00\x00\x00\xdf" + " closed".encode("utf-16-le"),
     "UTF-16LE surrogate pair with a U+0000 unit between its halves: two U+FFFD, the NUL dropped")
seed("nul-inside-words.txt", b"North Ko\x00rea closed its em\x00bassy in Ne\x00pal on Fri\x00day.\x00",
     "isolated NULs inside words and at the end")
seed("nul-only.bin", b"\x00" * 64, "nothing but NUL")
seed("nul-every-third.txt", b"".join(bytes([c]) + (b"\x00" if i % 3 == 2 else b"") for i, c in enumerate(EMBASSY.encode())),
     "NUL in every third byte: not UTF-16, all NULs removed")

# ---- line terminators ----------------------------------------------------------
seed("lines-cr.txt", (EMBASSY + "\r" + VISIT + "\rSpain closed its embassy\rin Kabul.").encode(), "CR-only line ends, one inside a sentence")
seed("lines-crlf.txt", (EMBASSY + "\r\n" + VISIT + "\r\n\r\n").encode(), "CRLF line ends")
seed("lines-u2028-u2029.txt", "North Korea closed its embassy\u2028in Nepal.\u2029" + VISIT + "\u2028", "U+2028 and U+2029 inside the text")
seed("lines-u0085.txt", "North Korea closed its embassy\u0085in Spain.\u0085" + VISIT, "U+0085 (NEL) inside the text")
seed("lines-formfeed.txt", EMBASSY + "\f" + VISIT + "\f\v\x1b[0m", "form feed, vertical tab and an ANSI escape")

# ---- size extremes (small versions; big ones are generated by --synthetic) ---------
seed("empty.txt", b"", "an empty file")
seed("whitespace-only.txt", " \t\r\n\f\v\u00a0\u2003\u3000\n\n".encode(), "whitespace only, ASCII and Unicode")
dotted = ".".join(str(i) for i in range(49))
seed("dotted-spacy957.txt", fill(dotted + " ", 30000), "spaCy#957's 0.1.2...48, repeated (a URL-regex hang there)")
seed("dotted-namespaces.txt", fill("org.apache.commons.lang3.builder.ToStringBuilder.reflectionToString(North.Korea.embassy) ", 30000),
     "long dotted Java namespaces")
seed("a-dot-32k.txt", "a." * 16000, "32 KB of a. (one ICU token; NLTK's ReDoS shape)")
seed("token-48k.txt", "x" * 48000, "one 48 KB token without spaces")
seed("caps-blob-48k.txt", fill("NORTH KOREA CLOSES EMBASSY IN NEPAL AS SPAIN AND ANGOLA MISSIONS SHUT ", 48000),
     "48 KB of ALL CAPS without a period: one ICU sentence")
seed("many-short-sentences.txt", fill("Spain closed its embassy in Kabul. ", 60000), "60 KB of one repeated event sentence")
seed("long-sentence-commas.txt", fill("North Korea, Nepal, Spain, Angola, Uganda, ", 40000) + " closed embassies.",
     "a 40 KB sentence of country names (sentence splitting at max_sentence_tokens)")
seed("dr-title-chain.txt", fill("Dr Kim, Mr Lee, Gen. Park, Ambassador Choe, Minister Ri and President Yoon ", 20000),
     "20 KB of titles followed by names")

# ---- case variants -----------------------------------------------------------
seed("caps-headline.txt", "NORTH KOREA CLOSES EMBASSY IN NEPAL\n\nNorth Korea closes embassy in Nepal.\n",
     "ALL-CAPS headline and its sentence-case twin")
seed("caps-conll.txt", "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", "the CoNLL/CogComp#77 headline")
seed("titlecase-headline.txt", "North Korea Closes Embassy In Nepal As Russia's Lavrov Visits Pyongyang", "Title-Case headline")

# ---- HTML leftovers --------------------------------------------------------------
seed("html-embassy-split.html",
     "<html><head><script>var s='Spain closed its embassy in Kabul';</script><style>p{}</style></head><body>"
     "<nav><ul><li>Home</li><li>World</li><li>Asia</li><li>Subscribe</li></ul></nav>"
     "<p>North Korea has <b>closed</b> its<br>embassy in <a href=\"/nepal\">Nepal</a>&nbsp;on Friday, "
     "the ministry said &amp; confirmed.</p><p>North Korea&#x2019;s embassy in Spain&#8217;s capital "
     "<span class=\"x\">also</span></p>\n<p>shut.</p><!-- North Korea closed its embassy in Angola -->"
     "<footer>&copy; 2023 News Corp. All rights reserved. Cookies | Privacy</footer></body></html>",
     "HTML with tags, entities, a script, menus and an embassy sentence split by tags")
seed("html-entities-only.txt", "&amp;&lt;&gt;&quot;&#39;&#x2019;&#8217;&nbsp;&#0;&#x110000;&#xD800;&unknown; North Korea &amp; Nepal",
     "HTML entities, some of them invalid code points")

# ---- wrapping --------------------------------------------------------------------
seed("wrap-north-korea.txt", "The government of North\nKorea closed its embassy in\nNepal. Envoy McKenzie Van der\nMerwe visited Pretoria.",
     "hard-wrapped text that splits North/Korea and Van der/Merwe (aleph#78)")
seed("wrap-hyphen.txt", "North Korea closed its em-\nbassy in Ne-\npal on Fri-\nday.", "hyphenated line wrapping")

# ---- Unicode -----------------------------------------------------------------------
seed("emoji-before-entities.txt", "\U0001F1F0\U0001F1F5\U0001F600\U0001F44D\U0001F3FD\u200d\u2642\ufe0f " + EMBASSY +
     " \U0001D40D\U0001D41E\U0001D429\U0001D41A\U0001D425 \U0001F1EA\U0001F1F8 Spain",
     "emoji, flags, skin tones and math-bold letters before entities (CoreNLP#501 offsets)")
seed("turkiye-nfc.txt", "T\u00fcrkiye closed its embassy in Kabul. T\u00dcRK\u0130YE said so.", "Türkiye in NFC, and dotted capital I")
seed("turkiye-nfd.txt", "Tu\u0308rkiye closed its embassy in Kabul. Co\u0302te d\u2019Ivoire too.", "Türkiye in NFD (combining diaeresis)")
seed("combining-storm.txt", "Spain" + "\u0301" * 300 + " closed its embassy in Ne\u0308\u0308\u0308pal.", "300 combining marks on one letter")
seed("curly-apostrophes.txt", "North Korea\u2019s embassy in Spain closed. \u2018Pyongyang\u2019s envoy\u2019 left \u201cMadrid\u201d.",
     "curly apostrophes and quotes (as in seed.jsonl)")
seed("zwj-rlm-lrm.txt", "North\u200dKorea closed its \u200fembassy\u200e in \u202bNepal\u202c. \u0645\u062d\u0645\u062f \u0628\u0646 \u0633\u0644\u0645\u0627\u0646 visited Qatar\u2069.",
     "ZWJ, RLM, LRM, bidi embeddings and an Arabic name inside English")
seed("private-use-noncharacters.txt", "Spain\ufffe\uffff\U0010FFFF\U000F0000 closed its embassy\ufdd0 in Kabul.", "noncharacters and private-use code points")

# ---- country ambiguity ---------------------------------------------------------
seed("ambiguity-georgia.txt", "Georgia closed its embassy in Moscow. The governor of Georgia visited Atlanta.", "Georgia, country vs US state")
seed("ambiguity-chad-jordan.txt", "Chad Johnson met Jordan Peterson. Chad closed its embassy in Jordan.", "Chad and Jordan as person names")
seed("ambiguity-congo.txt", "Congo closed its embassy in Brazzaville. The Republic of Congo reopened its embassy in Kinshasa.", "Congo COD vs COG")
seed("ambiguity-korea-dprk-hermit.txt", "Korea said the DPRK closed its embassy. The Hermit Kingdom shut its mission in Angola.", "Korea, DPRK, the Hermit Kingdom")
seed("ambiguity-namibia-na.txt", "NA\tNamibia\nNamibia (NA) closed its embassy in Cuba. NA said NaN.", "Namibia's NA code, pandas' NaN trap")
seed("kosovo.txt", "Kosovo reopened its embassy in Tirana; Serbia objected.", "Kosovo, code XKX")

# ---- JSON Lines edge cases --------------------------------------------------------
def jl(*lines, end="\n"):
    return end.join(lines) + end


seed("jsonl-missing-text.jsonl", jl('{"id": "a1", "date": "2023-11-03"}', '{"id": "a2", "txt": "North Korea closed its embassy."}', '{}'),
     "records without text")
seed("jsonl-text-not-string.jsonl", jl('{"id": "b1", "text": 42}', '{"id": "b2", "text": null}', '{"id": "b3", "text": ["North Korea"]}',
                                        '{"id": "b4", "text": {"body": "Spain"}}', '{"id": "b5", "text": true}'),
     "text that is a number, null, array, object, boolean")
seed("jsonl-numeric-id.jsonl", jl('{"id": 7, "text": "Spain closed its embassy in Kabul."}', '{"id": 12345678901234567890123, "text": "a"}',
                                   '{"id": 1.10, "text": "b"}', '{"id": -0, "text": "c"}', '{"id": 1e400, "text": "d"}', '{"id": "007", "text": "e"}'),
     "numeric ids (echo as written: 1.10 stays 1.10), big and odd numbers")
seed("jsonl-broken-line.jsonl", jl('{"id": "c1", "text": "North Korea closed', '{"id": "c2", "text": "ok"}', 'not json at all',
                                    '{"id": "c3", "text": "x"} trailing', '[1, 2, 3]', '"just a string"', '{"id": "c4", "text": "a\\qb"}'),
     "broken lines, trailing garbage, non-object JSON, a bad escape")
seed("jsonl-duplicate-ids.jsonl", jl('{"id": "d", "text": "North Korea closed its embassy in Spain."}',
                                      '{"id": "d", "text": "North Korea closed its embassy in Nepal."}', '{"id": "d", "id": "e", "text": "x", "text": "y"}'),
     "duplicate ids across lines and duplicate keys inside one line")
seed("jsonl-no-trailing-newline.jsonl", jl('{"id": "f1", "text": "one"}', '{"id": "f2", "text": "two"}', end="\n")[:-1],
     "a last line without a newline")
seed("jsonl-escapes.jsonl", jl('{"id": "g1", "text": "North\\u0000Korea closed its embassy\\u2028in Nepal\\u0085."}',
                                '{"id": "g2", "text": "\\ud83c\\uddf0\\ud83c\\uddf5 Spain"}', '{"id": "g3", "text": "lone \\ud800 surrogate"}',
                                '{"id": "g4", "text": "\\udc00 low first"}', '{"id": "\\u2028", "text": "x", "date": 20231103}'),
     "\\u0000, \\u2028, \\u0085, surrogate pairs and lone surrogates in escapes, a non-string date")
seed("jsonl-raw-separators.jsonl", ('{"id": "h1", "text": "North Korea\u2028closed\u2029its embassy\u0085in Spain."}\r\n'
                                     '{"id": "h2", "text": "tab\there"}\n').encode(),
     "raw U+2028/U+2029/U+0085 and a raw TAB inside JSON strings, a CRLF line end")
seed("jsonl-invalid-utf8.jsonl", b'{"id": "i1", "text": "Nepal \xF1\x80\x80 embassy \xC0\x80"}\n{"id": "i\xff", "text": "x"}\n',
     "invalid UTF-8 inside JSON strings and ids")
seed("jsonl-deep-nesting.jsonl", ('{"id": "j1", "meta": ' + "[" * 5000 + "]" * 5000 + ', "text": "Spain closed its embassy."}\n' +
                                   '{"id": "j2", "text": "x", "x": ' + '{"a":' * 2000 + '1' + '}' * 2000 + '}\n'),
     "deeply nested unknown values")
seed("jsonl-blank-and-bom.jsonl", "\ufeff" + jl('{"id": "k1", "text": "Kosovo reopened its embassy."}', "", "   \t", '{"id": "k2", "text": ""}'),
     "a BOM before the first record, blank lines, an empty text")

# ---- data and rule loaders (first byte = fuzz_data mode) ------------------------------
seed("data-aliases.bin", b"\x01PRK\tname\tHermit Kingdom\t\tnickname\nXKX\tdemonym\tKosovar\tbogus\t\nPRK\tweird\tx\t\t\n\t\t\t\t\n",
     "fuzz_data mode 1: aliases rows, one with a bad flag and one with a bad form")
seed("data-ambiguous.bin", b"\x02Georgia\tGEO\tUSA\tsentence\tAtlanta||Tbilisi\tnote\nCongo\tCOD\t-\tnowhere\tx\t\n",
     "fuzz_data mode 2: ambiguous rows, empty cue, bad scope")
seed("data-people.bin", b"\x04Kim Jong Un\tPRK\tSupreme Leader\t2011-12-17\t\tKim|Kim Jong-un||\nX\tPRK\trole\t2030-99-99\t1999\t\n",
     "fuzz_data mode 4: people rows, bad dates")
seed("data-raw-tsv.bin", b"\x07# comment\n\na\tb\n1\t2\t3\n", "fuzz_data mode 7: a raw table with a ragged row")
seed("data-list.bin", b"\x08# words\nDr.\n  Gen.  \n\n#x\n\xff\xfe\n", "fuzz_data mode 8: a word list with invalid UTF-8")
seed("data-rules.bin", b"\x09[event X]\nroles = a b\nrequired = a c\n[list l]\nx, @l, @missing\n[rule r]\nevent = X\ntrigger = @l\na = subject(trigger: from @nope) pp(in, at) window(99999999999)\n",
     "fuzz_data mode 9: a rule file with self-including list, unknown lists and roles, huge window")
seed("data-rules-after-builtin.bin", b"\x0a[rule closure/extra]\nevent = EMBASSY_CLOSURE\ntrigger = shut down\nactor = subject\nhost = pp(in)\n",
     "fuzz_data mode 10: an extra rule after the built-in rule files")


def readme():
    lines = ["# corpus/adversarial: bad-input seeds", "",
             "Generated by `python3 fuzz/make_adversarial.py`; do not edit by hand (edit the generator).",
             "The bad-input list of `design/reliability.md` section 10.3, as small (< 64 KiB) files.",
             "Every fuzz target replays this folder as a regression test (`ctest -R fuzz.replay`);",
             "larger inputs are generated at test time by `fuzz_*_replay --synthetic`.", "",
             "| file | bytes | what |", "|---|---|---|"]
    for name, data, what in SEEDS:
        lines.append(f"| `{name}` | {len(data)} | {what.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "corpus", "adversarial")
    os.makedirs(out, exist_ok=True)
    names = set()
    for name, data, _ in SEEDS:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme())
    print(f"wrote {len(SEEDS)} seeds to {out}")


if __name__ == "__main__":
    main()
