// text/segment: the sentence splitter against an oracle.
//
// Until the rule scanner in src/text/segment.cpp replaced it, attache split
// sentences with ICU's sentence BreakIterator (over a copy of the text with
// lone line breaks overwritten by spaces) plus the abbreviation filter
// (text::after_abbreviation, which both share). That splitter lives on
// here, test-only, as the oracle: both must give the same sentence starts,
// byte for byte, on every text of the corpora and on generated texts full
// of the cases that matter (terminators, closing quotes, numbers, initials,
// abbreviations, line breaks, non-ASCII punctuation, combining marks).
//
// Extra JSON Lines files (field "text") can be compared too:
//   ATTACHE_SENTENCE_ORACLE_EXTRA="a.jsonl:b.jsonl" attache-tests -ts=text
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "text/segment.hpp"
#include "text/utf8.hpp"

#ifndef ATTACHE_SOURCE_DIR
#define ATTACHE_SOURCE_DIR "."
#endif

namespace {

// The former splitter, as it was (minus the iterator pool).
class IcuOracle {
 public:
  explicit IcuOracle(std::vector<std::string> abbreviations) : abbreviations_(std::move(abbreviations)) {
    std::sort(abbreviations_.begin(), abbreviations_.end());
    UErrorCode st = U_ZERO_ERROR;
    bi_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), st));
    REQUIRE(U_SUCCESS(st));
  }

  std::vector<std::uint32_t> split(std::string_view text) const {
    std::vector<std::uint32_t> starts{0};
    if (text.empty()) return starts;
    std::string copy(text);
    for (std::size_t i = 0; i < copy.size(); ++i) {
      if (copy[i] != '\n' && copy[i] != '\r') continue;
      std::size_t j = i;
      if (copy[j] == '\r' && j + 1 < copy.size() && copy[j + 1] == '\n') ++j;
      std::size_t k = j + 1;
      while (k < copy.size() && (copy[k] == ' ' || copy[k] == '\t')) ++k;
      const bool blank_follows = k < copy.size() && (copy[k] == '\n' || copy[k] == '\r');
      const bool blank_before = i > 0 && (copy[i - 1] == '\n' || copy[i - 1] == ' ');
      if (!blank_follows && !blank_before && k < copy.size() && !attache::text::layout_line_break(text, i, k)) {
        for (std::size_t m = i; m <= j; ++m) copy[m] = ' ';
      }
      i = j;
    }
    UErrorCode st = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, copy.data(), static_cast<int64_t>(copy.size()), &st);
    bi_->setText(ut, st);
    for (int32_t p = bi_->next(); p != icu::BreakIterator::DONE; p = bi_->next())
      if (p > 0 && std::size_t(p) < copy.size() && !attache::text::after_abbreviation(copy, std::uint32_t(p), abbreviations_)) starts.push_back(std::uint32_t(p));
    UErrorCode st2 = U_ZERO_ERROR;
    UText* empty = utext_openUTF8(nullptr, "", 0, &st2);
    bi_->setText(empty, st2);
    utext_close(empty);
    utext_close(ut);
    return starts;
  }

 private:
  std::vector<std::string> abbreviations_;
  std::unique_ptr<icu::BreakIterator> bi_;
};

