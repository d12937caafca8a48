// lexicon/table and loaders: malformed data is refused with "file:line".
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "lexicon/lexicon.hpp"
#include "lexicon/table.hpp"
#include "test_util.hpp"

using namespace attache;

namespace {
std::vector<std::string_view> fields(const lexicon::Row& r) { return {r.fields.begin(), r.fields.end()}; }
}  // namespace

TEST_SUITE("lexicon") {

TEST_CASE("TSV: header, comments, exact field counts") {
  auto t = lexicon::parse_tsv("x.tsv", "# comment\n\na\tb\n1\t2\n\n# more\n3\t\n");
  REQUIRE(t);
  CHECK(t->columns == std::vector<std::string>{"a", "b"});
  REQUIRE(t->rows.size() == 2);
  CHECK(fields(t->rows[1]) == std::vector<std::string_view>{"3", ""});
  CHECK(t->rows[1].line == 7);
}

TEST_CASE("TSV: the fields outlive the text they were parsed from") {
  // The fields are views into the table's own copy of the text: a table
  // read from a file's buffer stays valid once the buffer is gone, also
  // after the table is moved.
  std::string content = "name\tcode\nMohammed bin Salman bin Abdulaziz\tSAU\n";
  auto t = lexicon::parse_tsv("p.tsv", content);
  REQUIRE(t);
  content.assign(content.size(), 'x');
  content.clear();
  content.shrink_to_fit();
  lexicon::Table moved = std::move(*t);
  REQUIRE(moved.rows.size() == 1);
  CHECK(fields(moved.rows[0]) == std::vector<std::string_view>{"Mohammed bin Salman bin Abdulaziz", "SAU"});
}

TEST_CASE("TSV errors name the file and the line") {
  struct Case {
    const char* content;
    const char* location;
    const char* message_part;
  };
  const Case cases[] = {
      {"a\tb\n1\t2\t3\n", "bad.tsv:2", "expected 2 TAB-separated fields, found 3"},
      {"# only comments\n", "bad.tsv", "no header"},
      {"a\t\tb\n", "bad.tsv:1", "empty column name"},
      {"a\tb\n\xFF\t1\n", "bad.tsv", "not valid UTF-8"},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.content));
    auto t = lexicon::parse_tsv("bad.tsv", c.content);
    REQUIRE_FALSE(t);
    CHECK(t.error().location == c.location);
    CHECK(t.error().message.find(c.message_part) != std::string::npos);
    CHECK(t.error().code == Errc::data_error);
  }
}

TEST_CASE("loaders check codes, forms and flags") {
  struct Case {
    const char* content;
    const char* location;
    const char* message_part;
  };
  const Case cases[] = {
      {"code\tform\talias\tflags\tnote\nPRK\tname\tNorth Korea\t\t\nxx\tname\tX\t\t\n", "a.tsv:3", "bad alpha-3 code"},
      {"code\tform\talias\tflags\tnote\nPRK\tnickname\tNK\t\t\n", "a.tsv:2", "unknown form"},
      {"code\tform\talias\tflags\tnote\nPRK\tname\tNK\tloud\t\n", "a.tsv:2", "unknown flag"},
      {"name\tcode\tkind\tflags\tnote\nPskov\tRUS\tvillage\t\t\n", "a.tsv:2", "kind must be"},
      {"name\tcodes\tnote\nBaltic states\tEST\t\n", "a.tsv:2", "two or more codes"},
      {"name\tcodes\tnote\nBaltic states\tEST LVA lt\t\n", "a.tsv:2", "bad alpha-3 code"},
      {"title\tkind\tplural\tcountry\nPope\treligious\t\tVatican\n", "a.tsv:2", "bad alpha-3 code"},
      {"word\tcodes\tnote\nkingdom\tSAU jo\t\n", "a.tsv:2", "bad alpha-3 code"},
      {"organization\tseat\tnote\nNATO\tBrussels\t\n", "a.tsv:2", "bad alpha-3 code"},
      {"word\tcodes\tnote\nisland nation\tFJI\t\n", "a.tsv:2", "one word"},
      {"word\tcodes\tnote\nkingdom\t\t\n", "a.tsv:2", "one or more codes"},
      {"territory\tsovereign\tnote\nNCL\tfr\t\n", "a.tsv:2", "bad alpha-3 code"},
      {"territory\tsovereign\tnote\nNCL\tFRA\t\nGUM\tUSA\t\nNCL\tFRA\t\n", "a.tsv:4", "listed twice"},
      {"what\tever\n1\t2\n", "a.tsv:1", "unknown table header"},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.content));
    lexicon::Lexicon lex;
    Error e = lex.load("a.tsv", c.content);
    CHECK(e.location == c.location);
    CHECK(e.message.find(c.message_part) != std::string::npos);
    // The same table parsed first (as Extractor::create parses the built-in
    // tables on a second thread) fails alike.
    lexicon::Lexicon parsed_first;
    Error p = parsed_first.load(lexicon::parse_tsv("a.tsv", c.content));
    CHECK(p.location == e.location);
    CHECK(p.message == e.message);
  }
}

