// text/segment: tokens with exact byte offsets, and sentences.
#include <doctest/doctest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "attache/attache.hpp"
#include "test_util.hpp"
#include "text/segment.hpp"

using namespace attache::text;

namespace {

std::vector<std::string> words(const std::string& s) {
  Tokens t;
  tokenize(s, t);
  std::vector<std::string> out;
  for (const auto& tok : t.toks) out.push_back(s.substr(tok.begin, tok.end - tok.begin));
  return out;
}

std::vector<std::string> sentences(const std::string& s) {
  auto d = attache_test::extractor().extract(s);
  std::vector<std::string> out;
  for (const auto& x : d.sentences) out.emplace_back(d.slice(x.span));
  return out;
}

}  // namespace

TEST_SUITE("text") {

TEST_CASE("tokens: possessives, hyphens, abbreviations, numbers") {
  using V = std::vector<std::string>;
  CHECK(words("North Korea\xE2\x80\x99s embassy") == V{"North", "Korea", "\xE2\x80\x99s", "embassy"});
  CHECK(words("Kim Jong-Un's regime") == V{"Kim", "Jong", "-", "Un", "'s", "regime"});
  CHECK(words("the U.S. and U.N. said") == V{"the", "U.S.", "and", "U.N.", "said"});
  CHECK(words("1,000 troops and 3.5 percent") == V{"1,000", "troops", "and", "3.5", "percent"});
  CHECK(words("O'Brien didn't go.") == V{"O'Brien", "didn't", "go", "."});
  CHECK(words("Britons' views") == V{"Britons", "'", "views"});
  CHECK(words("") == V{});
}

TEST_CASE("tokens: contractions are words of their own, negations stay whole") {
  using V = std::vector<std::string>;
  CHECK(words("He'd been in India; they've closed it, we're told, she'll go, I'm sure.") ==
        V{"He", "'d", "been", "in", "India", ";", "they", "'ve", "closed", "it", ",", "we", "'re", "told", ",", "she",
          "'ll", "go", ",", "I", "'m", "sure", "."});
  CHECK(words("HE\xE2\x80\x99" "D LANDED") == V{"HE", "\xE2\x80\x99" "D", "LANDED"});
  // (Names and words with an apostrophe inside: no contraction there.)
  CHECK(words("O'Neill, D'Souza and Shi'ite clerics in Cote d'Ivoire didn't.") ==
        V{"O'Neill", ",", "D'Souza", "and", "Shi'ite", "clerics", "in", "Cote", "d'Ivoire", "didn't", "."});
  // A contraction after a space, as a rule's phrase writes it, is the same
  // token, with the same key.
  Tokens t;
  tokenize("'d been in", t);
  REQUIRE(t.toks.size() == 3);
  CHECK(t.key(0) == "'d");
  tokenize("He\xE2\x80\x99" "d", t);
  REQUIRE(t.toks.size() == 2);
  CHECK(t.key(1) == "'d");
  CHECK(t.toks[1].begin == 2);
  CHECK(t.toks[1].end == 6);
}

TEST_CASE("a joining hyphen is marked, a spaced dash is not") {
  Tokens t;
  tokenize("Guinea-Bissau - Dakar", t);
  REQUIRE(t.toks.size() == 5);
  CHECK((t.toks[1].flags & kJoiner) != 0);
  CHECK((t.toks[3].flags & kJoiner) == 0);
}

TEST_CASE("folded keys ignore case, accents and curly quotes") {
  CHECK(fold("T\xC3\xBCrkiye") == "turkiye");
  CHECK(fold("C\xC3\xB4te") == "cote");
  CHECK(fold("ERDO\xC4\x9E" "AN") == "erdogan");
  CHECK(fold("Korea\xE2\x80\x99s") == "korea's");
  // NFD input folds like NFC input.
  CHECK(fold("Tu\xCC\x88rkiye") == "turkiye");
}

TEST_CASE("token keys are the folded token text, also when written on the fly") {
  // Every token's key equals fold() of its text: ASCII keys are written
  // while scanning, others (curly apostrophes inside a word, accents, marks)
  // go through fold().
  const std::string s =
      "The U.S. and NATO's O'Brien didn\xE2\x80\x99t say 3.5 or 1,000; "
      "T\xC3\xBCrkiye\xE2\x80\x99s ERDO\xC4\x9E" "AN met Jong-Un, Gen. X.Y.Z. \xE2\x80\x9CQuoted\xE2\x80\x9D.";
  Tokens t;
  tokenize(s, t);
  REQUIRE(t.toks.size() > 20);
  for (const auto& tok : t.toks) CHECK(t.key(tok) == fold(s.substr(tok.begin, tok.end - tok.begin)));
  CHECK(t.key(0) == "the");
  CHECK(t.key(1) == "u.s.");
  // Keys longer than their tokens (U+023A folds to the 3-byte U+2C65) make
  // the key buffer grow past the text's size.
  std::string grow;
  for (int i = 0; i < 2000; ++i) grow += i % 2 ? "ab " : "\xC8\xBA\xC8\xBA\xC8\xBA ";
  tokenize(grow, t);
  REQUIRE(t.toks.size() == 2000);
  CHECK(t.keys.size() > grow.size());
  for (const auto& tok : t.toks) CHECK(t.key(tok) == fold(grow.substr(tok.begin, tok.end - tok.begin)));
}

TEST_CASE("ASCII words of any length: keys and case flags") {
  // Words longer and shorter than the tokenizer's 8-byte steps, in every
  // case mix, next to digits, dots and the end of the text.
  std::mt19937 rng(5);
  const std::string alphabet = "abcxyzABCXYZ0189";
  for (int doc = 0; doc < 200; ++doc) {
    std::string s;
    for (int w = 0, m = 1 + int(rng() % 30); w < m; ++w) {
      for (int k = 0, len = 1 + int(rng() % 20); k < len; ++k) s += alphabet[rng() % alphabet.size()];
      s += " .,;-'"[rng() % 6];
    }
    if (rng() % 2) s.pop_back();  // a word at the very end
    Tokens t;
    tokenize(s, t);
    for (const auto& tok : t.toks) {
      const std::string text = s.substr(tok.begin, tok.end - tok.begin);
      REQUIRE(t.key(tok) == fold(text));
      if (tok.kind != TokKind::word) continue;
      bool letter = false, lower = false;
      for (char c : text) {
        letter |= std::isalpha(static_cast<unsigned char>(c)) != 0;
        lower |= c >= 'a' && c <= 'z';
      }
      CHECK(tok.upper() == (letter && !lower));
      CHECK(tok.cap() == (text[0] >= 'A' && text[0] <= 'Z'));
    }
  }
}

TEST_CASE("Tokens copy and move, with small and mapped (>= 1 MiB) key buffers") {
  for (std::size_t size : {std::size_t{100}, std::size_t{3} << 20}) {
    std::string s;
    while (s.size() < size) s += "North KOREA closed its Embassy. ";
    Tokens t;
    tokenize(s, t);
    REQUIRE(!t.toks.empty());
    const Tokens copy = t;
    Tokens moved = std::move(t);
    Tokens assigned;
    assigned = copy;
    Tokens move_assigned;
    move_assigned = std::move(moved);
    for (const Tokens* x : std::vector<const Tokens*>{&copy, &assigned, &move_assigned}) {
      REQUIRE(x->toks.size() == copy.toks.size());
      CHECK(x->key(0) == "north");
      CHECK(x->key(1) == "korea");
      CHECK(x->key(x->toks.size() - 1) == ".");
    }
    // Re-tokenizing into a used Tokens reuses or replaces its buffer.
    tokenize("Small again", assigned);
    CHECK(assigned.key(1) == "again");
    tokenize(s, assigned);
    CHECK(assigned.key(1) == "korea");
  }
}

TEST_CASE("token offsets stay exact after emoji and astral characters") {
  const std::string s = "\xF0\x9F\x98\x80\xF0\x9F\x87\xB0\xF0\x9F\x87\xB5 North Korea";
  Tokens t;
  tokenize(s, t);
  REQUIRE(t.toks.size() >= 2);
  const auto& last = t.toks.back();
  CHECK(s.substr(last.begin, last.end - last.begin) == "Korea");
}

TEST_CASE("sentences: news abbreviations do not end a sentence") {
  using V = std::vector<std::string>;
  CHECK(sentences("Gen. Min Aung Hlaing met Amb. Jo in Naypyidaw. The U.S. Embassy said nothing.") ==
        V{"Gen. Min Aung Hlaing met Amb. Jo in Naypyidaw.", "The U.S. Embassy said nothing."});
  CHECK(sentences("Sen. Smith and Gov. Lee spoke on Jan. 5 with Lt. Col. Park. It rained.") ==
        V{"Sen. Smith and Gov. Lee spoke on Jan. 5 with Lt. Col. Park.", "It rained."});
  // Initials before a capitalised word, one or several.
  CHECK(sentences("A team led by J.P. Singh and G.W. Bush met W. Mark Felt. They left.") ==
        V{"A team led by J.P. Singh and G.W. Bush met W. Mark Felt.", "They left."});
}

TEST_CASE("sentences: a lone line break is a space, a blank line a break") {
  using V = std::vector<std::string>;
  CHECK(sentences("Pyongyang closed its embassy in\nNepal on Friday.") ==
        V{"Pyongyang closed its embassy in\nNepal on Friday."});
  CHECK(sentences("Headline without a period\n\nBody text here.") == V{"Headline without a period", "Body text here."});
  CHECK(sentences("One.\r\nTwo.\rThree.") == V{"One.", "Two.", "Three."});
}

TEST_CASE("sentences: a headline, bullets and a dateline each end their line (layout_line_break)") {
  using V = std::vector<std::string>;
  CHECK(sentences("UPDATE 2-China's Wang Yi in Pretoria for talks\n* Wang meets Naledi Pandor\n* Trip follows a stop in "
                  "Kenya\nPRETORIA, Jan 7 (Reuters) - Wang Yi held talks on Friday.") ==
        V{"UPDATE 2-China's Wang Yi in Pretoria for talks", "* Wang meets Naledi Pandor", "* Trip follows a stop in Kenya",
          "PRETORIA, Jan 7 (Reuters) - Wang Yi held talks on Friday."});
  CHECK(sentences("RUSSIA THREATENS TO SHUT EMBASSY IN MOLDOVA\nMoscow could close its embassy.") ==
        V{"RUSSIA THREATENS TO SHUT EMBASSY IN MOLDOVA", "Moscow could close its embassy."});
  CHECK(sentences("Kenya Shuts Embassy In Somalia After Row\nKenya closed its embassy.") ==
        V{"Kenya Shuts Embassy In Somalia After Row", "Kenya closed its embassy."});
  // Hard-wrapped prose stays one sentence, also before a capitalised name.
  CHECK(sentences("The minister said that the talks with\nPresident Ruto had gone well.") ==
        V{"The minister said that the talks with\nPresident Ruto had gone well."});
  CHECK(sentences("Officials from the two countries met in\nNATO headquarters on Monday.") ==
        V{"Officials from the two countries met in\nNATO headquarters on Monday."});
  // A headline in sentence case over a long paragraph ends its line; the
  // same words hard-wrapped, over a line as short as the wrap, do not.
  const std::string story =
      "Canadian Prime Minister Mark Carney landed in Mexico City on Thursday for talks with President Claudia "
      "Sheinbaum, as both countries brace for a tough review of their trade pact with the United States.";
  CHECK(sentences("Carney, Sheinbaum close ranks ahead of trade pact review\n" + story) ==
        V{"Carney, Sheinbaum close ranks ahead of trade pact review", story});
  CHECK(sentences("Carney and Sheinbaum closed ranks on Thursday ahead of the\nReview of the trade pact, officials said.") ==
        V{"Carney and Sheinbaum closed ranks on Thursday ahead of the\nReview of the trade pact, officials said."});
  // A numbered list: each number opens its line's sentence ("2." is no
  // sentence of its own). (The price: hard-wrapped prose whose line opens
  // with a number, a dot and a space reads it as a list's number too.)
  CHECK(sentences("Leaders who spoke:\n1. U.S. President Barack Obama\n2. Chinese Vice President Li Yuanchao\n10) "
                  "Cuban President Raul Castro") ==
        V{"Leaders who spoke:", "1. U.S. President Barack Obama", "2. Chinese Vice President Li Yuanchao",
          "10) Cuban President Raul Castro"});
  CHECK(sentences("The fund grew by\n2. The rest was spent.") == V{"The fund grew by", "2. The rest was spent."});
  // The line before a break starts after the last line feed or carriage
  // return, whichever is nearer: a headline between two carriage returns,
  // after a line of lower-case prose, is read alone.
  for (const char* before : {"", "Monday\n", "Monday\r\n"}) {
    INFO(before);
    CHECK(sentences(std::string(before) +
                    "Officials said the talks were held in the capital on a quiet day.\rKENYA SHUTS EMBASSY IN "
                    "SOMALIA\rKenya closed its embassy.")
              .back() == "Kenya closed its embassy.");
  }
}

}  // TEST_SUITE
