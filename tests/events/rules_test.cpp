// events/rules: a new event type from a rule file alone, and clear errors.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "events/rules.hpp"
#include "test_util.hpp"

using namespace attache;

namespace {

// An Extractor with the built-in data and one rule file of `content`,
// written as `name` into the build's test-data folder.
Result<Extractor> with_rule_file(const std::string& name, const std::string& content) {
  const std::string dir = std::string(ATTACHE_BINARY_DIR) + "/test-data";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/" + name) << content;
  Options o;
  o.data_files = {dir + "/" + name};
  return Extractor::create(o);
}

}  // namespace

TEST_SUITE("events") {

TEST_CASE("a user rule file defines a new event type with no C++ change") {
  auto made = with_rule_file("expulsion.rules",
      "# Ambassadors expelled: the host sends the envoy of another country away.\n"
      "[event AMBASSADOR_EXPULSION]\n"
      "roles = host sender\n"
      "required = host sender\n"
      "distinct = host sender\n"
      "cameo = 1662\n"
      "plover = SANCTION expel\n"
      "negation = @negation\n"
      "\n"
      "[rule expulsion/expelled-envoy]\n"
      "event = AMBASSADOR_EXPULSION\n"
      "trigger = expelled, expels, expel\n"
      "cue = ambassador, envoy, diplomats\n"
      "cue-side = after\n"
      "host = subject(trigger)\n"
      "host.accept = country capital\n"
      "sender = possessor(cue)\n"
      "sender.accept = country\n");
  REQUIRE_MESSAGE(made, made.error().what());
  auto d = made->extract("Niger expelled the French ambassador on Friday.", DocumentInfo{"x", "2023-08-25"});
  REQUIRE(d.events.size() == 1);
  CHECK(d.events[0].type == "AMBASSADOR_EXPULSION");
  CHECK(d.events[0].argument("host")->code == "NER");
  CHECK(d.events[0].argument("sender")->code == "FRA");
  CHECK(d.events[0].cameo == "1662");
  CHECK(d.events[0].time.value == "2023-08-25");
  auto n = made->extract("Niger did not expel the French ambassador.");
  CHECK(n.events.empty());
}

TEST_CASE("a list key given on two lines keeps both lines' phrases") {
  // As "trigger" does: a named list on the first line and more phrases on
  // the second, or two named lists, add up (the second line used to
  // replace the first).
  auto made = with_rule_file("expulsion2.rules",
      "[list not-envoys]\n"
      "envoy of the club\n"
      "[list not-envoys-either]\n"
      "the envoys of the league\n"
      "[event AMBASSADOR_EXPULSION]\n"
      "roles = host sender\n"
      "required = host sender\n"
      "distinct = host sender\n"
      "[rule expulsion/expelled-envoy]\n"
      "event = AMBASSADOR_EXPULSION\n"
      "trigger = expelled\n"
      "cue = ambassador, envoy, envoys\n"
      "cue-side = after\n"
      "exclude = @not-envoys\n"
      "exclude = @not-envoys-either, honorary\n"
      "exclude-window = 8\n"
      "host = subject(trigger)\n"
      "host.accept = country capital\n"
      "sender = possessor(cue)\n"
      "sender.accept = country\n");
  REQUIRE_MESSAGE(made, made.error().what());
  CHECK(made->extract("Niger expelled the French ambassador.").events.size() == 1);
  CHECK(made->extract("Niger expelled the French envoy of the club.").events.empty());         // line 1
  CHECK(made->extract("Niger expelled the envoys of the league of France.").events.empty());  // line 2, a list
  CHECK(made->extract("Niger expelled the French honorary ambassador.").events.empty());      // line 2, a phrase
}

TEST_CASE("the built-in rules leave room for a user's phrase lists") {
  // The built-in rules use some 220 of the 320 phrase lists; a user file
  // with 40 lists of its own still loads beside them.
  std::string lists;
  for (int i = 0; i < 40; ++i) lists += "[list user" + std::to_string(i) + "]\nuserword" + std::to_string(i) + "\n";
  auto made = with_rule_file("forty-lists.rules", lists);
  REQUIRE_MESSAGE(made, made.error().what());
}

TEST_CASE("rule file errors name the file and the line") {
  struct Case {
    const char* content;
    const char* location;
    const char* message_part;
  };
  const Case cases[] = {
      {"[rule x]\nevent = NOPE\n", "r.rules:2", "unknown event type"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\na = nearest(trigger)\n", "r.rules:6", "unknown finder"},
      {"[event A]\nroles = a\ncolour = red\n", "r.rules:3", "unknown event key"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\na = pp(trigger)\n", "r.rules:6", "needs prepositions"},
      {"key = value\n", "r.rules:1", "before any"},
      {"[thing x]\n", "r.rules:1", "unknown section"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\na.accept = planets\n", "r.rules:6", "unknown accept class"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\na = requester(trigger)\n", "r.rules:6", "needs its verbs"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\ncue-commas = many\n", "r.rules:6", "needs a number"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\nexclude-before-window = -1\n", "r.rules:6", "needs a number"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\npolarity = maybe\n", "r.rules:6", "asserted or hypothetical"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\na = source(trigger)\n", "r.rules:6", "needs its verbs"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\nlist-item = yes\na = item(trigger)\n", "r.rules:6", "item(trigger: @item-words)"},
      {"[event A]\nroles = a\n[rule x]\nevent = A\nlist-item = often\n", "r.rules:5", "yes or no"},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.content));
    events::RuleSet rs;
    Error e = rs.load("r.rules", c.content);
    CHECK(e.location == c.location);
    CHECK(e.message.find(c.message_part) != std::string::npos);
  }
  events::RuleSet rs;
  REQUIRE(rs.load("r.rules", "[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = @nowhere\na = subject(trigger)\n").message.empty());
  Error e = rs.finish();
  CHECK(e.message.find("@nowhere") != std::string::npos);
  CHECK(e.location == "r.rules:5");
  // A rule of list lines (list-item = yes) needs no trigger word; any
  // other rule does.
  {
    events::RuleSet lines;
    REQUIRE(lines.load("l.rules", "[event A]\nroles = a\n[list w]\nand\n[rule x]\nevent = A\nlist-item = yes\n"
                                  "a = item(trigger: @w) | lead(trigger)\n")
                .message.empty());
    CHECK(lines.finish().message.empty());
    CHECK(lines.list_item_rules().size() == 1);
    events::RuleSet none;
    REQUIRE(none.load("n.rules", "[event A]\nroles = a\n[rule x]\nevent = A\na = lead(trigger)\n").message.empty());
    CHECK(none.finish().message.find("has no trigger") != std::string::npos);
  }
  events::RuleSet loop;
  REQUIRE(loop.load("loop.rules", "[list a]\nx, @b\n[list b]\ny, @a\n").message.empty());
  Error le = loop.finish();
  CHECK(le.message.find("includes itself") != std::string::npos);
  CHECK(le.location.rfind("loop.rules:", 0) == 0);
  // Up to 320 phrase lists; the 321st is an error that names where it is defined.
  {
    std::string many;
    for (int i = 0; i < 321; ++i) many += "[list l" + std::to_string(i) + "]\nword" + std::to_string(i) + "\n";
    events::RuleSet rs_many;
    REQUIRE(rs_many.load("many.rules", many).message.empty());
    Error me = rs_many.finish();
    CHECK(me.message.find("more than 320 phrase lists") != std::string::npos);
    CHECK(me.location == "many.rules:641");
  }
  events::RuleSet bad_role;
  REQUIRE(bad_role.load("r.rules", "[event A]\nroles = a\n[rule x]\nevent = A\ntrigger = go\nb = subject(trigger)\n").message.empty());
  CHECK(bad_role.finish().message.find("not a role of A") != std::string::npos);
}

}  // TEST_SUITE
