// The golden test: every annotated passage in corpus/, scored as the shared
// evaluation scores (events as sets of role tuples, optional ones ignored;
// entities as (type, lower-cased text)). Prints P/R/F1 per file and asserts
// the floors below, so a change that costs accuracy fails here.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "test_util.hpp"

using nlohmann::json;

namespace {

struct Tally {
  int tp = 0, fp = 0, fn = 0;
  double p() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double r() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
};

using Tuple = std::vector<std::string>;

const std::map<std::string, std::pair<std::string, std::string>> kRoles = {
    {"EMBASSY_CLOSURE", {"actor", "host"}},
    {"EMBASSY_REOPENING", {"actor", "host"}},
    {"DIPLOMATIC_VISIT", {"visitor", "host"}},
};

std::string lower_words(const std::string& s) {
  std::string out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out += (out.empty() ? "" : " ") + w;
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  return out;
}

struct Scores {
  Tally events, entities;
  std::vector<std::string> errors;
};

Scores score_file(const std::string& rel) {
  Scores sc;
  std::istringstream in(attache_test::read_file(attache_test::source_path(rel)));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    json g = json::parse(line);
    const std::string date = g.value("date", "");
    auto d = attache_test::extractor().extract(g["text"].get<std::string>(), {g["id"].get<std::string>(), date});
    std::set<Tuple> must, optional, got;
    for (const auto& e : g["events"]) {
      auto roles = kRoles.at(e["type"]);
      Tuple t{e["type"], e[roles.first], e[roles.second]};
      (e.value("optional", false) ? optional : must).insert(t);
    }
    for (const auto& e : d.events) {
      auto it = kRoles.find(e.type);
      if (it == kRoles.end()) continue;
      Tuple t{e.type, e.argument(it->second.first)->code, e.argument(it->second.second)->code};
      if (!optional.count(t)) got.insert(t);
    }
    for (const auto& t : got) {
      if (must.count(t)) ++sc.events.tp;
      else { ++sc.events.fp; sc.errors.push_back(g["id"].get<std::string>() + ": false " + t[0] + " " + t[1] + ">" + t[2]); }
    }
    for (const auto& t : must)
      if (!got.count(t)) { ++sc.events.fn; sc.errors.push_back(g["id"].get<std::string>() + ": missed " + t[0] + " " + t[1] + ">" + t[2]); }
    // (A passage with no "entities" is annotated for its events only:
    // corpus/probes.jsonl.)
    if (!g.contains("entities")) continue;
    std::set<std::pair<std::string, std::string>> ge, opt, pe;
    for (const auto& e : g["entities"])
      (e.value("optional", false) ? opt : ge).insert({e["type"], lower_words(e["text"])});
    for (const auto& e : d.entities) {
      if (e.type == attache::EntityType::place) continue;
      std::pair<std::string, std::string> k{attache::to_string(e.type), lower_words(e.text)};
      if (!opt.count(k)) pe.insert(k);
    }
    for (const auto& k : pe) (ge.count(k) ? sc.entities.tp : sc.entities.fp)++;
    for (const auto& k : ge) sc.entities.fn += !pe.count(k);
  }
  return sc;
}

void report(const std::string& name, const Scores& s) {
  std::printf("corpus %-22s events P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | entities P %.3f R %.3f F1 %.3f\n",
              name.c_str(), s.events.p(), s.events.r(), s.events.f(), s.events.tp, s.events.fp, s.events.fn,
              s.entities.p(), s.entities.r(), s.entities.f());
}

}  // namespace