namespace {
// The senses of a phrase as the lexicon's index finds it whole.
std::vector<lexicon::Sense> senses_of(const lexicon::Lexicon& lex, const std::string& phrase) {
  text::Tokens toks;
  text::tokenize(phrase, toks);
  std::vector<lexicon::Sense> out;
  lex.index().match_at(toks, 0, toks.toks.size(), [&](std::uint32_t entry, std::size_t end) {
    if (end == toks.toks.size()) out = lex.senses(entry);
  });
  return out;
}
}  // namespace

TEST_CASE("a people table: a person's rows are one person with each role, wherever the rows are") {
  // Rows of one person mostly follow each other (a row per role); the
  // loader takes a repeated row's role without adding its names again.
  lexicon::Lexicon lex;
  REQUIRE(lex.load("p.tsv",
                      "name\tcountry\trole\tfrom\tto\taliases\n"
                      "Maria Perez\tPER\tForeign Minister\t2001-01-01\t2003-06-30\t\n"
                      "Maria Perez\tPER\tPrime Minister\t2003-07-01\t2005-12-31\t\n"
                      "Maria Perez\tPER\tPresident\t2006-01-01\t\tMaria Elena Perez\n"
                      "Juan Soto\tCHL\tInterior Minister\t2001-01-01\t\t\n"
                      "MARIA PEREZ\tPER\tSenator\t1995-01-01\t2000-12-31\tMaria Elena Perez\n"
                      "Maria Perez\tARG\tAmbassador\t2010-01-01\t\t\n")
              .message.empty());
  REQUIRE(lex.people.size() == 3);
  const lexicon::Person& maria = lex.people[0];
  CHECK(maria.name == "Maria Perez");
  CHECK(maria.country == "PER");
  REQUIRE(maria.roles.size() == 4);
  CHECK(maria.roles[0].title == "Foreign Minister");
  CHECK(maria.roles[1].title == "Prime Minister");
  CHECK(maria.roles[2].title == "President");
  CHECK(maria.roles[3].title == "Senator");
  CHECK(maria.roles[3].from == "1995-01-01");
  CHECK(maria.aliases == std::vector<std::string>{"Maria Elena Perez"});
  CHECK(lex.people[1].name == "Juan Soto");
  CHECK(lex.people[2].country == "ARG");
  // The name is one phrase with a sense for each of the two people; the
  // alias, added on the third row, is the Peruvian's.
  const auto name = senses_of(lex, "Maria Perez");
  REQUIRE(name.size() == 2);
  CHECK(name[0].id == 0);
  CHECK(name[1].id == 2);
  const auto alias = senses_of(lex, "Maria Elena Perez");
  REQUIRE(alias.size() == 1);
  CHECK(alias[0].kind == lexicon::Kind::person);
  CHECK(alias[0].id == 0);
}

// Writes a user data file into the build's test-data folder; returns its path.
static std::string user_data_file(const std::string& name, const std::string& content) {
  const std::string dir = std::string(ATTACHE_BINARY_DIR) + "/test-data";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/" + name) << content;
  return dir + "/" + name;
}

