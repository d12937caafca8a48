// Time bounds of the bad-input list (issue 6, design/reliability.md): in a
// Release build each pathological input finishes in under a second, and
// doubling it at most doubles the time (checked with the 2.5x tolerance the
// design allows, on the best of five alternating runs). Measured in CPU time
// of the calling thread, so that other processes on a busy machine (a build,
// the other half of `ctest -j2`) do not count: a CI run failed once on wall
// time while a build ran beside it. Skipped in builds with assertions or
// sanitizers, whose timings mean nothing.
//
// "Under a second" is stated for the design's reference machine. A slower
// machine gets a bound as much longer as ICU's word BreakIterator, timed
// here on the same text, is slower there than on the reference machine (a
// CI machine ran every input 1.5-1.7 times as long as the machine the
// bounds were set on, and 4.8 MB of capitals took 1.01 s there). A faster
// machine keeps one second.
#include <doctest/doctest.h>

#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <tuple>

#include "test_util.hpp"

namespace {

#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
constexpr bool kTimed = true;
#else
constexpr bool kTimed = false;
#endif

// CPU seconds of this thread (POSIX).
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double seconds(const std::string& text) {
  const double t0 = thread_seconds();
  auto d = attache_test::extractor().extract(text);
  (void)attache::to_json(d);
  return thread_seconds() - t0;
}

// The best of five runs of each input, alternating between them, so that
// a busy moment of a shared machine falls on both rather than on one.
std::pair<double, double> best_seconds(const std::string& full, const std::string& half) {
  double f = 1e9, h = 1e9;
  for (int i = 0; i < 5; ++i) {
    f = std::min(f, seconds(full));
    h = std::min(h, seconds(half));
  }
  return {f, h};
}

// ICU's word segmentation of `text`, best of five, in CPU seconds: the
// machine's speed, measured by work attache does not do.
double icu_word_seconds(const std::string& text) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), st));
  REQUIRE(U_SUCCESS(st));
  double best = 1e9;
  for (int i = 0; i < 5; ++i) {
    const double t0 = thread_seconds();
    UText* ut = utext_openUTF8(nullptr, text.data(), std::int64_t(text.size()), &st);
    words->setText(ut, st);
    std::size_t n = 0;
    for (std::int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next()) ++n;
    utext_close(ut);
    best = std::min(best, thread_seconds() - t0);
    REQUIRE(n > 0);
  }
  REQUIRE(U_SUCCESS(st));
  return best;
}

// ICU's word segmentation of 4.8 MB of capitals (the input below) on the
// reference machine, in CPU seconds: 0.065-0.067 in ten runs (Release,
// GCC 12, ICU 72).
constexpr double kReferenceIcuSeconds = 0.066;

struct Input {
  const char* name;
  std::function<std::string(std::size_t)> make;  // an input of about n bytes
  std::size_t bytes;                               // the size the bound is stated for
};

}  // namespace

TEST_SUITE("time-bounds") {

TEST_CASE("pathological inputs: under a second on the reference machine, and linear") {
  if (!kTimed) {
    MESSAGE("skipped: not a Release build without sanitizers");
    return;
  }
  const std::string seed = attache_test::read_file(attache_test::source_path("corpus/seed/north-korea-diplomatic-shift.txt"));
  auto repeat = [](const std::string& unit, std::size_t n) {
    std::string s;
    s.reserve(n + unit.size());
    while (s.size() < n) s += unit;
    return s;
  };
  const Input inputs[] = {
      {"a 10 MB token", [&](std::size_t n) { return std::string(n, 'a'); }, 10u << 20},
      {"1 MB of a.", [&](std::size_t n) { return repeat("a.", n); }, 1u << 20},
      {"4.8 MB of capitals", [&](std::size_t n) { return repeat("NORTH KOREA CLOSES EMBASSY IN NEPAL AND ", n); }, 4800000},
      {"spaCy#957 dotted numbers x 10^4", [&](std::size_t n) { return repeat("0.1.2.3.4.5.6.7.8.9.10.11.48 org.apache.commons ", n); }, 540000},
      {"1 MB of news", [&](std::size_t n) { return repeat(seed + " ", n); }, 1u << 20},
      {"1 MB of invalid UTF-8", [&](std::size_t n) { return repeat("\xF1\x80\xC2\x80\xBF\xFFz", n); }, 1u << 20},
      {"1 MB of HTML", [&](std::size_t n) { return repeat("<p>North Korea closed its <b>embassy</b> in Spain.</p>&amp;&nbsp;", n); }, 1u << 20},
      // (Every line of a list looks back to the list's lead: once per line,
      // not once per line before it.)
      {"1 MB of list lines under a lead",
       [&](std::size_t n) { return "Who has visited Kyiv since the invasion?\n" + repeat("- May 8: Canada's Justin Trudeau.\n", n); },
       1u << 20},
      // (An acronym a bracket defines over another body of the tables is
      // looked up once per capitalised word, not once per definition before
      // it: 1 MB took 6 s at a28f497.)
      {"1 MB of acronyms defined in brackets",
       [&](std::size_t n) { return repeat("The Communist Party of Cuba (PCC) met the PCC and the United Nations (UN). ", n); },
       1u << 20},
  };
  // How much slower than the reference machine this one is (1 if faster).
  const double icu = icu_word_seconds(inputs[2].make(inputs[2].bytes));
  const double bound = 1.0 * std::max(1.0, icu / kReferenceIcuSeconds);
  MESSAGE("ICU word segmentation of 4.8 MB of capitals: " << icu << " s (reference machine: " << kReferenceIcuSeconds
                                                           << " s); the bound: " << bound << " s");
  for (const auto& in : inputs) {
    INFO(std::string(in.name));
    const std::string full_text = in.make(in.bytes), half_text = in.make(in.bytes / 2);
    // (Below 20 ms, page faults and the scheduler of a busy machine decide
    // more than the algorithm does: a 10 MB token took 19 ms against 6.8 ms
    // for half of it with two builds running, and 1 MB of HTML, whose
    // 16,000 events make a 20 MB record, 31-33 ms against 13 ms, a fifth of
    // it the kernel clearing fresh pages, at 0fa0ca9 as since; 4 MB of it
    // takes 2.5 times as long as 1 MB. Quadratic work on these inputs would
    // take seconds.)
    // (Up to three measurements: 1 MB of invalid UTF-8, 2.0-2.1x in quiet
    // runs, once measured 2.58x, all five runs of the full input slow while
    // other processes were busy. Work that grows faster than the input fails
    // every time.)
    double full = 0, half = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
      std::tie(full, half) = best_seconds(full_text, half_text);
      if (full <= 2.5 * std::max(half, 0.02)) break;
    }
    CHECK(full < bound);
    MESSAGE(std::string(in.name) << ": " << full << " s; half the input: " << half << " s");
    CHECK(full <= 2.5 * std::max(half, 0.02));
  }
}

}  // TEST_SUITE
