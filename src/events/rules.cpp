#include "events/rules.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

#include "lexicon/table.hpp"

namespace attache::events {
namespace {

using lexicon::split;
using lexicon::trim;

Error rule_error(const std::string& where, const std::string& msg) { return Error{Errc::rule_error, msg, where}; }
bool ok(const Error& e) { return e.message.empty(); }

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (auto& w : split(s, ' '))
    for (auto& x : split(w, '\t')) out.push_back(x);
  return out;
}

}  // namespace

int RuleSet::type_index(std::string_view name) const {
  for (std::size_t i = 0; i < types.size(); ++i)
    if (types[i].name == name) return int(i);
  return -1;
}

int RuleSet::list_index(const std::string& name) {
  auto it = std::find(list_names.begin(), list_names.end(), name);
  if (it != list_names.end()) return int(it - list_names.begin());
  list_names.push_back(name);
  return int(list_names.size()) - 1;
}

// "@a, word, two words" -> appends phrases to list `list`.
Error RuleSet::add_phrases(int list, const std::string& value, const std::string& where) {
  for (const auto& p : split(value, ',')) {
    if (p.empty()) continue;
    if (p[0] == '@') list_where_.emplace(p.substr(1), where);  // first use
    list_phrases_[list_names[list]].push_back(p);  // an @reference is expanded in finish()
  }
  list_where_.emplace(list_names[list], where);
  return Error{};
}

