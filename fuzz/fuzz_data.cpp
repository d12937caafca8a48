// fuzz_data -- the data table and rule file loaders on arbitrary content.
//
// The first byte picks what the rest is loaded as (so the fuzzer reaches
// every loader instead of failing on the header line):
//   0..6  a TSV table with the header of one of the seven tables
//         (iso3166, aliases, ambiguous, places, people, organizations,
//         titles) put before the content, loaded into a Lexicon (after the
//         embedded data/countries/iso3166.tsv for even modes), then
//         Lexicon::finish();
//   7     the content as a .tsv table as it is (header included);
//   8     the content as a .txt word list ("abbreviations.txt", "fuzz.txt");
//   9     the content as a .rules file alone, then RuleSet::finish();
//   10    the content as a .rules file after the embedded data/rules/*.rules,
//         then RuleSet::finish();
//   11    as 10, then, in the replay program only (too slow for libFuzzer:
//         about a second per input under ASan), a whole Extractor built from
//         the embedded data plus this file (a temporary file) runs on a fixed
//         news paragraph.
// Every call must return an Error or succeed: no crash, exception or hang.
// An Error has a message; a data or rule error from load() names "file:line".
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include <unistd.h>

#include "attache/attache.hpp"
#include "events/rules.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz_data: invariant broken: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
  std::fflush(stderr);
  std::abort();
}

bool ok(const attache::Error& e) { return e.message.empty(); }  // as src/extractor.cpp

// load() errors must name "file:line". finish() errors may lack a location:
// RuleSet::finish() reports list cycles and undefined lists without one
// (fuzz/README.md, finding 3), which is a usability gap, not a crash.
void check_error(const attache::Error& e, bool need_location) {
  if (ok(e)) return;
  if (e.message.empty()) fail("an error without a message", e.what());
  if (need_location && (e.code == attache::Errc::data_error || e.code == attache::Errc::rule_error) && e.location.empty())
    fail("a data/rule error without a location", e.what());
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

const char* const kHeaders[] = {
    "alpha3\talpha2\tname\tofficial_name\tcommon_name",
    "code\tform\talias\tflags\tnote",
    "alias\tdefault\tother\tscope\tcues\tnote",
    "name\tcode\tkind\tflags\tnote",
    "name\tcountry\trole\tfrom\tto\taliases",
    "name\taliases\tcountry\tkind",
    "title\tkind\tplural",
};

// Loads the embedded rule files, or the embedded ISO 3166 table.
template <class Loader>
void load_embedded(Loader&& load, bool rules) {
  std::size_t n = 0;
  const attache::lexicon::EmbeddedFile* f = attache::lexicon::embedded_files(&n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view path(f[i].path);
    if (ends_with(path, ".rules") != rules) continue;
    if (!rules && path != "data/countries/iso3166.tsv") continue;
    const attache::Error e = load(path, std::string_view(f[i].data, f[i].size));
    if (!ok(e)) fail("the embedded data does not load", e.what());
  }
}

void lexicon_case(std::string_view path, const std::string& content, bool with_embedded) {
  attache::lexicon::Lexicon lex;
  if (with_embedded) load_embedded([&](std::string_view p, std::string_view c) { return lex.load(p, c); }, false);
  attache::Error e = lex.load(path, content);
  check_error(e, true);
  if (ok(e)) check_error(lex.finish(), false);
}

void rules_case(const std::string& content, bool with_embedded, bool run) {
  attache::events::RuleSet rs;
  if (with_embedded) load_embedded([&](std::string_view p, std::string_view c) { return rs.load(p, c); }, true);
  attache::Error e = rs.load("fuzz.rules", content);
  check_error(e, true);
  if (!ok(e)) return;
  e = rs.finish();
  check_error(e, false);
  if (!ok(e) || !run) return;
  // The whole Extractor with this rule file: it must build or fail cleanly, and run.
  char path[] = "/tmp/attache-fuzz-XXXXXX.rules";
  const int fd = mkstemps(path, 6);
  if (fd < 0) return;
  const bool written = write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  close(fd);
  if (written) {
    attache::Options o;
    o.data_files.push_back(path);
    o.include_unasserted = true;
    auto made = attache::Extractor::create(o);
    if (made) {
      attache::Document d = made->extract(
          "North Korea closed its embassy in Nepal on Friday. Russian Foreign Minister Sergei Lavrov visited "
          "Pyongyang in October, and Spain said it would reopen its embassy in Kabul.",
          {"fuzz", "2023-11-03"});
      const std::string line = attache::to_json(d);
      if (!attache::is_valid_utf8(line)) fail("output with a fuzzed rule file is not valid UTF-8");
    } else {
      check_error(made.error(), false);
    }
  }
  unlink(path);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned mode = data[0] % 12;
  const std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    if (mode <= 6) {
      lexicon_case("fuzz.tsv", std::string(kHeaders[mode]) + "\n" + content, mode % 2 == 0);
    } else if (mode == 7) {
      lexicon_case("fuzz.tsv", content, false);
    } else if (mode == 8) {
      lexicon_case("abbreviations.txt", content, false);
      lexicon_case("fuzz.txt", content, false);
    } else {
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
      rules_case(content, mode >= 10, false);
#else
      rules_case(content, mode >= 10, mode == 11);
#endif
    }
  } catch (const std::exception& e) {
    fail("an exception escaped a loader", e.what());
  } catch (...) {
    fail("an exception escaped a loader", "(not a std::exception)");
  }
  return 0;
}