TEST_CASE("a bad user data file makes Extractor::create fail with its location") {
  const std::string path = user_data_file("bad-aliases.tsv", "code\tform\talias\tflags\tnote\nUSA\tname\tUncle Sam\t\t\nUSA\tname\n");
  const std::string dir = std::string(ATTACHE_BINARY_DIR) + "/test-data";
  Options o;
  o.data_files = {path};
  auto made = Extractor::create(o);
  REQUIRE_FALSE(made);
  CHECK(made.error().code == Errc::data_error);
  CHECK(made.error().location == dir + "/bad-aliases.tsv:3");
  o.data_files = {dir + "/missing.tsv"};
  auto missing = Extractor::create(o);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == Errc::io_error);
  o.data_files = {};
  o.max_doc_bytes = 0;
  auto bad = Extractor::create(o);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == Errc::invalid_argument);
}

TEST_CASE("a seat must belong to an international body of the organizations table") {
  const std::string path =
      user_data_file("bad-seats.tsv", "organization\tseat\tnote\nNorth Atlantic Treaty Organization\tBEL\t\nKremlin\tRUS\t\n");
  Options o;
  o.data_files = {path};
  auto made = Extractor::create(o);
  REQUIRE_FALSE(made);
  CHECK(made.error().code == Errc::data_error);
  CHECK(made.error().location == path + ":3");
  CHECK(made.error().message.find("Kremlin") != std::string::npos);
}

TEST_CASE("a user alias table adds a country alias") {
  Options o;
  o.data_files = {user_data_file("extra-aliases.tsv",
                                 "# our newsroom's shorthand\ncode\tform\talias\tflags\tnote\nPRK\tname\tthe Hermit Nation\t\t\n")};
  auto made = Extractor::create(o);
  REQUIRE(made);
  auto d = made->extract("The Hermit Nation closed its embassy in Spain.");
  CHECK(attache_test::event_keys(d) == std::vector<std::string>{"EMBASSY_CLOSURE PRK>ESP"});
  CHECK(made->data_fingerprint() != attache_test::extractor().data_fingerprint());
}

TEST_CASE("a people table with family-name-alone: full names always, the family name alone only where it says yes") {
  Options o;
  o.data_files = {user_data_file("extra-people.tsv",
                                 "name\tcountry\trole\tfrom\tto\taliases\tfamily-name-alone\n"
                                 "Aurelio Quispendo\tBOL\tForeign Minister\t2030-01-01\t\t\tno\n"
                                 "Teodora Vasquelle\tPRY\tForeign Minister\t2030-01-01\t\t\tyes\n")};
  auto made = Extractor::create(o);
  REQUIRE(made);
  auto people = [&](const std::string& text) {
    std::vector<std::string> got;
    for (const auto& e : made->extract(text, attache::DocumentInfo{"", "2030-06-01"}).entities)
      if (e.type == attache::EntityType::person) got.push_back(e.text + "/" + e.country);
    return got;
  };
  using V = std::vector<std::string>;
  CHECK(people("Aurelio Quispendo arrived. Quispendo said so.") == V{"Aurelio Quispendo/BOL", "Quispendo/BOL"});
  CHECK(people("The minister said Quispendo was late.") == V{});
  CHECK(people("The minister said Vasquelle was late.") == V{"Vasquelle/PRY"});
  // A value other than yes or no is an error at its line.
  const std::string bad = user_data_file("bad-people.tsv",
                                         "name\tcountry\trole\tfrom\tto\taliases\tfamily-name-alone\n"
                                         "Aurelio Quispendo\tBOL\tForeign Minister\t2030-01-01\t\t\tmaybe\n");
  o.data_files = {bad};
  auto failed = Extractor::create(o);
  REQUIRE_FALSE(failed);
  CHECK(failed.error().code == Errc::data_error);
  CHECK(failed.error().location == bad + ":2");
}

}  // TEST_SUITE