Error RuleSet::load(std::string_view path, std::string_view content) {
  enum class Section { none, list, event, rule } section = Section::none;
  int cur_list = -1;
  EventType* ev = nullptr;
  Rule* rule = nullptr;
  std::string last_key, last_value;
  int last_line = 0;
  const std::string file(path);

  // Applies one "key = value" of the current section.
  auto apply = [&](const std::string& key, const std::string& value, int line) -> Error {
    const std::string where = file + ":" + std::to_string(line);
    // The list of a list-valued key. A key given again adds to its list, as
    // "trigger" does ("exclude = @passive-welcome" then "exclude = @remote,
    // letter"): `current` is the list the key has so far (-1: none).
    auto list_value = [&](const std::string& anon, int current) -> int {
      std::string v(trim(value));
      if (current < 0 && !v.empty() && v[0] == '@' && v.find(',') == std::string::npos) {
        list_where_.emplace(v.substr(1), where);
        return list_index(v.substr(1));
      }
      int l = list_index(anon);
      if (current >= 0 && current != l) add_phrases(l, "@" + list_names[current], where);
      add_phrases(l, v, where);
      return l;
    };
    auto set_list = [&](int& slot, const std::string& anon) { slot = list_value(anon, slot); };
    auto number = [&](int& out) -> Error {
      try {
        std::size_t used = 0;
        out = std::stoi(value, &used);
        if (used != value.size() || out < 0 || out > 1000) throw std::invalid_argument("range");
      } catch (...) {
        return rule_error(where, "\"" + key + "\" needs a number from 0 to 1000, got \"" + value + "\"");
      }
      return Error{};
    };
    if (section == Section::event) {
      if (key == "roles") ev->roles = words(value);
      else if (key == "values") ev->values = words(value);
      else if (key == "required") ev->required = words(value);
      else if (key == "distinct") ev->distinct = words(value);
      else if (key == "cameo") ev->cameo = value;
      else if (key == "plover") {
        auto w = words(value);
        if (w.empty() || w.size() > 2) return rule_error(where, "plover = CATEGORY [mode]");
        ev->plover_category = w[0];
        ev->plover_mode = w.size() > 1 ? w[1] : "";
      } else if (key == "negation") set_list(ev->negation_list, ev->name + ".negation");
      else if (key == "negation-after") set_list(ev->negation_after_list, ev->name + ".negation-after");
      else if (key == "hypothetical") set_list(ev->hypothetical_list, ev->name + ".hypothetical");
      else if (key == "hypothetical-after") set_list(ev->hypothetical_after_list, ev->name + ".hypothetical-after");
      else if (key == "announce") set_list(ev->announce_list, ev->name + ".announce");
      else if (key == "questions") set_list(ev->questions_list, ev->name + ".questions");
      else if (key == "owned") set_list(ev->owned_list, ev->name + ".owned");
      else if (key == "host-orders") set_list(ev->host_orders_list, ev->name + ".host-orders");
      else if (key == "leader-by") set_list(ev->leader_by_list, ev->name + ".leader-by");
      else if (key == "coordinators") set_list(ev->coordinators_list, ev->name + ".coordinators");
      else if (key == "clause-breaks") set_list(ev->clause_breaks_list, ev->name + ".clause-breaks");
      else if (key == "remote-gatherings") set_list(ev->remote_gatherings_list, ev->name + ".remote-gatherings");
      else if (key == "subject-stops") set_list(ev->subject_stops_list, ev->name + ".subject-stops");
      else if (key == "examples") set_list(ev->examples_list, ev->name + ".examples");
      else if (key == "object-people") set_list(ev->object_people_list, ev->name + ".object-people");
      else if (key == "unnamed-states") set_list(ev->unnamed_states_list, ev->name + ".unnamed-states");
      else if (key == "trigger-gaps") set_list(ev->trigger_gaps_list, ev->name + ".trigger-gaps");
      else if (key == "light-verbs") set_list(ev->light_verbs_list, ev->name + ".light-verbs");
      else if (key == "neighbour-nouns") set_list(ev->neighbour_nouns_list, ev->name + ".neighbour-nouns");
      else if (key == "routine") set_list(ev->routine_list, ev->name + ".routine");
      else if (key == "routine-ends") set_list(ev->routine_ends_list, ev->name + ".routine-ends");
      else if (key == "polarity-stops") set_list(ev->polarity_stops_list, ev->name + ".polarity-stops");
      else if (key == "headline-future") set_list(ev->headline_future_list, ev->name + ".headline-future");
      else if (key == "cue-stops") set_list(ev->cue_stops_list, ev->name + ".cue-stops");
      else if (key == "next-leg") set_list(ev->next_leg_list, ev->name + ".next-leg");
      else if (key == "reported") set_list(ev->reported_list, ev->name + ".reported");
      else if (key == "denial") set_list(ev->denial_list, ev->name + ".denial");
      else if (key == "narrator") set_list(ev->narrator_list, ev->name + ".narrator");
      else if (key == "epithets") set_list(ev->epithet_list, ev->name + ".epithets");
      else if (key == "guests") set_list(ev->guest_list, ev->name + ".guests");
      else if (key == "claim-labels") set_list(ev->claim_labels_list, ev->name + ".claim-labels");
      else if (key == "denied-after") set_list(ev->denied_after_list, ev->name + ".denied-after");
      else if (key == "reporting") set_list(ev->reporting_list, ev->name + ".reporting");
      else if (key == "place-words") set_list(ev->place_words_list, ev->name + ".place-words");
      else if (key == "polarity-window") return number(ev->polarity_window);
      else if (key == "routine-window") return number(ev->routine_window);
      else if (key == "routine-window-before") return number(ev->routine_window_before);
      else return rule_error(where, "unknown event key \"" + key + "\"");
      return Error{};
    }
    if (section == Section::rule) {
      if (key == "event") {
        rule->event = type_index(value);
        if (rule->event < 0) return rule_error(where, "unknown event type \"" + value + "\" (declare [event " + value + "] first)");
      } else if (key == "trigger") {
        for (const auto& p : split(value, ',')) pending_triggers_.push_back(Pending{rule->id, p, where});
      } else if (key == "cue") set_list(rule->cue_list, rule->id + ".cue");
      else if (key == "cue-window") return number(rule->cue_window);
      else if (key == "cue-side") {
        if (value == "around") rule->cue_side = Rule::Side::around;
        else if (value == "before") rule->cue_side = Rule::Side::before;
        else if (value == "after") rule->cue_side = Rule::Side::after;
        else return rule_error(where, "cue-side is around, before or after");
      } else if (key == "cue-previous") return number(rule->cue_previous_sentences);
      else if (key == "cue-commas") return number(rule->cue_commas);
      else if (key == "exclude") set_list(rule->exclude_list, rule->id + ".exclude");
      else if (key == "exclude-window") return number(rule->exclude_window);
      else if (key == "block") set_list(rule->block_list, rule->id + ".block");
      else if (key == "negation-after-passive") return number(rule->negation_after_passive);
      else if (key == "block-comma") {
        if (value != "yes" && value != "no") return rule_error(where, "block-comma takes yes or no");
        rule->block_comma = value == "yes";
      }
      else if (key == "block-demonym") {
        if (value != "yes" && value != "no") return rule_error(where, "block-demonym takes yes or no");
        rule->block_demonym = value == "yes";
      }
      else if (key == "cue-opens-subject") {
        if (value != "yes" && value != "no") return rule_error(where, "cue-opens-subject takes yes or no");
        rule->cue_opens_subject = value == "yes";
      }
      else if (key == "list-item") {
        if (value != "yes" && value != "no") return rule_error(where, "list-item takes yes or no");
        rule->list_item = value == "yes";
      }
      else if (key == "after-person") {
        if (value != "yes" && value != "no" && value != "comma")
          return rule_error(where, "after-person takes yes, comma or no");
        rule->after_person = value != "no";
        rule->after_person_comma = value == "comma";
      }
      else if (key == "block-same-destination") set_list(rule->same_destination_list, rule->id + ".block-same-destination");
      else if (key == "exclude-before") set_list(rule->exclude_before_list, rule->id + ".exclude-before");
      else if (key == "exclude-before-window") return number(rule->exclude_before_window);
      else if (key == "exclude-after") set_list(rule->exclude_after_list, rule->id + ".exclude-after");
      else if (key == "exclude-after-window") return number(rule->exclude_after_window);
      else if (key == "cue-block") set_list(rule->cue_block_list, rule->id + ".cue-block");
      else if (key == "polarity") {
        if (value == "hypothetical") rule->planned = true;
        else if (value == "asserted") rule->planned = false;
        else return rule_error(where, "polarity is asserted or hypothetical");
      }
      else {
        // A role: "host = pp(cue: in at) | pp(trigger: in)" or "host.accept = country place".
        std::string role = key;
        const bool accept = role.size() > 7 && role.substr(role.size() - 7) == ".accept";
        if (accept) role.resize(role.size() - 7);
        RoleSpec* spec = nullptr;
        for (auto& r : rule->roles)
          if (r.role == role) spec = &r;
        if (!spec) {
          rule->roles.push_back(RoleSpec{role, {}, kAcceptAll});
          spec = &rule->roles.back();
        }
        if (accept) {
          std::uint16_t mask = 0;
          for (const auto& w : words(value)) {
            if (w == "country") mask |= kAcceptCountry;
            else if (w == "capital") mask |= kAcceptCapital;
            else if (w == "place") mask |= kAcceptPlace;
            else if (w == "person") mask |= kAcceptPerson;
            else if (w == "organization") mask |= kAcceptOrg;
            else if (w == "anaphor") mask |= kAcceptAnaphor;
            else if (w == "title") mask |= kAcceptTitle;
            else if (w == "demonym") mask |= kAcceptDemonym;
            else if (w == "government") mask |= kAcceptGovernment;
            else return rule_error(where, "unknown accept class \"" + w + "\"");
          }
          spec->accept = mask;
          return Error{};
        }
        for (const auto& f : split(value, '|')) {
          Finder fd;
          const auto open = f.find('('), close = f.rfind(')');
          if (open == std::string::npos || close == std::string::npos || close < open)
            return rule_error(where, "finder \"" + f + "\" should look like name(anchor) or pp(anchor: prep ...)");
          const std::string name(trim(std::string_view(f).substr(0, open)));
          std::string inside(trim(std::string_view(f).substr(open + 1, close - open - 1)));
          std::string anchor = inside;
          const auto colon = inside.find(':');
          if (colon != std::string::npos) {
            anchor = std::string(trim(std::string_view(inside).substr(0, colon)));
            for (auto& w : words(std::string_view(inside).substr(colon + 1))) {
              if (w[0] == '@') fd.head_list = list_index(w.substr(1));
              else fd.preps.push_back(w);
            }
          }
          if (name == "subject") { fd.kind = FinderKind::subject; fd.window = kSubjectWindow; }
          else if (name == "object") { fd.kind = FinderKind::object; fd.window = 4; }
          else if (name == "possessor") fd.kind = FinderKind::possessor;
          else if (name == "of") fd.kind = FinderKind::of;
          else if (name == "pp") { fd.kind = FinderKind::pp; fd.window = 8; }
          else if (name == "agent") { fd.kind = FinderKind::agent; fd.window = 8; }
          else if (name == "context") fd.kind = FinderKind::context;
          else if (name == "cue") fd.kind = FinderKind::cue;
          // (previous(): the window counts sentences, this one and the two before.)
          else if (name == "previous") { fd.kind = FinderKind::previous; fd.window = 3; }
          else if (name == "dateline") fd.kind = FinderKind::dateline;
          // (opening(): the window counts sentences, 1 this one, 2 the one before too.)
          else if (name == "opening") { fd.kind = FinderKind::opening; fd.window = 1; }
          else if (name == "story") fd.kind = FinderKind::story;
          else if (name == "label") fd.kind = FinderKind::label;
          else if (name == "here") { fd.kind = FinderKind::here; fd.window = 8; }
          else if (name == "modifier") fd.kind = FinderKind::modifier;
          else if (name == "requester") fd.kind = FinderKind::requester;
          else if (name == "source") { fd.kind = FinderKind::source; fd.window = 8; }
          else if (name == "earlier") { fd.kind = FinderKind::earlier; fd.window = 4; }
          else if (name == "fronted") { fd.kind = FinderKind::fronted; fd.window = 8; }
          else if (name == "item") fd.kind = FinderKind::item;
          else if (name == "lead") fd.kind = FinderKind::lead;
          else return rule_error(where, "unknown finder \"" + name + "\" (subject, object, possessor, modifier, of, pp, agent, context, previous, dateline, opening, story, label, here, requester, source, earlier, fronted, item, lead, cue)");
          if (anchor == "trigger" || anchor.empty()) fd.anchor = Anchor::trigger;
          else if (anchor == "cue") fd.anchor = Anchor::cue;
          else return rule_error(where, "finder anchor must be trigger or cue, got \"" + anchor + "\"");
          if (fd.kind == FinderKind::pp && fd.preps.empty()) return rule_error(where, "pp() needs prepositions: pp(cue: in at)");
          if (fd.kind == FinderKind::requester && fd.head_list < 0)
            return rule_error(where, "requester() needs its verbs: requester(trigger: @order-verbs)");
          if (fd.kind == FinderKind::source && fd.head_list < 0)
            return rule_error(where, "source() needs its verbs: source(trigger: @source-verbs)");
          if (fd.kind == FinderKind::item && fd.head_list < 0)
            return rule_error(where, "item() needs the words a list line's names may have between them: item(trigger: @item-words)");
          if (fd.kind == FinderKind::earlier && fd.head_list < 0)
            return rule_error(where, "earlier() needs its nouns: earlier(cue: in at @mission-nouns), earlier(cue: @mission-nouns)");
          // An optional "/N" after the finder sets its window in tokens.
          std::string_view rest = trim(std::string_view(f).substr(close + 1));
          if (!rest.empty()) {
            int w = 0;
            if (rest[0] != '/' || rest.size() < 2 || rest.size() > 4) return rule_error(where, "after a finder only /N (a window in tokens) may follow");
            for (char c : rest.substr(1)) {
              if (c < '0' || c > '9') return rule_error(where, "after a finder only /N (a window in tokens) may follow");
              w = w * 10 + (c - '0');
            }
            if (w < 1 || w > 60) return rule_error(where, "a finder window is 1 to 60 tokens");
            fd.window = w;
          }
          spec->finders.push_back(std::move(fd));
        }
      }
      return Error{};
    }
    return rule_error(where, "\"" + key + "\" outside of an [event] or [rule] section");
  };

  auto flush = [&]() -> Error {
    if (last_key.empty()) return Error{};
    Error e = apply(last_key, std::string(trim(last_value)), last_line);
    last_key.clear();
    last_value.clear();
    return e;
  };

  int line = 0;
  std::size_t b = 0;
  while (b < content.size()) {
    std::size_t e = content.find('\n', b);
    if (e == std::string_view::npos) e = content.size();
    ++line;
    std::string_view l = content.substr(b, e - b);
    b = e + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    std::string_view t = trim(l);
    if (t.empty() || t[0] == '#') continue;
    const std::string where = file + ":" + std::to_string(line);
    const bool continuation = (l[0] == ' ' || l[0] == '\t');
    if (t[0] == '[') {
      if (Error err = flush(); !ok(err)) return err;
      if (t.back() != ']') return rule_error(where, "section header must end with ']'");
      auto w = words(t.substr(1, t.size() - 2));
      if (w.size() != 2) return rule_error(where, "section header is [list NAME], [event TYPE] or [rule ID]");
      if (w[0] == "list") {
        section = Section::list;
        cur_list = list_index(w[1]);
        list_phrases_[w[1]];
        list_where_[w[1]] = where;  // the definition wins over an earlier use
      } else if (w[0] == "event") {
        if (type_index(w[1]) >= 0) return rule_error(where, "event type " + w[1] + " declared twice");
        section = Section::event;
        types.push_back(EventType{});
        ev = &types.back();
        ev->name = w[1];
        ev->where = where;
      } else if (w[0] == "rule") {
        for (const auto& r : rules)
          if (r.id == w[1]) return rule_error(where, "rule " + w[1] + " defined twice (first at " + r.where + ")");
        section = Section::rule;
        rules.push_back(Rule{});
        rule = &rules.back();
        rule->id = w[1];
        rule->where = where;
      } else {
        return rule_error(where, "unknown section [" + w[0] + "] (list, event, rule)");
      }
      continue;
    }
    if (section == Section::list) {
      add_phrases(cur_list, std::string(t), where);
      continue;
    }
    if (continuation && !last_key.empty()) {
      last_value += ' ';
      last_value += t;
      continue;
    }
    if (Error err = flush(); !ok(err)) return err;
    const auto eq = t.find('=');
    if (eq == std::string_view::npos) return rule_error(where, "expected key = value");
    last_key = std::string(trim(t.substr(0, eq)));
    last_value = std::string(trim(t.substr(eq + 1)));
    last_line = line;
    if (section == Section::none) return rule_error(where, "\"" + last_key + "\" before any [event] or [rule] section");
  }
  if (Error err = flush(); !ok(err)) return err;
  return Error{};
}

