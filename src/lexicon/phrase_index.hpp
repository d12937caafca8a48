// lexicon/phrase_index -- leftmost-longest phrase lookup over token keys.
//
// Phrases are tokenized with the same tokenizer as documents and stored as
// sequences of folded token keys in a hash trie: one hash probe per token.
// Hyphens that join compounds ("Jong-Un", "Guinea-Bissau") are skipped on
// both sides, so "Kim Jong-Un" and "Kim Jong Un" are one phrase.
// Immutable after building; lookups are const and thread safe.
#ifndef ATTACHE_LEXICON_PHRASE_INDEX_HPP_
#define ATTACHE_LEXICON_PHRASE_INDEX_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <functional>
#include <vector>

#include "text/segment.hpp"

namespace attache::lexicon {

// Hash for std::string keys that also takes string_view probes without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over unsigned bytes
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return std::size_t(h);
  }
};
using StringMap = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

class PhraseIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  static constexpr std::uint32_t kJoinerId = 0xFFFFFFFEu;

  // Adds a phrase; returns its entry id (the same id for a phrase whose
  // tokens fold to the same keys), or kNone for a phrase with no tokens.
  std::uint32_t add(std::string_view phrase);
  std::uint32_t size() const { return entries_; }

  // The vocabulary id of every token of a document (kNone for a token that
  // is in no phrase, or a joining hyphen): one hash probe per token, after
  // which match_at() needs none for the words.
  void ids(const text::Tokens& t, std::vector<std::uint32_t>& out) const {
    out.resize(t.toks.size());
    for (std::size_t j = 0; j < t.toks.size(); ++j) {
      if (t.toks[j].flags & text::kJoiner) { out[j] = kJoinerId; continue; }
      auto v = vocab_.find(t.key(j));
      out[j] = v == vocab_.end() ? kNone : v->second;
    }
  }

  // Calls f(entry, end) for every entry that starts at token `i`, shortest
  // first, where `end` is one past its last token; never reads at or past
  // `limit`. `ids` comes from ids(). Returns the number of entries found.
  template <class F>
  int match_at(const std::vector<std::uint32_t>& ids, std::size_t i, std::size_t limit, F&& f) const {
    if (i >= limit || ids[i] == kNone || ids[i] == kJoinerId || !starts_[ids[i]]) return 0;
    std::uint32_t node = 0;
    int found = 0;
    for (std::size_t j = i; j < limit; ++j) {
      const std::uint32_t id = ids[j];
      if (id == kJoinerId) continue;
      if (id == kNone) break;
      auto c = edges_.find(edge(node, id));
      if (c == edges_.end()) break;
      node = c->second;
      if (terminal_[node] != kNone) {
        ++found;
        f(terminal_[node], j + 1);
      }
    }
    return found;
  }

  // The same, computing the ids of the tokens it reads (for one-off lookups).
  template <class F>
  int match_at(const text::Tokens& t, std::size_t i, std::size_t limit, F&& f) const {
    std::vector<std::uint32_t> local;
    local.reserve(limit > i ? limit - i : 0);
    for (std::size_t j = i; j < limit; ++j) {
      if (t.toks[j].flags & text::kJoiner) { local.push_back(kJoinerId); continue; }
      auto v = vocab_.find(t.key(j));
      local.push_back(v == vocab_.end() ? kNone : v->second);
      if (v == vocab_.end()) break;
    }
    return match_at(local, 0, local.size(), f);
  }

  // Adds a word to the vocabulary without a phrase (for per-word data such
  // as word lists); returns its id.
  std::uint32_t intern(std::string_view key);
  std::uint32_t vocabulary_size() const { return std::uint32_t(starts_.size()); }


 private:
  static std::uint64_t edge(std::uint32_t node, std::uint32_t tok) { return (std::uint64_t(node) << 32) | tok; }
  StringMap vocab_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  std::vector<std::uint32_t> terminal_{kNone};  // per node: entry id or kNone
  std::vector<bool> starts_;                     // per vocabulary id: some phrase starts with it
  std::uint32_t entries_ = 0;
  text::Tokens scratch_;
};

}  // namespace attache::lexicon

#endif  // ATTACHE_LEXICON_PHRASE_INDEX_HPP_