std::vector<std::string> abbreviations() {
  std::vector<std::string> out;
  std::ifstream in(ATTACHE_SOURCE_DIR "/data/lexicon/abbreviations.txt");
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

struct Fixture {
  Fixture() : oracle(abbreviations()) {
    auto made = attache::text::SentenceSplitter::create(abbreviations());
    REQUIRE(made);
    splitter = std::move(*made);
  }
  IcuOracle oracle;
  std::unique_ptr<attache::text::SentenceSplitter> splitter;
  int texts = 0, differing = 0;

  // Compares one (sanitized) text; reports the first difference.
  void check(const std::string& raw, const std::string& where) {
    const std::string text = attache::text::sanitize(raw, nullptr);
    const auto want = oracle.split(text);
    std::vector<std::uint32_t> got;
    splitter->split(text, got);
    ++texts;
    if (got == want) return;
    ++differing;
    std::size_t k = 0;
    while (k < got.size() && k < want.size() && got[k] == want[k]) ++k;
    const std::uint32_t at = std::min(k < got.size() ? got[k] : ~0u, k < want.size() ? want[k] : ~0u);
    const std::size_t from = at > 40 ? at - 40 : 0;
    if (differing <= 10)
      MESSAGE(where << ": first difference at byte " << at << " (ICU " << (k < want.size() ? int(want[k]) : -1)
                    << ", rules " << (k < got.size() ? int(got[k]) : -1) << "): \""
                    << text.substr(from, std::min<std::size_t>(80, text.size() - from)) << "\"");
  }
};

std::vector<std::string> jsonl_texts(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"].get<std::string>());
  }
  return out;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_SUITE("text") {

TEST_CASE("sentence rules give ICU's sentence starts on the corpora") {
  Fixture f;
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(ATTACHE_SOURCE_DIR) / "corpus";
  std::vector<std::string> passages;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(corpus))
    if (e.is_regular_file()) files.push_back(e.path());
  if (const char* extra = std::getenv("ATTACHE_SENTENCE_ORACLE_EXTRA")) {
    std::stringstream ss(extra);
    std::string p;
    while (std::getline(ss, p, ':'))
      if (!p.empty()) files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    if (p.extension() == ".jsonl") {
      for (const auto& t : jsonl_texts(p.string())) {
        f.check(t, p.filename().string());
        passages.push_back(t);
      }
    } else if (p.extension() == ".txt") {
      f.check(slurp(p), p.filename().string());
    }
  }
  REQUIRE(passages.size() > 100);
  // Passages joined as the benchmark's generator joins them (a blank line),
  // and with a single line break or a space.
  std::mt19937 rng(20261128);
  for (int i = 0; i < 400; ++i) {
    std::string doc;
    const char* sep = i % 3 == 0 ? "\n\n" : i % 3 == 1 ? "\n" : " ";
    for (int k = 0, m = 2 + int(rng() % 5); k < m; ++k) doc += (k ? sep : "") + passages[rng() % passages.size()];
    f.check(doc, "joined passages");
  }
  MESSAGE(f.texts << " texts compared, " << f.differing << " differ");
  CHECK(f.differing == 0);
}

TEST_CASE("sentence rules give ICU's sentence starts on generated texts") {
  Fixture f;
  // Pieces that exercise every rule; texts are random sequences of them.
  const std::vector<std::string> pieces = {
      "a", "word", "The", "U", "S", "x", "3", "5", "2024", ".", ".", ".", "!", "?", "...", " ", " ", " ", "  ", "\t",
      "\n", "\n", "\r\n", "\r", "\n\n", " \n", "\n \n", "\"", "'", ")", "(", "]", ",", ";", ":", "-",
      "\xE2\x80\x99",      // ’ (Close)
      "\xE2\x80\x9D",      // ” (Close)
      "\xE2\x80\x9C",      // “ (Close)
      "\xE2\x80\x94",      // — (SContinue)
      "\xE2\x80\xA6",      // … (Other)
      "\xC2\xA0",          // no-break space (Sp)
      "\xCC\x81",          // combining acute (Extend)
      "\xE2\x80\x8D",      // zero width joiner (Extend)
      "\xC2\xAD",          // soft hyphen (Format)
      "\xE2\x80\xA8",      // line separator (Sep)
      "\xC2\x85",          // next line (Sep)
      "\xE3\x80\x82",      // ideographic full stop (STerm)
      "\xEF\xBC\x8E",      // fullwidth full stop (ATerm)
      "\xC3\xA9",          // é (Lower)
      "\xC3\x89",          // É (Upper)
      "\xE6\x97\xA5",      // 日 (OLetter)
      "\xD9\xA3",          // Arabic-Indic three (Numeric)
      "U.S.", "Gen.", "W.", "etc.", "Mr.", "No.", "Jan.",
  };
  std::mt19937 rng(7);
  for (int i = 0; i < 30000; ++i) {
    std::string s;
    for (int k = 0, m = 1 + int(rng() % 24); k < m; ++k) s += pieces[rng() % pieces.size()];
    f.check(s, "generated");
  }
  // Degenerate documents.
  for (const std::string& s : std::vector<std::string>{"", ".", "\n", "\n\n\n", "....", "!?!?", " . . . ", "a.\n", std::string(10000, '.'),
                              std::string(5000, '\n'), "A. B. C. D.", "\"Hi.\" \"Yes.\""})
    f.check(s, "degenerate");
  MESSAGE(f.texts << " texts compared, " << f.differing << " differ");
  CHECK(f.differing == 0);
}

}  // TEST_SUITE