Error RuleSet::finish(std::shared_ptr<lexicon::Vocabulary> vocabulary) {
  if (list_names.size() > std::size_t(kMaxLists))
    return Error{Errc::rule_error, "more than " + std::to_string(kMaxLists) + " phrase lists", list_where_[list_names[kMaxLists]]};
  // Expand @references (a list may include another list).
  std::map<std::string, std::vector<std::string>> expanded;
  std::function<Error(const std::string&, std::set<std::string>&, std::vector<std::string>&)> expand =
      [&](const std::string& name, std::set<std::string>& seen, std::vector<std::string>& out) -> Error {
    if (!seen.insert(name).second) return Error{Errc::rule_error, "list @" + name + " includes itself", list_where_[name]};
    auto it = list_phrases_.find(name);
    if (it == list_phrases_.end())
      return Error{Errc::rule_error, "list @" + name + " is used but never defined", list_where_[name]};
    for (const auto& p : it->second) {
      if (p[0] == '@') {
        if (Error e = expand(p.substr(1), seen, out); !ok(e)) return e;
      } else {
        out.push_back(p);
      }
    }
    seen.erase(name);
    return Error{};
  };
  if (!vocabulary) vocabulary = std::make_shared<lexicon::Vocabulary>();
  phrases_ = lexicon::PhraseIndex(vocabulary);
  phrase_lists_.clear();
  for (std::size_t l = 0; l < list_names.size(); ++l) {
    std::set<std::string> seen;
    std::vector<std::string> out;
    if (Error e = expand(list_names[l], seen, out); !ok(e)) return e;
    for (const auto& p : out) {
      std::uint32_t entry = phrases_.add(p);
      if (entry == lexicon::PhraseIndex::kNone) continue;
      if (entry >= phrase_lists_.size()) phrase_lists_.resize(entry + 1);
      phrase_lists_[entry].set(int(l));
    }
    expanded[list_names[l]] = std::move(out);
  }
  gaps_ = lexicon::PhraseIndex(vocabulary);
  gap_lists_.clear();
  for (const EventType& t : types) {
    if (t.trigger_gaps_list < 0) continue;
    for (const auto& p : expanded[list_names[std::size_t(t.trigger_gaps_list)]]) {
      const std::uint32_t entry = gaps_.add(p);
      if (entry == lexicon::PhraseIndex::kNone) continue;
      if (entry >= gap_lists_.size()) gap_lists_.resize(entry + 1);
      gap_lists_[entry].set(t.trigger_gaps_list);
    }
  }
  triggers_ = lexicon::PhraseIndex(vocabulary);
  trigger_rules_.clear();
  for (const auto& pt : pending_triggers_) {
    std::uint32_t rule = 0;
    while (rule < rules.size() && rules[rule].id != pt.rule_id) ++rule;
    std::vector<std::string> phrases;
    if (pt.trigger[0] == '@') {
      auto it = expanded.find(pt.trigger.substr(1));
      if (it == expanded.end()) return Error{Errc::rule_error, "trigger list " + pt.trigger + " is not defined", pt.where};
      phrases = it->second;
    } else {
      phrases.push_back(pt.trigger);
    }
    for (const auto& p : phrases) {
      std::uint32_t entry = triggers_.add(p);
      if (entry == lexicon::PhraseIndex::kNone) continue;
      if (entry >= trigger_rules_.size()) trigger_rules_.resize(entry + 1);
      auto& v = trigger_rules_[entry];
      if (std::find(v.begin(), v.end(), rule) == v.end()) v.push_back(rule);
    }
  }
  // Role names as numbers, per event type: equal names, equal numbers.
  std::vector<std::vector<std::string>> names(types.size());
  auto number = [&](std::size_t type, const std::string& name) {
    auto& known = names[type];
    const auto it = std::find(known.begin(), known.end(), name);
    if (it != known.end()) return int(it - known.begin());
    known.push_back(name);
    return int(known.size()) - 1;
  };
  for (std::size_t ti = 0; ti < types.size(); ++ti) {
    auto& t = types[ti];
    t.role_required.clear();
    t.role_distinct.clear();
    t.role_names.clear();
    t.value_names.clear();
    t.host_role = -1;
    for (const auto& role : t.roles) {
      if (role == "host") t.host_role = int(t.role_names.size());
      t.role_required.push_back(std::count(t.required.begin(), t.required.end(), role) > 0);
      t.role_distinct.push_back(std::count(t.distinct.begin(), t.distinct.end(), role) > 0);
      t.role_names.push_back(number(ti, role));
    }
    for (const auto& value : t.values) t.value_names.push_back(number(ti, value));
    for (const auto& req : t.required) number(ti, req);
  }
  for (auto& r : rules)
    if (r.event >= 0 && std::size_t(r.event) < types.size())
      for (auto& spec : r.roles) spec.name = number(std::size_t(r.event), spec.role);
  for (std::size_t ti = 0; ti < types.size(); ++ti) {
    auto& t = types[ti];
    t.name_required.assign(names[ti].size(), 0);
    for (const auto& req : t.required) t.name_required[std::size_t(number(ti, req))] = 1;
    t.name_distinct.assign(names[ti].size(), 0);
    for (std::size_t r = 0; r < t.roles.size(); ++r)
      if (t.role_distinct[r]) t.name_distinct[std::size_t(t.role_names[r])] = 1;
  }
  for (const auto& r : rules) {
    if (r.event < 0) return Error{Errc::rule_error, "rule " + r.id + " has no event = TYPE", r.where};
    const EventType& t = types[r.event];
    for (const auto& spec : r.roles) {
      const bool known = std::count(t.roles.begin(), t.roles.end(), spec.role) ||
                         std::count(t.values.begin(), t.values.end(), spec.role);
      if (!known) return Error{Errc::rule_error, "rule " + r.id + ": role \"" + spec.role + "\" is not a role of " + t.name, r.where};
      if (spec.finders.empty()) return Error{Errc::rule_error, "rule " + r.id + ": role \"" + spec.role + "\" has no finder", r.where};
    }
    bool has_trigger = r.list_item;
    for (const auto& pt : pending_triggers_) has_trigger |= pt.rule_id == r.id;
    if (!has_trigger) return Error{Errc::rule_error, "rule " + r.id + " has no trigger", r.where};
  }
  list_item_rules_.clear();
  for (std::size_t r = 0; r < rules.size(); ++r)
    if (rules[r].list_item) list_item_rules_.push_back(std::uint32_t(r));
  return Error{};
}

}  // namespace attache::events
