// lexicon/vocabulary and lexicon/phrase_index: the word ids and the phrase
// trie every gazetteer and rule list is matched with.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "lexicon/phrase_index.hpp"
#include "lexicon/vocabulary.hpp"
#include "text/segment.hpp"

using attache::lexicon::EdgeMap;
using attache::lexicon::PhraseIndex;
using attache::lexicon::Vocabulary;

namespace {

// Every entry matched at token i of `text`, as (entry, end token).
std::vector<std::pair<std::uint32_t, std::size_t>> matches(const PhraseIndex& index, const std::string& text,
                                                           std::size_t i) {
  attache::text::Tokens toks;
  attache::text::tokenize(text, toks);
  std::vector<std::uint32_t> ids;
  index.ids(toks, ids);
  std::vector<std::pair<std::uint32_t, std::size_t>> out;
  index.match_at(ids, i, toks.toks.size(), [&](std::uint32_t entry, std::size_t end) { out.emplace_back(entry, end); });
  return out;
}

}  // namespace

TEST_SUITE("lexicon") {

TEST_CASE("vocabulary: dense ids, stable across growth, exact keys") {
  Vocabulary v;
  CHECK(v.find("embassy") == Vocabulary::kNone);
  const std::uint32_t embassy = v.intern("embassy");
  CHECK(embassy == 0);
  CHECK(v.intern("embassy") == embassy);
  // Enough words to rehash several times; every id stays what it was.
  std::vector<std::string> words;
  for (int i = 0; i < 20000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (std::size_t i = 0; i < words.size(); ++i) CHECK(v.intern(words[i]) == i + 1);
  CHECK(v.size() == words.size() + 1);
  for (std::size_t i = 0; i < words.size(); i += 997) {
    CHECK(v.find(words[i]) == i + 1);
    CHECK(v.word(std::uint32_t(i + 1)) == words[i]);
  }
  CHECK(v.find("embassy") == embassy);
  // Prefixes, extensions and the empty key are other keys.
  CHECK(v.find("embass") == Vocabulary::kNone);
  CHECK(v.find("embassys") == Vocabulary::kNone);
  CHECK(v.find("") == Vocabulary::kNone);
  const std::uint32_t empty = v.intern("");
  CHECK(empty == v.size() - 1);
  CHECK(v.find("") == empty);
  // Keys of 8 and 16 bytes and with bytes above 0x7F hash like any other.
  for (const char* k : {"abcdefgh", "abcdefghabcdefgh", "caf\xC3\xA9", "\xFF\xFE"}) CHECK(v.find(v.word(v.intern(k))) != Vocabulary::kNone);
}

TEST_CASE("edge map: insert keeps the first value, find misses cleanly") {
  EdgeMap m;
  bool inserted = false;
  CHECK(m.insert(42, 7, &inserted) == 7);
  CHECK(inserted);
  CHECK(m.insert(42, 9, &inserted) == 7);
  CHECK_FALSE(inserted);
  CHECK(m.find(43) == EdgeMap::kNone);
  for (std::uint64_t k = 0; k < 50000; ++k) m.insert((k << 32) | (k * 31), std::uint32_t(k), &inserted);
  CHECK(m.size() == 50001);
  for (std::uint64_t k = 0; k < 50000; k += 499) CHECK(m.find((k << 32) | (k * 31)) == k);
  CHECK(m.find(42) == 7);
}

TEST_CASE("phrase index: shortest first, hyphens joined, longest span known") {
  PhraseIndex index;
  const std::uint32_t kim = index.add("Kim Jong Un");
  const std::uint32_t korea = index.add("Korea");
  const std::uint32_t north = index.add("North Korea");
  CHECK(index.add("north  KOREA") == north);  // same folded keys: same entry
  CHECK(index.add("  ") == PhraseIndex::kNone);
  CHECK(index.size() == 3);
  CHECK(index.longest() == 5);  // three words and two joining hyphens

  CHECK(matches(index, "North Korea said", 0) == std::vector<std::pair<std::uint32_t, std::size_t>>{{north, 2}});
  CHECK(matches(index, "North Korea said", 1) == std::vector<std::pair<std::uint32_t, std::size_t>>{{korea, 2}});
  CHECK(matches(index, "Kim Jong-Un met", 0) == std::vector<std::pair<std::uint32_t, std::size_t>>{{kim, 4}});
  CHECK(matches(index, "Kim Jong met", 0).empty());
  CHECK(matches(index, "the North", 1).empty());
}

TEST_CASE("phrase indexes sharing a vocabulary match on one set of ids") {
  auto vocab = std::make_shared<Vocabulary>();
  PhraseIndex places(vocab), triggers(vocab), alone;
  const std::uint32_t spain = places.add("Spain");
  const std::uint32_t closed = triggers.add("closed");
  alone.add("closed");
  CHECK(places.shares_vocabulary(triggers));
  CHECK_FALSE(places.shares_vocabulary(alone));

  attache::text::Tokens toks;
  attache::text::tokenize("Spain closed it", toks);
  std::vector<std::uint32_t> ids;
  places.ids(toks, ids);  // ids from one index serve the other
  std::vector<std::uint32_t> got;
  places.match_at(ids, 0, 3, [&](std::uint32_t e, std::size_t) { got.push_back(e); });
  triggers.match_at(ids, 1, 3, [&](std::uint32_t e, std::size_t) { got.push_back(e); });
  // A word interned by the other index is no phrase start here.
  places.match_at(ids, 1, 3, [&](std::uint32_t e, std::size_t) { got.push_back(100 + e); });
  CHECK(got == std::vector<std::uint32_t>{spain, closed});
}

}  // TEST_SUITE
