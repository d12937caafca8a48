#include "lexicon/lexicon.hpp"

#include <algorithm>

#include "text/segment.hpp"

namespace attache::lexicon {
namespace {

// A table field (a view into the table's text) as a string of its own.
std::string S(std::string_view v) { return std::string(v); }

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

std::string stem_of(std::string_view path) {
  std::size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return std::string(name.substr(0, name.find('.')));
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_code(std::string_view c) {
  return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Parses "exact,person-name" into Flags; unknown flags are an error.
bool parse_flags(std::string_view s, std::uint16_t& out, std::string& bad) {
  for (const auto& f : split(s, ',')) {
    if (f == "exact") out |= kExact;
    else if (f == "person-name") out |= kPersonName;
    else if (f == "weak") out |= kWeak;
    else if (f == "us-state") out |= kUsState;
    else if (f == "ambiguous") out |= kAmbiguous;
    else if (f == "not-government") out |= kNotGovernment;
    else { bad = f; return false; }
  }
  return true;
}

}  // namespace

bool is_acronym(std::string_view a) {
  if (a.size() < 2 || a.size() > 6) return false;
  int upper = 0;
  for (char c : a) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c != '.' && !(c >= 'a' && c <= 'z')) return false;
  }
  return upper >= 2;
}

bool Lexicon::in_list(const std::string& list, std::string_view key) const {
  return list_mask(key) & list_bit(list);
}

std::uint64_t Lexicon::list_bit(std::string_view list) const {
  for (std::size_t i = 0; i < list_names_.size(); ++i)
    if (list_names_[i] == list) return std::uint64_t{1} << i;
  return 0;
}

std::uint64_t Lexicon::list_mask(std::string_view key) const {
  // A folded word (what the loaders pass): one probe, no tokenizing.
  if (const std::uint32_t id = index_.vocabulary()->find(key); id != Vocabulary::kNone) return list_mask(id);
  text::Tokens t;
  text::tokenize(key, t);
  if (t.toks.size() != 1) return 0;
  std::vector<std::uint32_t> ids;
  index_.ids(t, ids);
  return list_mask(ids[0]);
}

const Country* Lexicon::country(std::string_view code) const {
  auto it = country_index_.find(std::string(code));
  return it == country_index_.end() ? nullptr : &countries[it->second];
}

void Lexicon::add_sense(std::string_view phrase, Sense s) {
  std::uint32_t entry = index_.add(phrase);
  if (entry == PhraseIndex::kNone) return;
  if (entry >= senses_.size()) senses_.resize(entry + 1);
  // The same name spelt with other capitals ("Kim Jong Un", "Kim Jong-un";
  // "NATO", "Nato"): one sense, and a word needs its capital only where
  // every spelling has one. An acronym that must be matched exactly gives
  // way to a spelling that need not ("Nato"); the other way round it adds
  // nothing, as capitals always pass. (Most repeats are one spelling, listed
  // again for another role: the same mask.)
  Sense* same = nullptr;
  for (auto& old : senses_[entry])
    if (old.kind == s.kind && old.id == s.id && old.form == s.form) same = &old;
  if (same && ((s.flags & kExact) || aliases_[same->alias] == phrase)) return;
  const text::Tokens& toks = index_.last_tokens();  // (the phrase's, from add())
  // The alias's words written with a capital (the first 32), as a mask.
  std::uint32_t mask = 0, k = 0;
  const text::Tok* first = nullptr;
  for (const auto& t : toks.toks) {
    if (t.flags & text::kJoiner) continue;
    if (!first) first = &t;
    if (k < 32 && t.cap()) mask |= 1u << k;
    ++k;
  }
  // May a word in lower case start this entry? Titles ("president"), and
  // aliases whose first word has no capital; an exact acronym only as
  // written. (The recognizer skips the entries of a lower-case word that
  // starts none of them: "the", "is" before "IS".)
  if (first && (s.kind == Kind::title || !first->cap())) {
    const std::uint32_t id = index_.vocabulary()->find(toks.key(*first));
    if (id != Vocabulary::kNone) {
      if (id >= word_masks_.size()) word_masks_.resize(id + 1, 0);
      word_masks_[id] |= kLowerStart;
    }
  }
  if (same) {
    if (same->flags & kExact) {
      same->flags = std::uint16_t(same->flags & ~kExact);
      same->caps_mask = mask;
    } else {
      same->caps_mask &= mask;
    }
    return;
  }
  s.caps_mask = mask;
  s.alias = std::uint32_t(aliases_.size());
  aliases_.emplace_back(phrase);
  senses_[entry].push_back(s);
}

Error Lexicon::load(std::string_view path, std::string_view content) {
  if (ends_with(path, ".txt")) {
    auto list = parse_list(path, content);
    if (!list) return list.error();
    const std::string stem = stem_of(path);
    std::size_t bit = 0;
    while (bit < list_names_.size() && list_names_[bit] != stem) ++bit;
    if (bit == list_names_.size()) {
      if (bit >= 63) return Error{Errc::data_error, "more than 63 word lists (bit 63 is kLowerStart)", std::string(path)};
      list_names_.push_back(stem);
    }
    for (const auto& [line, word] : *list) {
      if (stem == "abbreviations") abbreviations.push_back(word);
      if (stem == "not-countries") add_sense(word, Sense{Kind::blocker, std::uint32_t(blockers.size())}), blockers.push_back(word);
      if (stem == "role-nouns") {
        // A role noun is a title of kind "role": "journalist Seymour Hersh".
        auto [it, fresh] = title_index_.emplace(text::fold(word), std::uint32_t(titles.size()));
        if (fresh) titles.push_back(Title{word, "role", ""});
        add_sense(word, Sense{Kind::title, it->second});
      }
      // Per-word list bits live beside the phrase index's vocabulary, so one
      // lookup per token answers both. (A multi-word entry is not a word.)
      const std::uint32_t id = index_.intern(text::fold(word));
      if (id >= word_masks_.size()) word_masks_.resize(id + 1, 0);
      word_masks_[id] |= std::uint64_t{1} << bit;
    }
    return Error{};
  }
  return load(parse_tsv(path, content));
}

Error Lexicon::load(const Result<Table>& table) {
  if (!table) return table.error();
  const std::string_view path = table->path;
  const std::string h = join(table->columns);
  if (h == "alpha3,alpha2,name,official_name,common_name") return load_iso(*table);
  if (h == "alpha3,alpha4,name,withdrawn") return load_former(*table);
  if (h == "code,form,alias,flags,note") return load_aliases(*table);
  if (h == "alias,default,other,scope,cues,note") return load_ambiguous(*table);
  if (h == "name,code,kind,flags,note") return load_places(*table);
  if (h == "name,country,role,from,to,aliases") return load_people(*table);
  if (h == "name,country,role,from,to,aliases,family-name-alone") return load_people(*table);
  if (h == "name,aliases,country,kind") return load_organizations(*table);
  if (h == "title,kind,plural" || h == "title,kind,plural,country") return load_titles(*table);
  if (h == "name,codes,note") return load_groups(*table);
  if (h == "word,codes,note") return load_anaphor_kinds(*table);
  if (h == "organization,seat,note") return load_seats(*table);
  if (h == "successor,former,until,note") return load_successions(*table);
  if (h == "territory,sovereign,note") return load_dependencies(*table);
  return Error{Errc::data_error, "unknown table header \"" + h + "\" (see data/README.md)", std::string(path) + ":1"};
}

Error Lexicon::load_iso(const Table& t) {
  for (const auto& r : t.rows) {
    const auto& code = r.fields[0];
    if (!is_code(code)) return Error{Errc::data_error, "bad alpha-3 code \"" + S(code) + "\"", t.where(r)};
    auto [it, fresh] = country_index_.emplace(code, std::uint32_t(countries.size()));
    if (fresh) countries.push_back(Country{S(code), S(r.fields[4].empty() ? r.fields[2] : r.fields[4])});
    const std::uint32_t id = it->second;
    auto add = [&](std::string_view name, CountryForm form) {
      // ("the State of Palestine": the article is no part of a name we find.)
      if (name.substr(0, 4) == "the ") name.remove_prefix(4);
      if (!name.empty() && name.find(',') == std::string_view::npos) add_sense(name, Sense{Kind::country, id, form});
    };
    add(r.fields[2], CountryForm::name);
    add(r.fields[3], CountryForm::official);
    add(r.fields[4], CountryForm::name);
  }
  return Error{};
}

// ISO 3166-3 (former.tsv): the codes of countries that no longer exist
// (SUN, YUG, CSK, DDR, ...). Their names are aliases like any other
// (aliases.tsv), which create the country; this table is the record of
// which codes those may be (tests/lexicon/data_test.cpp checks the aliases
// against it), so loading only checks its rows.
Error Lexicon::load_former(const Table& t) {
  for (const auto& r : t.rows) {
    const auto& code = r.fields[0];
    if (!is_code(code)) return Error{Errc::data_error, "bad alpha-3 code \"" + S(code) + "\"", t.where(r)};
  }
  return Error{};
}

Error Lexicon::load_aliases(const Table& t) {
  for (const auto& r : t.rows) {
    const auto& code = r.fields[0];
    if (!is_code(code)) return Error{Errc::data_error, "bad alpha-3 code \"" + S(code) + "\"", t.where(r)};
    CountryForm form;
    const auto& f = r.fields[1];
    if (f == "name") form = CountryForm::name;
    else if (f == "official") form = CountryForm::official;
    else if (f == "abbreviation") form = CountryForm::abbreviation;
    else if (f == "demonym") form = CountryForm::demonym;
    else return Error{Errc::data_error, "unknown form \"" + S(f) + "\" (name, official, abbreviation, demonym)", t.where(r)};
    if (r.fields[2].empty()) return Error{Errc::data_error, "empty alias", t.where(r)};
    std::uint16_t flags = 0;
    std::string bad;
    if (!parse_flags(r.fields[3], flags, bad)) return Error{Errc::data_error, "unknown flag \"" + bad + "\"", t.where(r)};
    auto [it, fresh] = country_index_.emplace(code, std::uint32_t(countries.size()));
    if (fresh) countries.push_back(Country{S(code), S(r.fields[2])});
    Country& c = countries[it->second];
    if (form == CountryForm::name && c.name.find(',') != std::string::npos) c.name = r.fields[2];
    add_sense(r.fields[2], Sense{Kind::country, it->second, form, flags});
  }
  return Error{};
}

Error Lexicon::load_ambiguous(const Table& t) {
  for (const auto& r : t.rows) {
    Ambiguity a;
    a.default_code = r.fields[1];
    a.other_code = r.fields[2] == "-" ? "" : r.fields[2];
    if (!is_code(a.default_code) || (!a.other_code.empty() && !is_code(a.other_code)))
      return Error{Errc::data_error, "default/other must be alpha-3 codes or \"-\"", t.where(r)};
    if (r.fields[3] != "sentence" && r.fields[3] != "document")
      return Error{Errc::data_error, "scope must be \"sentence\" or \"document\"", t.where(r)};
    a.document_scope = r.fields[3] == "document";
    for (const auto& cue : split(r.fields[4], '|')) {
      text::Tokens toks;
      text::tokenize(cue, toks);
      std::vector<std::string> keys;
      for (const auto& tok : toks.toks)
        if (!(tok.flags & text::kJoiner)) keys.emplace_back(toks.key(tok));
      if (!keys.empty()) a.cues.push_back(std::move(keys));
    }
    ambiguities[text::fold(r.fields[0])] = std::move(a);
  }
  return Error{};
}

Error Lexicon::load_places(const Table& t) {
  for (const auto& r : t.rows) {
    const auto& code = r.fields[1];
    if (!is_code(code)) return Error{Errc::data_error, "bad alpha-3 code \"" + S(code) + "\"", t.where(r)};
    const auto& kind = r.fields[2];
    if (kind != "capital" && kind != "city" && kind != "region" && kind != "airport")
      return Error{Errc::data_error, "kind must be capital, city, region or airport", t.where(r)};
    std::uint16_t flags = kind == "capital" ? kCapital : 0;
    std::string bad;
    if (!parse_flags(r.fields[3], flags, bad)) return Error{Errc::data_error, "unknown flag \"" + bad + "\"", t.where(r)};
    const std::string key = S(r.fields[0]) + "\t" + S(code);
    auto [it, fresh] = place_index_.emplace(key, std::uint32_t(places.size()));
    if (fresh) places.push_back(Place{S(r.fields[0]), S(code), S(kind)});
    const Sense sense{Kind::place, it->second, CountryForm::none, flags};
    add_sense(r.fields[0], sense);
    if (kind == "airport") {
      // "Jomo Kenyatta International Airport" is also written "Jomo
      // Kenyatta airport" and "... International airport": the last word
      // in lower case (a word in lower case in an alias may have a
      // capital in the text, not the other way round).
      constexpr std::string_view kAirport = " Airport", kInternational = " International";
      std::string_view stem = r.fields[0];
      if (!ends_with(stem, kAirport)) continue;  // (an air base: as written)
      stem.remove_suffix(kAirport.size());
      add_sense(S(stem) + " airport", sense);
      if (ends_with(stem, kInternational)) {
        stem.remove_suffix(kInternational.size());
        add_sense(S(stem) + " airport", sense);
      }
    }
  }
  return Error{};
}

std::uint32_t Lexicon::person_index(std::string_view name, std::string_view country) {
  // A person's roles are mostly on consecutive rows: the same name and
  // country as the person added last is that person, without a key or a
  // probe.
  if (!people.empty() && people.back().name == name && people.back().country == country)
    return std::uint32_t(people.size() - 1);
  // (The key is built in a buffer kept for the next row: no allocation but
  // the map's node for a new person.)
  person_key_.clear();
  text::fold(name, person_key_);
  person_key_ += '\t';
  person_key_ += country;
  const std::uint32_t key = person_keys_.intern(person_key_);
  if (key < person_of_key_.size()) return person_of_key_[key];
  person_of_key_.push_back(std::uint32_t(people.size()));
  people.push_back(Person{S(name), S(country), {}, {}});
  return std::uint32_t(people.size() - 1);
}

Error Lexicon::load_people(const Table& t) {
  person_keys_.reserve(person_of_key_.size() + t.rows.size());
  people.reserve(people.size() + t.rows.size());
  // A person's rows are mostly consecutive (a row per role): a row with
  // the previous row's person, name and aliases adds the role alone, as
  // adding the same names with the same sense again changes nothing.
  const Row* previous = nullptr;
  std::uint32_t previous_id = 0;
  for (const auto& r : t.rows) {
    const auto& name = r.fields[0];
    const auto& country = r.fields[1];
    if (name.empty()) return Error{Errc::data_error, "empty name", t.where(r)};
    if (!country.empty() && !is_code(country))
      return Error{Errc::data_error, "bad alpha-3 code \"" + S(country) + "\"", t.where(r)};
    // (A bulk list says per row whether its person is known by the family
    // name alone; people.tsv's six columns mean yes.)
    bool by_family_name = true;
    if (r.fields.size() > 6) {
      if (r.fields[6] != "yes" && r.fields[6] != "no")
        return Error{Errc::data_error, "family-name-alone is yes or no, not \"" + S(r.fields[6]) + "\"", t.where(r)};
      by_family_name = r.fields[6] == "yes";
    }
    const std::uint32_t id = person_index(name, country);
    people[id].roles.push_back(Role{S(r.fields[2]), S(r.fields[3]), S(r.fields[4]), by_family_name});
    const bool repeated = previous && previous_id == id && previous->fields[0] == name && previous->fields[5] == r.fields[5];
    previous = &r;
    previous_id = id;
    if (repeated) continue;
    add_sense(name, Sense{Kind::person, id});
    for (const auto& a : split(r.fields[5], '|')) {
      add_sense(a, Sense{Kind::person, id});
      if (std::find(people[id].aliases.begin(), people[id].aliases.end(), a) == people[id].aliases.end())
        people[id].aliases.push_back(a);
    }
  }
  return Error{};
}

std::vector<std::string> organization_forms(const std::string& name, const std::string& aliases) {
  std::vector<std::string> forms = split(aliases, '|');
  forms.insert(forms.begin(), name);
  // "United Nations Security Council" is also written "U.N. Security
  // Council" and "UN Security Council"; likewise "United States", "U.S.",
  // "US". Each written form brings the other two.
  static const char* const kPrefixes[][3] = {{"United Nations ", "U.N. ", "UN "},
                                             {"United States ", "U.S. ", "US "}};
  for (std::size_t f = 0, n = forms.size(); f < n; ++f)
    for (const auto& group : kPrefixes)
      for (const char* from : group) {
        const std::string_view p(from);
        if (forms[f].size() <= p.size() || forms[f].compare(0, p.size(), p) != 0) continue;
        for (const char* to : group)
          if (to != from) forms.push_back(to + forms[f].substr(p.size()));
      }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  forms.erase(std::remove(forms.begin(), forms.end(), std::string()), forms.end());
  return forms;
}

Error Lexicon::load_organizations(const Table& t) {
  for (const auto& r : t.rows) {
    const auto& name = r.fields[0];
    if (name.empty()) return Error{Errc::data_error, "empty name", t.where(r)};
    if (!r.fields[2].empty() && !is_code(r.fields[2]))
      return Error{Errc::data_error, "bad alpha-3 code \"" + S(r.fields[2]) + "\"", t.where(r)};
    auto [it, fresh] = org_index_.try_emplace(text::fold(name) + "\t" + S(r.fields[2]), std::uint32_t(organizations.size()));
    if (fresh) organizations.push_back(Organization{S(name), S(r.fields[2]), S(r.fields[3])});
    const std::vector<std::string> forms = organization_forms(S(name), S(r.fields[1]));
    for (const auto& a : forms)
      add_sense(a, Sense{Kind::organization, it->second, CountryForm::none, std::uint16_t(is_acronym(a) ? kExact : 0)});
  }
  return Error{};
}

Error Lexicon::load_anaphor_kinds(const Table& t) {
  for (const auto& r : t.rows) {
    if (r.fields[0].empty() || r.fields[0].find(' ') != std::string::npos)
      return Error{Errc::data_error, "an anaphor kind is one word", t.where(r)};
    const std::vector<std::string> codes = split(r.fields[1], ' ');
    if (codes.empty()) return Error{Errc::data_error, "an anaphor kind needs one or more codes separated by spaces", t.where(r)};
    for (const auto& c : codes)
      if (!is_code(c)) return Error{Errc::data_error, "bad alpha-3 code \"" + c + "\"", t.where(r)};
    anaphor_kinds.push_back(AnaphorKind{text::fold(r.fields[0]), S(r.fields[1])});
  }
  return Error{};
}

Error Lexicon::load_seats(const Table& t) {
  for (const auto& r : t.rows) {
    if (r.fields[0].empty()) return Error{Errc::data_error, "empty organization name", t.where(r)};
    if (!is_code(r.fields[1])) return Error{Errc::data_error, "bad alpha-3 code \"" + S(r.fields[1]) + "\"", t.where(r)};
    seats_[S(r.fields[0])] = S(r.fields[1]);
    seat_rows_.emplace_back(r.fields[0], t.where(r));
  }
  return Error{};
}

Error Lexicon::load_successions(const Table& t) {
  for (const auto& r : t.rows) {
    for (int k = 0; k < 2; ++k)
      if (!is_code(r.fields[k])) return Error{Errc::data_error, "bad alpha-3 code \"" + S(r.fields[k]) + "\"", t.where(r)};
    const auto& until = r.fields[2];
    const bool date = until.size() == 10 && until[4] == '-' && until[7] == '-' &&
                      std::all_of(until.begin(), until.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!date) return Error{Errc::data_error, "until must be a date YYYY-MM-DD, not \"" + S(until) + "\"", t.where(r)};
    successions.push_back(Succession{S(r.fields[0]), S(r.fields[1]), S(until)});
    if (successor_slots_.empty()) successor_slots_.assign(26 * 26 * 26, false);
    successor_slots_[std::size_t(code_slot(r.fields[0]))] = true;
    latest_succession_ = std::max(latest_succession_, S(until));
  }
  // (Of one successor's rows, the earliest first: code_on() takes the first
  // that is still to come.)
  std::stable_sort(successions.begin(), successions.end(), [](const Succession& a, const Succession& b) {
    return a.successor != b.successor ? a.successor < b.successor : a.until < b.until;
  });
  return Error{};
}

Error Lexicon::load_dependencies(const Table& t) {
  if (territory_slots_.empty()) territory_slots_.assign(26 * 26 * 26, 0);
  for (const auto& r : t.rows) {
    for (int k = 0; k < 2; ++k)
      if (!is_code(r.fields[k])) return Error{Errc::data_error, "bad alpha-3 code \"" + S(r.fields[k]) + "\"", t.where(r)};
    std::uint8_t& slot = territory_slots_[std::size_t(code_slot(r.fields[0]))];
    if (slot != 0) return Error{Errc::data_error, "territory \"" + S(r.fields[0]) + "\" listed twice", t.where(r)};
    if (sovereigns_.size() == 255) return Error{Errc::data_error, "more than 255 territories", t.where(r)};
    sovereigns_.push_back(S(r.fields[1]));
    slot = std::uint8_t(sovereigns_.size());
  }
  return Error{};
}

Error Lexicon::load_groups(const Table& t) {
  for (const auto& r : t.rows) {
    if (r.fields[0].empty()) return Error{Errc::data_error, "empty group name", t.where(r)};
    const std::vector<std::string> codes = split(r.fields[1], ' ');
    if (codes.size() < 2) return Error{Errc::data_error, "a group needs two or more codes separated by spaces", t.where(r)};
    for (const auto& c : codes)
      if (!is_code(c)) return Error{Errc::data_error, "bad alpha-3 code \"" + c + "\"", t.where(r)};
    groups.push_back(Group{S(r.fields[0]), S(r.fields[1])});
    add_sense(r.fields[0], Sense{Kind::group, std::uint32_t(groups.size() - 1)});
  }
  return Error{};
}

Error Lexicon::load_titles(const Table& t) {
  for (const auto& r : t.rows) {
    if (r.fields[0].empty()) return Error{Errc::data_error, "empty title", t.where(r)};
    // The optional fourth column: the one state with this office.
    const std::string country(r.fields.size() > 3 ? r.fields[3] : std::string_view());
    if (!country.empty() && !is_code(country))
      return Error{Errc::data_error, "bad alpha-3 code \"" + country + "\"", t.where(r)};
    auto [it, fresh] = title_index_.emplace(text::fold(r.fields[0]), std::uint32_t(titles.size()));
    if (fresh) titles.push_back(Title{S(r.fields[0]), S(r.fields[1]), country});
    add_sense(r.fields[0], Sense{Kind::title, it->second});
    if (!r.fields[2].empty()) add_sense(r.fields[2], Sense{Kind::title, it->second});
    // A minister's deputy: "Vice Unification Minister", "Deputy Trade
    // Minister" are titles of their own for every "<portfolio> Minister" of
    // the table (where the table lists one too, that row adds its plural).
    const std::string_view title = r.fields[0];
    constexpr std::string_view kMinister = " Minister";
    if (r.fields[1] == "minister" && title.size() > kMinister.size() &&
        title.substr(title.size() - kMinister.size()) == kMinister && title.rfind("Vice ", 0) != 0 &&
        title.rfind("Deputy ", 0) != 0 && title.rfind("First ", 0) != 0)
      for (const std::string_view rank : {"Vice ", "Deputy "}) {
        std::string deputy(rank);
        deputy.append(title);
        auto [d, new_title] = title_index_.emplace(text::fold(deputy), std::uint32_t(titles.size()));
        if (!new_title) continue;
        titles.push_back(Title{deputy, S(r.fields[1]), country});
        add_sense(deputy, Sense{Kind::title, d->second});
      }
  }
  return Error{};
}

// Family names alone ("Putin", "Erdogan", "Xi") name a person when exactly one
// person in the tables has that family name, it is not a given name, a
// common capitalised word (not-names.txt, not-surnames.txt) or a place, and
// it is long enough to be distinctive. In Chinese and Korean names the
// family name comes first.
Error Lexicon::finish() {
  // Every seat names an international body of organizations.tsv.
  for (const auto& [name, where] : seat_rows_) {
    const auto it = org_index_.find(text::fold(name) + "\t");
    if (it == org_index_.end() || organizations[it->second].kind != "international")
      return Error{Errc::data_error, "seat of \"" + name + "\", which is no international body of organizations.tsv", where};
  }
  std::unordered_map<std::string, bool> family_first;  // per country code (data/lexicon/family-name-first.txt)
  // Per family name: the first person with it, how many other people share
  // it, and whether all of them are of one country.
  struct Family {
    std::uint32_t first = 0;
    int others = 0;
    bool one_country = true;
    std::vector<std::uint32_t> members;  // each person with it once (by name)
    bool written_first = false;          // a family name written first ("Chen", "Kim")
  };
  std::unordered_map<std::string, Family> family;
  std::unordered_map<std::string, std::string> spelled;
  text::Tokens toks;
  // Only people known by an office of their own (a role with a title such as
  // President or Foreign Minister, as in the curated table) are known by their
  // family name alone; bulk lists of officials are not.
  // (A whole role is one key of the list: looked up as it is, without the
  // tokenizing that in_list() does for a key the vocabulary lacks.)
  const std::uint64_t leading_bit = list_bit("leading-roles");
  const std::uint64_t lineage_bit = list_bit("lineage-words");
  // (The bulk lists repeat a few dozen titles: each is looked up once.)
  std::unordered_map<std::string_view, bool> leading_title;
  std::string folded;
  // A person with a title in capitals is one of the curated tables' (a row
  // of data/people/supplement.tsv only where it says family-name-alone).
  std::vector<bool> prominent(people.size());
  for (std::uint32_t k = 0; k < people.size(); ++k) {
    Person& p = people[k];
    for (const auto& r : p.roles) {
      if (!r.title.empty() && r.title[0] >= 'A' && r.title[0] <= 'Z' && r.by_family_name) prominent[k] = true;
      if (p.leading) continue;
      auto [it, fresh] = leading_title.try_emplace(r.title, false);
      if (fresh) {
        folded.clear();
        text::fold(r.title, folded);
        const std::uint32_t id = index_.vocabulary()->find(folded);
        it->second = id != Vocabulary::kNone && (list_mask(id) & leading_bit);
      }
      p.leading = it->second;
    }
  }
  // Each full spelling gives its family name: "Zelensky", and from the
  // aliases "Zelenskyy" and "Zelenskiy".
  std::vector<std::pair<std::uint32_t, const std::string*>> spellings;
  for (std::uint32_t id = 0; id < people.size(); ++id) {
    if (!prominent[id]) continue;
    spellings.emplace_back(id, &people[id].name);
    for (const auto& a : people[id].aliases) spellings.emplace_back(id, &a);
  }
  for (const auto& [id, spelling] : spellings) {
    const std::string& full = *spelling;
    text::tokenize(full, toks);
    std::vector<std::uint32_t> words;
    for (std::uint32_t k = 0; k < toks.toks.size(); ++k)
      if (toks.toks[k].kind == text::TokKind::word && !(toks.toks[k].flags & text::kJoiner) && toks.toks[k].cap())
        words.push_back(k);
    // "Ferdinand Marcos Jr.": the family name is before the suffix.
    while (words.size() > 2 && in_list("name-suffixes", toks.key(words.back()))) words.pop_back();
    if (words.size() < 2) continue;
    // "Mohammed bin Salman", "Theyazin bin Haitham": the word after "bin"
    // is the father's name, no family name (data/lexicon/lineage-words.txt).
    bool lineage = false;
    for (std::uint32_t k = 0; k < toks.toks.size() && !lineage; ++k) lineage = list_mask(toks.key(k)) & lineage_bit;
    if (lineage) continue;
    auto ff = family_first.find(people[id].country);
    if (ff == family_first.end())
      ff = family_first.emplace(people[id].country, in_list("family-name-first", text::fold(people[id].country))).first;
    const bool first = ff->second;
    const std::uint32_t w = first ? words.front() : words.back();
    const auto& t = toks.toks[w];
    std::string key(toks.key(t));
    if (key.size() < (first ? 2u : 4u)) continue;
    // "Hossein Amir-Abdollahian": the family name is the hyphenated whole.
    std::uint32_t from = t.begin;
    if (!first)
      for (std::uint32_t k = w; k >= 2 && (toks.toks[k - 1].flags & text::kJoiner) && toks.toks[k - 2].kind == text::TokKind::word &&
                                toks.toks[k - 2].cap() && k - 2 > words.front();
           k -= 2) {
        from = toks.toks[k - 2].begin;
        key = std::string(toks.key(toks.toks[k - 2])) + "-" + key;
      }
    // "Ursula von der Leyen", "Charles de Gaulle": the particles in lower
    // case before the family name are part of it ("Von der Leyen said";
    // data/lexicon/name-particles.txt).
    if (!first && from == t.begin) {
      std::uint32_t k = w;
      while (k > words.front() + 1 && toks.toks[k - 1].kind == text::TokKind::word && !toks.toks[k - 1].cap() &&
             in_list("name-particles", toks.key(k - 1)))
        --k;
      if (k < w) {
        from = toks.toks[k].begin;
        key.clear();
        for (std::uint32_t j = k; j <= w; ++j) key.append(j > k ? " " : "").append(toks.key(j));
      }
    }
    Family f;
    f.first = id;
    auto [it, fresh] = family.emplace(key, std::move(f));
    if (!fresh && it->second.first != id && text::fold(people[it->second.first].name) != text::fold(people[id].name)) {
      ++it->second.others;
      // (A family name written first, "Chen", "Kim", is shared by too many
      // people to stand alone even within one country.)
      it->second.one_country &= !first && people[it->second.first].country == people[id].country;
    }
    it->second.written_first |= first;
    auto& members = it->second.members;
    const std::string name = text::fold(people[id].name);  // (no lambda captures a structured binding)
    if (std::none_of(members.begin(), members.end(), [&](std::uint32_t m) { return text::fold(people[m].name) == name; }))
      members.push_back(id);
    spelled.emplace(key, full.substr(from, t.end - from));
  }
  text::Tokens one;
  for (const auto& [key, v] : family) {
    // "Harris", "Pena": officials of several countries share it; each is
    // a sense, and the recognizer takes the one in office on the story's
    // date, then the holder of a leading office, else no country. (Not for
    // a family name written first: "Kim", "Li".)
    const bool shared = v.others > 0 && !v.one_country;
    if ((shared && v.written_first) || in_list("not-names", key) || in_list("not-surnames", key)) continue;
    // "Cameron", "Sharon", "Nasser": also a given name, so only those the
    // news uses alone (data/people/family-names-alone.txt), and the person's
    // only where the recognizer finds them (after a title, or alone in
    // office in a story of their country).
    const bool given = in_list("given-names", key);
    if (given && (shared || !in_list("family-names-alone", key))) continue;
    text::tokenize(key, one);
    bool taken = false;
    index_.match_at(one, 0, one.toks.size(), [&](std::uint32_t entry, std::size_t e) {
      if (e == one.toks.size())
        for (const auto& sense : senses_[entry]) taken |= sense.kind != Kind::person;
    });
    if (taken) continue;
    std::uint32_t who = v.first;
    if (shared) {
      for (const std::uint32_t m : v.members) add_sense(spelled[key], Sense{Kind::person, m, CountryForm::none, kSurname});
      continue;
    }
    if (v.others > 0) {
      // "Bush", "Clinton": two office-holders of one country share the name.
      // The mention is that country's person of that name, no more: a person
      // of its own, named by the family name alone.
      who = std::uint32_t(people.size());
      people.push_back(Person{spelled[key], people[v.first].country, {}, {}});
    }
    add_sense(spelled[key], Sense{Kind::person, who, CountryForm::none, std::uint16_t(given ? kSurname | kGivenSurname : kSurname)});
  }
  title_heads.clear();
  title_noun_heads.clear();
  auto last_word = [](std::string_view text) {
    const std::size_t sp = text.find_last_of(' ');
    return sp == std::string_view::npos ? text : text.substr(sp + 1);
  };
  for (const Title& t : titles) {
    title_heads.push_back(index_.intern(text::fold(last_word(t.text))));
    // (The word before "of" heads "Secretary of State", "Minister of
    // Foreign Affairs".)
    title_noun_heads.push_back(index_.intern(text::fold(last_word(std::string_view(t.text).substr(0, t.text.find(" of "))))));
  }
  return Error{};
}

}  // namespace attache::lexicon