TEST_SUITE("corpus") {

TEST_CASE("golden: the project's annotated passages") {
  struct File {
    const char* path;
    double events_f1, events_p, entities_f1;  // floors
    int max_false_events;
    // A blind batch added at its first run, before a round of fixes from it:
    // its own floors hold, but it stays out of the all-files floors below
    // until its fixes are made (the figure with it is printed too).
    bool first_run = false;
  };
  // Floors a little under the figures measured when they were set; raise
  // them as accuracy improves, never lower them to make a change pass.
  const File files[] = {
      {"corpus/seed.jsonl", 1.0, 1.0, 0.95, 0},
      {"corpus/closures.jsonl", 0.95, 0.98, 0.95, 1},
      {"corpus/visits.jsonl", 0.92, 0.97, 0.96, 1},
      {"corpus/reopenings.jsonl", 0.87, 0.97, 0.95, 1},
      {"corpus/negatives.jsonl", 0.0, 0.0, 0.95, 2},
      {"corpus/entities.jsonl", 0.0, 0.0, 0.93, 0},
      // Events only: short stories first written as a held-out probe (see
      // the file's note in corpus/README.md).
      {"corpus/probes.jsonl", 0.93, 0.97, 0.0, 2},
      // The second probe: longer passages with their entities, written and
      // annotated blind (corpus/README.md).
      {"corpus/probes-2.jsonl", 0.92, 0.98, 0.96, 1},
      {"corpus/probes-3.jsonl", 0.92, 0.98, 0.96, 1},
      {"corpus/probes-4.jsonl", 0.88, 0.98, 0.96, 1},
      {"corpus/probes-5.jsonl", 0.84, 0.94, 0.96, 4},
      {"corpus/probes-6.jsonl", 0.83, 0.89, 0.96, 8},
      {"corpus/probes-7.jsonl", 0.85, 0.97, 0.96, 2},
      {"corpus/probes-8.jsonl", 0.92, 0.97, 0.97, 2},
      {"corpus/probes-9.jsonl", 0.88, 0.95, 0.96, 2},
      {"corpus/probes-10.jsonl", 0.88, 0.97, 0.97, 2},
      {"corpus/probes-11.jsonl", 0.90, 0.97, 0.96, 2},
      {"corpus/probes-12.jsonl", 0.85, 0.97, 0.96, 2},
      {"corpus/probes-13.jsonl", 0.93, 0.97, 0.96, 1},
      {"corpus/probes-14.jsonl", 0.88, 0.97, 0.95, 2},
      {"corpus/probes-15.jsonl", 0.85, 0.95, 0.96, 2},
      {"corpus/probes-16.jsonl", 0.80, 0.90, 0.93, 3},
      {"corpus/probes-17.jsonl", 0.78, 0.90, 0.96, 3},
      {"corpus/probes-18.jsonl", 0.84, 0.96, 0.96, 4},
      {"corpus/probes-19.jsonl", 0.80, 0.95, 0.97, 3},
      {"corpus/probes-20.jsonl", 0.72, 0.93, 0.97, 5},
      {"corpus/probes-21.jsonl", 0.80, 0.93, 0.97, 17},
      {"corpus/probes-22.jsonl", 0.80, 0.93, 0.95, 16},
      {"corpus/probes-23.jsonl", 0.74, 0.88, 0.94, 16},
      {"corpus/probes-24.jsonl", 0.82, 0.88, 0.96, 19},
      {"corpus/probes-25.jsonl", 0.78, 0.84, 0.95, 30},
      {"corpus/probes-26.jsonl", 0.84, 0.95, 0.96, 8},
      {"corpus/probes-27.jsonl", 0.77, 0.95, 0.96, 9},
      {"corpus/probes-28.jsonl", 0.77, 0.94, 0.96, 10},
      {"corpus/probes-29.jsonl", 0.84, 0.94, 0.96, 8},
      {"corpus/probes-30.jsonl", 0.86, 0.91, 0.96, 12},
      {"corpus/probes-31.jsonl", 0.79, 0.91, 0.96, 18},
      {"corpus/probes-32.jsonl", 0.83, 0.92, 0.97, 10},
      {"corpus/probes-33.jsonl", 0.82, 0.88, 0.97, 17},
      {"corpus/probes-34.jsonl", 0.87, 0.92, 0.94, 7},
      {"corpus/probes-35.jsonl", 0.84, 0.94, 0.95, 5},
      {"corpus/probes-36.jsonl", 0.82, 0.92, 0.96, 12},
      {"corpus/probes-37.jsonl", 0.88, 0.95, 0.98, 9},
      {"corpus/probes-38.jsonl", 0.84, 0.94, 0.97, 17},
      {"corpus/probes-39.jsonl", 0.84, 0.95, 0.97, 10},
      {"corpus/probes-40.jsonl", 0.88, 0.96, 0.94, 4},
      {"corpus/probes-41.jsonl", 0.84, 0.93, 0.96, 14},
      {"corpus/probes-42.jsonl", 0.82, 0.93, 0.96, 6},
      {"corpus/probes-43.jsonl", 0.82, 0.93, 0.96, 9},
      {"corpus/probes-44.jsonl", 0.82, 0.94, 0.96, 7},
      {"corpus/probes-45.jsonl", 0.85, 0.91, 0.94, 10},
      {"corpus/probes-46.jsonl", 0.82, 0.92, 0.94, 9},
      {"corpus/probes-47.jsonl", 0.77, 0.90, 0.95, 17},
      {"corpus/probes-48.jsonl", 0.89, 0.93, 0.96, 10},
      {"corpus/probes-49.jsonl", 0.88, 0.91, 0.95, 14},
      {"corpus/probes-50.jsonl", 0.87, 0.90, 0.97, 15},
      {"corpus/probes-51.jsonl", 0.89, 0.96, 0.96, 6},
      {"corpus/probes-52.jsonl", 0.82, 0.95, 0.96, 8},
      {"corpus/probes-53.jsonl", 0.80, 0.96, 0.97, 9},
      {"corpus/probes-54.jsonl", 0.87, 0.97, 0.97, 3},
      {"corpus/probes-55.jsonl", 0.86, 0.95, 0.94, 6},
      {"corpus/probes-56.jsonl", 0.74, 0.90, 0.97, 19},
      {"corpus/probes-57.jsonl", 0.76, 0.92, 0.97, 19},
      {"corpus/probes-58.jsonl", 0.81, 0.91, 0.97, 27},
      {"corpus/probes-59.jsonl", 0.88, 0.96, 0.96, 8},
      {"corpus/probes-60.jsonl", 0.84, 0.94, 0.96, 10},
      {"corpus/probes-61.jsonl", 0.78, 0.94, 0.96, 13},
      {"corpus/probes-62.jsonl", 0.82, 0.91, 0.96, 13},
      {"corpus/probes-63.jsonl", 0.80, 0.97, 0.97, 6},
      {"corpus/probes-64.jsonl", 0.80, 0.92, 0.96, 16},
      {"corpus/probes-65.jsonl", 0.76, 0.89, 0.94, 16},
      {"corpus/probes-66.jsonl", 0.84, 0.90, 0.95, 12},
      {"corpus/probes-67.jsonl", 0.78, 0.84, 0.95, 27},
      {"corpus/probes-68.jsonl", 0.79, 0.92, 0.94, 13},
      {"corpus/probes-69.jsonl", 0.82, 0.94, 0.96, 12},
      {"corpus/probes-70.jsonl", 0.80, 0.94, 0.96, 10},
      {"corpus/probes-71.jsonl", 0.82, 0.92, 0.96, 14},
      {"corpus/probes-72.jsonl", 0.87, 0.89, 0.95, 14},
      {"corpus/probes-73.jsonl", 0.79, 0.93, 0.95, 10},
      {"corpus/probes-74.jsonl", 0.83, 0.92, 0.945, 12},
      {"corpus/probes-75.jsonl", 0.84, 0.96, 0.97, 6},
      {"corpus/probes-76.jsonl", 0.90, 0.92, 0.96, 11},
      {"corpus/probes-77.jsonl", 0.85, 0.95, 0.96, 8},
      {"corpus/probes-78.jsonl", 0.78, 0.92, 0.98, 15},
      {"corpus/probes-79.jsonl", 0.83, 0.88, 0.96, 15},
      {"corpus/probes-80.jsonl", 0.80, 0.93, 0.96, 12},
      {"corpus/probes-81.jsonl", 0.80, 0.90, 0.94, 8, true},
  };
  Tally all_events, with_first_runs;
  for (const auto& f : files) {
    CAPTURE(f.path);
    Scores s = score_file(f.path);
    report(f.path, s);
    if (std::getenv("ATTACHE_CORPUS_ERRORS"))
      for (const auto& e : s.errors) std::printf("  %s\n", e.c_str());
    with_first_runs.tp += s.events.tp;
    with_first_runs.fp += s.events.fp;
    with_first_runs.fn += s.events.fn;
    if (!f.first_run) {
      all_events.tp += s.events.tp;
      all_events.fp += s.events.fp;
      all_events.fn += s.events.fn;
    }
    if (s.events.tp + s.events.fn > 0) {
      CHECK(s.events.f() >= f.events_f1);
      CHECK(s.events.p() >= f.events_p);
    }
    CHECK(s.events.fp <= f.max_false_events);
    CHECK(s.entities.f() >= f.entities_f1);
  }
  std::printf("corpus all events P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", all_events.p(), all_events.r(),
              all_events.f(), all_events.tp, all_events.fp, all_events.fn);
  std::printf("corpus all events with the first-run batches P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n",
              with_first_runs.p(), with_first_runs.r(), with_first_runs.f(), with_first_runs.tp, with_first_runs.fp,
              with_first_runs.fn);
  // (0.93 until probes-18 to probes-20, whose summits, features and long
  // stories are the hardest batches so far: all files gave F1 0.947 before
  // them and 0.923 with them. With probes-21, the hardest first run yet,
  // and its fixes: the files before it 0.927, all files 0.912. With
  // probes-22 (analysis pieces with 140 required events, archives, digests):
  // all files 0.895 at its first fixes, 0.905 after the round. With
  // probes-23 (ordinary wire copy, regional press, events in passing): the
  // files before it 0.906, all files 0.897 after its first round of fixes;
  // with probes-24 (short wire items, crises, state agencies) 0.896; with
  // probes-25 (long stories of four to eight events, host press offices,
  // headlines) 0.891, precision 0.966 (0.972 for the files before it);
  // with probes-26 (world briefs, visitors' readouts, closures for
  // security and health, local papers) 0.890, precision 0.967; with
  // probes-27 (ceremonies abroad: one writer's 24 funerals, inaugurations
  // and summits hold 141 required visits, of which 67 are found) 0.885;
  // with probes-28 (EU and NATO summits with many leaders, the Gulf and
  // Latin American press, tickers) 0.882; with probes-29 (wire copy with
  // distractors, VOA items, the two Koreas) 0.883; with probes-30 (South
  // Asian and African press, Cold War wire copy, distractors) 0.885; with
  // probes-31 (Russia and its neighbours, the Japanese and Korean agencies,
  // long-form analysis, the Pacific) 0.882, the files before them 0.886;
  // with probes-32 and probes-33 (Southeast Asian agencies, translated
  // monitoring reports, Central Asia, the European press; the Middle East
  // 2023-2025, the Sahel and Sudan, wire news of 1990-2005, digests) 0.882,
  // precision 0.961, the files before them 0.885 (precision 0.965); with
  // probes-34 (translated English, Chinese state media, alerts and
  // captions, news outside politics) 0.882, precision 0.961; with probes-35
  // (briefing transcripts, names spelled every way, visitors below heads of
  // state, notices) 0.884, precision 0.961; with probes-36 (hosts named by
  // landmarks, officials' posts, history and anniversaries, consulates and
  // offices) and probes-37 (mainstream wire visits and closures, mixed
  // crises, entity-dense briefs) 0.887, precision 0.961; with probes-38
  // (timelines, explainers and factboxes, wire furniture, tours) 0.885,
  // precision 0.962; with probes-39 (wire news of 2024-2026, lists of
  // guests, timelines and "this day" columns, round-ups with no event)
  // 0.884, precision 0.963; with probes-40 (visitors below heads of state,
  // ceremonies and games abroad, closures told through the staff,
  // metonyms) 0.885, precision 0.964; with probes-41 (guests of
  // gatherings abroad, closures reported from a neighbour, the host's
  // media, people named by a shorter form) 0.886, precision 0.964; with
  // probes-42 (everyday wire closures and visits, entity-dense news,
  // analysis pieces) 0.887, precision 0.964; with probes-43 (small states,
  // retrospectives, digests, the regional English-language press) 0.887,
  // precision 0.964; with probes-44 (Latin American and African agency
  // idiom, heads of international bodies, long features, headlines and
  // alerts) 0.886, precision 0.964; with probes-45 (2025-2026 news,
  // broadcast transcripts, trade missions, security closures), probes-46
  // (press reviews, corrections and fact checks, first-person accounts,
  // encyclopedic pages) and probes-47 (newsletters, parliamentary records,
  // think-tank reports, learner English) 0.883, precision 0.962; with
  // probes-48 (a fortnight of 2026 wire news, archives of 1945-1975, lesser
  // missions, journeys of several legs) and probes-49 (2026 news of Asia,
  // Africa and Latin America, long features, quotes and reported speech,
  // scraped web pages) 0.885, precision 0.963; with probes-50 (embassy
  // notices and routine closures, names spelled every way, live blogs,
  // diaries and recaps) 0.886, precision 0.962; with probes-51 (state media
  // of the Gulf and Central Asia, embassies in the crises of the 2020s,
  // travellers who are not diplomats, digests) and probes-52 (Latin
  // American news, ministries' press releases, hard syntax, provincial
  // papers) 0.887, precision 0.962; with probes-53 (African outlets,
  // meetings on the sidelines of gatherings, headlines and alerts, European
  // and Russian closures) 0.885, precision 0.963; with probes-54 (news in
  // every tense, defence diplomacy, courts and parliaments, the
  // Asia-Pacific of 2023-2026) and probes-55 (epithets, shared and moved
  // missions, local news of a visit, wire stories of 1979-1991) 0.889,
  // precision 0.964; with probes-56 (disaster diplomacy, Europe in
  // 2025-2026, religious and royal diplomacy, contested states) 0.886,
  // precision 0.964; with probes-57 (mediation, wires of 1950-1978,
  // obituaries and anniversaries, diplomatic rows) and probes-58 (South
  // Asia, Latin America, long features, briefings and transcripts) 0.882,
  // precision 0.962; with probes-59 (opinion pieces, Africa's new map of
  // embassies, names of every tradition, ministers at the seats of
  // international bodies) 0.882, precision 0.963; with probes-60 (the
  // Arab Spring's wires, embassies as places, the press of Canada,
  // Australia, New Zealand and Ireland, court circulars) 0.882, precision
  // 0.963; with probes-61 (the Great Lakes and the Horn, tallies of trips,
  // follow-up stories, Latin America of 1970-1999) and probes-62 (Eastern
  // Europe and the Balkans, the Gulf's wars of 1979-2003, embassies as
  // property, women and men and their pronouns) 0.880, precision 0.963.
  // probes-63 (the UN General Assembly's week, who came to summits, the
  // South China Sea, the host's translated style) and probes-64 (the Nordic
  // and Baltic press, Israel and its neighbours 1982-2024, visits gone
  // wrong, terse wires) were added at their first run (first_run): with
  // them all files gave 0.873, precision 0.961. After a round of fixes from
  // them (the files before them 0.881, precision 0.963, above their 0.88)
  // they count: all files 0.878, precision 0.963. probes-65 (Africa's
  // press, Cold War wires, the Russia-Ukraine war, long stories whose events
  // come late) and probes-66 (small states, visits below heads of
  // government, digests of lesser missions, hard negatives) were added at
  // their first run; after a round of fixes from them (the files before
  // them 0.879, precision 0.964) they count: all files 0.878, precision
  // 0.963. probes-67 (South Asia's press, wartime evacuations, official
  // readouts, the crises of 1990-2003) and probes-68 (East Asian agencies,
  // analysis pieces, multilateral venues, feeds and scanned archives) were
  // added at their first run; after a round of fixes from them (the files
  // before them 0.878, precision 0.963) they count: all files 0.876,
  // precision 0.961. probes-69 (Latin America's press, Gulf diplomacy of
  // 2012-2025, dignitaries at ceremonies abroad, state media's English) and
  // probes-70 (embassies shut told from both sides, Europe's own diplomacy,
  // delegations below heads of government, roundups) were added at their
  // first run (all files with them 0.871); after a round of fixes from them
  // (the files before them 0.877, precision 0.961) they count: all files
  // 0.875, precision 0.961. probes-71 (the North American press, Central
  // Asian agencies, multi-leg tours, the Pacific press) and probes-72
  // (recognition switches, the Sahel, Asia's wires of 1979-1995, pronouns
  // and titles for visitor and host) were added at their first run (all
  // files with them 0.872, precision 0.957); after a round of fixes from
  // them (the files before them 0.876, precision 0.961) they count: all
  // files 0.875, precision 0.960. probes-73 (state media in English, Korea
  // and Japan, closures outside war, spoken news) and probes-74 (the Arab
  // press, the Horn of Africa, business news, near-miss language) were
  // added at their first run (all files with them 0.873, precision 0.957);
  // after a round of fixes from them (the files before them 0.876,
  // precision 0.961) all files with them gave 0.87496, precision 0.960;
  // two more fixes the next round brought that to 0.875, and they count.
  // probes-75 (Chinese official media, the Pacific press, consulates,
  // diaries and round-ups) and probes-76 (the late Soviet era, the
  // Mediterranean, religious and royal diplomacy, hard negatives in
  // reporting language) were added at their first run (all files with
  // them 0.874, precision 0.959); after a round of fixes from them (the
  // files before them 0.875, precision 0.960) they count: all files 0.875,
  // precision 0.960. probes-77 (Europe's press on its own diplomacy, the
  // American press, headlines and briefs, West and Central Africa) and
  // probes-78 (Israel and its neighbours, Canada and Mexico, summits with
  // many guests, bodies rather than countries) were added at their first
  // run (all files with them 0.873, precision 0.959); after a first round
  // of fixes from them they stayed first-run files (the files before them
  // 0.876, precision 0.961; all files with them 0.873, precision 0.959);
  // after a second round (the files before them 0.877, precision 0.961)
  // they count: all files 0.876, precision 0.960. probes-79 (an
  // encyclopedia's daily current-events entries, the Arctic and the Nordic
  // states, wire stories of 2026, travellers below the state: governors,
  // opposition leaders, royals without office) and probes-80 (Southern
  // Africa in its own press, the Balkans and the Eastern Mediterranean, long
  // stories mixing closures, visits, recalls and expulsions, wires of
  // 1992-2002) were added at their first run (first_run), after a round of
  // fixes from them; after a second round (the files before them 0.877,
  // precision 0.961) they count: all files 0.876, precision 0.960.
  // probes-81 (2026 wire stories with distractors, the host-side press of
  // middle-sized countries) was added at its first run (first_run).
  // Each file keeps its own floor above.)
  CHECK(all_events.f() >= 0.875);
  CHECK(all_events.p() >= 0.96);
}

}  // TEST_SUITE
