// The shipped data tables: complete, consistent, and loaded.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>

#include "lexicon/lexicon.hpp"
#include "lexicon/table.hpp"
#include "test_util.hpp"
#include "text/segment.hpp"

using namespace attache;
using attache_test::read_file;
using attache_test::source_path;

namespace {

lexicon::Table table(const std::string& rel) {
  auto t = lexicon::parse_tsv(rel, read_file(source_path(rel)));
  REQUIRE_MESSAGE(t, t.error().what());
  return std::move(*t);
}

std::set<std::string, std::less<>> iso_codes() {
  std::set<std::string, std::less<>> codes;
  for (const auto& r : table("data/countries/iso3166.tsv").rows) codes.emplace(r.fields[0]);
  return codes;
}

// ISO 3166-3: codes of countries that no longer exist (former.tsv).
std::set<std::string, std::less<>> former_codes() {
  std::set<std::string, std::less<>> codes;
  for (const auto& r : table("data/countries/former.tsv").rows) codes.emplace(r.fields[0]);
  return codes;
}

// Folded alias: "Côte d'Ivoire" and "Cote d'Ivoire" are one key.
std::string key(std::string_view s) {
  text::Tokens t;
  text::tokenize(s, t);
  std::string k;
  for (const auto& tok : t.toks) {
    if (tok.flags & text::kJoiner) continue;
    if (!k.empty()) k += ' ';
    k += t.key(tok);
  }
  return k;
}

}  // namespace

