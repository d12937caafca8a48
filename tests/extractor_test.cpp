// The public API: immutability, thread safety, moves, versions.
#include <doctest/doctest.h>

#include <thread>

#include "test_util.hpp"

TEST_SUITE("extractor") {

TEST_CASE("one Extractor shared by many threads gives the single-threaded output") {
  const auto& x = attache_test::extractor();
  std::vector<std::string> texts = {
      attache_test::read_file(attache_test::source_path("corpus/seed/north-korea-diplomatic-shift.txt")),
      "Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday.",
      "Germany, France and Italy shut their embassies in Kabul on Sunday.",
      "Pyongyang said it would respond.",
  };
  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(attache::to_json(x.extract(t, {"d", "2023-11-03"})));
  std::vector<std::thread> pool;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 8; ++t)
    pool.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        const std::size_t k = std::size_t(i + t) % texts.size();
        if (attache::to_json(x.extract(texts[k], {"d", "2023-11-03"})) != expected[k]) ++mismatches;
      }
    });
  for (auto& th : pool) th.join();
  CHECK(mismatches == 0);
}

TEST_CASE("a thread's kept working state changes no output, whatever the order of long and short documents") {
  // Each calling thread keeps its buffers for the next document, and a
  // long document's until a much shorter one comes: a story must come out
  // the same before and after a 1.5 MB document and between two of them.
  const auto& x = attache_test::extractor();
  const std::string seed = attache_test::read_file(attache_test::source_path("corpus/seed/north-korea-diplomatic-shift.txt"));
  const std::string story = "Germany, France and Italy shut their embassies in Kabul on Sunday. Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday.";
  std::string long_text;
  while (long_text.size() < 1500000) long_text += seed + "\n\n";
  auto json = [&](const std::string& t) { return attache::to_json(x.extract(t, {"d", "2023-11-03"})); };
  const std::string story_first = json(story);
  const std::string long_first = json(long_text);
  CHECK(json(story) == story_first);
  CHECK(json(long_text) == long_first);
  CHECK(json(long_text) == long_first);
  CHECK(json(story) == story_first);
  CHECK(json(seed + "\n\n" + seed) == json(seed + "\n\n" + seed));
  // The long document reports the seed's events, each once with a mention
  // per copy (a repeated event is one event with more mentions).
  const attache::Document d = x.extract(long_text, {"d", "2023-11-03"});
  const attache::Document one = x.extract(seed, {"d", "2023-11-03"});
  const std::size_t copies = long_text.size() / (seed.size() + 2);
  REQUIRE(one.events.size() == 7);
  REQUIRE(d.events.size() == one.events.size());
  for (std::size_t i = 0; i < d.events.size(); ++i) {
    CHECK(d.events[i].type == one.events[i].type);
    CHECK(d.events[i].mentions.size() == one.events[i].mentions.size() * copies);
  }
}

TEST_CASE("an Extractor moves, and versions are reported") {
  auto made = attache::Extractor::create();
  REQUIRE(made);
  attache::Extractor moved = std::move(*made);
  CHECK(moved.extract("Nepal").entities.size() == 1);
  CHECK(std::string(attache::version()) == "0.1.0");
  CHECK(std::string(attache::schema()) == "attache/1");
  CHECK(attache::dependency_versions().find("ICU ") == 0);
}

TEST_CASE("a bad date is reported and ignored") {
  auto d = attache_test::extractor().extract("Nepal", {"x", "03/11/2023"});
  CHECK(d.date.empty());
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("not an ISO 8601 date") != std::string::npos);
}

}  // TEST_SUITE