TEST_SUITE("lexicon") {

TEST_CASE("iso3166.tsv has all 249 ISO 3166-1 entries") {
  auto codes = iso_codes();
  CHECK(codes.size() == 249);
  for (const char* c : {"PRK", "KOR", "HKG", "TWN", "PSE", "NAM", "SSD", "VAT"}) CHECK(codes.count(c) == 1);
}

TEST_CASE("every ISO entry and Kosovo has a natural name in aliases.tsv") {
  auto codes = iso_codes();
  std::set<std::string, std::less<>> named;
  for (const auto& r : table("data/countries/aliases.tsv").rows)
    if (r.fields[1] == "name") named.emplace(r.fields[0]);
  for (const auto& c : codes) {
    CAPTURE(c);
    CHECK(named.count(c) == 1);
  }
  CHECK(named.count("XKX") == 1);
}

TEST_CASE("former.tsv has the ISO 3166-3 codes no longer in ISO 3166-1, and the states news names have names") {
  auto former = former_codes();
  auto current = iso_codes();
  for (const auto& c : former) {
    CAPTURE(c);
    CHECK(current.count(c) == 0);
  }
  std::set<std::string, std::less<>> named;
  for (const auto& r : table("data/countries/aliases.tsv").rows)
    if (r.fields[1] == "name") named.emplace(r.fields[0]);
  for (const char* c : {"SUN", "YUG", "CSK", "DDR", "YMD", "SCG", "VDR"}) {
    CAPTURE(c);
    CHECK(former.count(c) == 1);
    CHECK(named.count(c) == 1);
  }
}

TEST_CASE("no alias means two countries unless ambiguous.tsv states the rule") {
  std::set<std::string, std::less<>> ruled;
  for (const auto& r : table("data/countries/ambiguous.tsv").rows) ruled.insert(key(r.fields[0]));
  std::map<std::string, std::set<std::string, std::less<>>> codes_of;
  auto codes = iso_codes();
  codes.insert("XKX");
  for (const auto& c : former_codes()) codes.insert(c);
  for (const auto& r : table("data/countries/aliases.tsv").rows) {
    CAPTURE(r.line);
    CHECK(codes.count(r.fields[0]) == 1);
    codes_of[key(r.fields[2])].emplace(r.fields[0]);
  }
  for (const auto& r : table("data/countries/iso3166.tsv").rows)
    for (int f : {2, 3, 4})
      if (!r.fields[f].empty() && r.fields[f].find(',') == std::string::npos) codes_of[key(r.fields[f])].emplace(r.fields[0]);
  for (const auto& [alias, set] : codes_of) {
    if (set.size() < 2) continue;
    CAPTURE(alias);
    CHECK(ruled.count(alias) == 1);
  }
}

TEST_CASE("places, people and organizations use known country codes") {
  auto codes = iso_codes();
  codes.insert("XKX");
  for (const auto& c : former_codes()) codes.insert(c);
  for (const char* file : {"data/countries/places.tsv", "data/countries/airports.tsv"})
    for (const auto& r : table(file).rows) {
      INFO(std::string(file));
      CAPTURE(r.line);
      CHECK(codes.count(r.fields[1]) == 1);
    }
  for (const auto& r : table("data/countries/airports.tsv").rows) {
    CAPTURE(r.line);
    CHECK(r.fields[2] == "airport");
  }
  for (const char* file : {"data/people/people.tsv", "data/people/phoenix.tsv", "data/people/supplement.tsv"}) {
    if (!std::filesystem::exists(source_path(file))) continue;
    for (const auto& r : table(file).rows) {
      INFO(std::string(file));
      CAPTURE(r.line);
      CHECK((r.fields[1].empty() || codes.count(r.fields[1]) == 1));
    }
  }
  if (std::filesystem::exists(source_path("data/organizations/organizations.tsv")))
    for (const auto& r : table("data/organizations/organizations.tsv").rows) {
      CAPTURE(r.line);
      CHECK((r.fields[2].empty() || codes.count(r.fields[2]) == 1));
    }
}

TEST_CASE("the bulk people list names no one by a single word") {
  // "Abdullah" or "Albert" alone in phoenix.tsv made every Abdullah Saudi and
  // every Albert a Monegasque official; one-word names (monarchs) are
  // curated, with titles, in people.tsv.
  if (!std::filesystem::exists(source_path("data/people/phoenix.tsv"))) return;
  std::vector<std::string> one_word;
  for (const auto& r : table("data/people/phoenix.tsv").rows)
    if (r.fields[0].find(' ') == std::string::npos) one_word.emplace_back(r.fields[0]);
  CHECK(one_word.empty());
  const auto doc = attache_test::extractor().extract("Albert Einstein was a physicist. Albert said nothing. Jordan's King Abdullah spoke.");
  std::vector<std::string> got;
  for (const auto& e : doc.entities)
    if (e.type == attache::EntityType::person) got.push_back(e.text + "/" + e.country);
  CHECK(got == std::vector<std::string>{"Albert Einstein/", "Albert/", "Abdullah/JOR"});
}

TEST_CASE("the bulk people list writes no one's office into the name") {
  // "Foreign Minister Abdullah" as a name in phoenix.tsv took "Kuwait's
  // Foreign Minister Abdullah Ali Al-Yahya" for two people, the first an
  // Afghan; tools/gen_people_phoenix.py leaves the office out.
  if (!std::filesystem::exists(source_path("data/people/phoenix.tsv"))) return;
  std::vector<std::string> with_office;
  for (const auto& r : table("data/people/phoenix.tsv").rows) {
    const std::string_view first = r.fields[0].substr(0, r.fields[0].find(' '));
    for (const char* office : {"Foreign", "Minister", "Prime", "President", "Mr.", "Mrs.", "Dr.", "Deputy", "Secretary"})
      if (first == office) with_office.emplace_back(r.fields[0]);
  }
  CHECK(with_office.empty());
  const auto doc = attache_test::extractor().extract("Kuwait's Foreign Minister Abdullah Ali Al-Yahya arrived in Oman.");
  std::vector<std::string> people;
  for (const auto& e : doc.entities)
    if (e.type == attache::EntityType::person) people.push_back(e.text);
  CHECK(people == std::vector<std::string>{"Abdullah Ali Al-Yahya"});
}

TEST_CASE("no word is both a woman's and a man's name or title") {
  // female-names.txt and male-names.txt give a person's gender; a word in
  // both would give whichever the code reads first.
  const auto women = lexicon::parse_list("f", read_file(source_path("data/people/female-names.txt")));
  const auto men = lexicon::parse_list("m", read_file(source_path("data/people/male-names.txt")));
  REQUIRE(women);
  REQUIRE(men);
  std::set<std::string> female, clash;
  for (const auto& [line, word] : *women) female.insert(key(word));
  for (const auto& [line, word] : *men)
    if (female.count(key(word))) clash.insert(word);
  CHECK(female.size() > 1000);
  CHECK(clash == std::set<std::string>{});
}

TEST_CASE("organization forms: U.N. and U.S. variants, and no form names two rows") {
  using V = std::vector<std::string>;
  CHECK(lexicon::organization_forms("United Nations Security Council", "UNSC|U.N. Security Council") ==
        V{"U.N. Security Council", "UN Security Council", "UNSC", "United Nations Security Council"});
  CHECK(lexicon::organization_forms("United States Air Force", "USAF") ==
        V{"U.S. Air Force", "US Air Force", "USAF", "United States Air Force"});
  CHECK(lexicon::organization_forms("UNESCO", "") == V{"UNESCO"});  // no space: no prefix
  CHECK(lexicon::organization_forms("Reuters", "") == V{"Reuters"});
  // One string belongs to one row only (organizations/README.md): the
  // matcher cannot choose between two rows.
  if (!std::filesystem::exists(source_path("data/organizations/organizations.tsv"))) return;
  std::map<std::string, std::set<std::string, std::less<>>> rows_of;
  for (const auto& r : table("data/organizations/organizations.tsv").rows)
    for (const auto& f : lexicon::organization_forms(std::string(r.fields[0]), std::string(r.fields[1])))
      rows_of[lexicon::is_acronym(f) ? f : key(f)].insert(std::string(r.fields[0]) + " (" + std::string(r.fields[2]) + ")");
  for (const auto& [form, rows] : rows_of) {
    CAPTURE(form);
    CHECK(rows.size() == 1);
  }
}

TEST_CASE("the built-in data loads, with the three event types") {
  const auto& x = attache_test::extractor();
  auto types = x.event_types();
  CHECK(std::count(types.begin(), types.end(), "EMBASSY_CLOSURE") == 1);
  CHECK(std::count(types.begin(), types.end(), "DIPLOMATIC_VISIT") == 1);
  CHECK(std::count(types.begin(), types.end(), "EMBASSY_REOPENING") == 1);
  CHECK(x.data_fingerprint().size() == 16);
}

}  // TEST_SUITE
