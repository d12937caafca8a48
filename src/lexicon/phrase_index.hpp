// lexicon/phrase_index -- leftmost-longest phrase lookup over token keys.
//
// Phrases are tokenized with the same tokenizer as documents and stored as
// sequences of word ids (lexicon/vocabulary) in a hash trie. The vocabulary
// may be shared by several indexes, so a document's tokens are looked up
// once (ids()) and every index sharing it then matches on integers.
// Hyphens that join compounds ("Jong-Un", "Guinea-Bissau") are skipped on
// both sides, so "Kim Jong-Un" and "Kim Jong Un" are one phrase.
// Immutable after building; lookups are const and thread safe.
#ifndef ATTACHE_LEXICON_PHRASE_INDEX_HPP_
#define ATTACHE_LEXICON_PHRASE_INDEX_HPP_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/vocabulary.hpp"
#include "text/segment.hpp"

namespace attache::lexicon {

class PhraseIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  static constexpr std::uint32_t kJoinerId = 0xFFFFFFFEu;

  // An index with its own vocabulary, or one sharing `vocabulary`.
  PhraseIndex() : vocab_(std::make_shared<Vocabulary>()) {}
  explicit PhraseIndex(std::shared_ptr<Vocabulary> vocabulary) : vocab_(std::move(vocabulary)) {}
  const std::shared_ptr<Vocabulary>& vocabulary() const { return vocab_; }
  // True when ids() of `other` can be passed to this index's match_at().
  bool shares_vocabulary(const PhraseIndex& other) const { return vocab_ == other.vocab_; }

  // Adds a phrase; returns its entry id (the same id for a phrase whose
  // tokens fold to the same keys), or kNone for a phrase with no tokens.
  std::uint32_t add(std::string_view phrase);
  // Room for about `words` distinct words and `words` trie edges (a hint
  // that saves the tables' growth while loading; more may be added).
  void reserve(std::size_t words) {
    vocab_->reserve(words);
    edges_.reserve(words);
    terminal_.reserve(words);
    root_.reserve(words);
  }
  // The tokens of the phrase last given to add(), valid until the next
  // add() (so that a caller reading them need not tokenize it again).
  const text::Tokens& last_tokens() const { return scratch_; }
  std::uint32_t size() const { return entries_; }
  // The most tokens a match can span (words, and a joining hyphen after
  // each but the last).
  std::uint32_t longest() const { return longest_; }

  // The vocabulary id of every token of a document (kNone for a token that
  // is in no phrase, or a joining hyphen): one hash probe per token, after
  // which match_at() needs none for the words.
  void ids(const text::Tokens& t, std::vector<std::uint32_t>& out) const {
    const std::size_t n = t.toks.size();
    out.resize(n);
    const Vocabulary& vocab = *vocab_;
    // (Plain pointers: the stores need not make the compiler reload them.)
    const text::Tok* const toks = t.toks.data();
    const char* const keys = t.keys.data();
    std::uint32_t* const o = out.data();
    auto key = [&](std::size_t j) { return std::string_view(keys + toks[j].key_begin, toks[j].key_len); };
    // (In blocks: the hashes of a block's tokens first, each prefetching its
    // slot, then their lookups, which find most slots loaded; see
    // Vocabulary::hash_and_prefetch().)
    constexpr std::size_t kBlock = 32;
    std::uint64_t h[kBlock];
    for (std::size_t b = 0; b < n; b += kBlock) {
      const std::size_t m = std::min(kBlock, n - b);
      for (std::size_t j = 0; j < m; ++j) h[j] = vocab.hash_and_prefetch(key(b + j));
      for (std::size_t j = 0; j < m; ++j)
        o[b + j] = (toks[b + j].flags & text::kJoiner) ? kJoinerId : vocab.find_hashed(key(b + j), h[j]);
    }
  }

  // Calls f(entry, end) for every entry that starts at token `i`, shortest
  // first, where `end` is one past its last token; never reads at or past
  // `limit`. `ids` comes from ids(). Returns the number of entries found.
  template <class F>
  int match_at(const std::vector<std::uint32_t>& ids, std::size_t i, std::size_t limit, F&& f) const {
    if (i >= limit || ids[i] >= root_.size() || root_[ids[i]] == kNone) return 0;
    std::uint32_t node = root_[ids[i]];
    int found = 0;
    if (terminal_[node] != kNone) {
      ++found;
      f(terminal_[node], i + 1);
    }
    for (std::size_t j = i + 1; j < limit; ++j) {
      const std::uint32_t id = ids[j];
      if (id == kJoinerId) continue;
      if (id == kNone) break;
      const std::uint32_t child = edges_.find(edge(node, id));
      if (child == EdgeMap::kNone) break;
      node = child;
      if (terminal_[node] != kNone) {
        ++found;
        f(terminal_[node], j + 1);
      }
    }
    return found;
  }

  // Whether some entry starts with the word of id `id` (from ids()): when
  // not, match_at() finds nothing there. A bit per word id, for a loop over
  // every token to keep in registers: the shared vocabulary has some 32,000
  // ids with the built-in data (more with a user's tables), whose bits (4 KB)
  // stay in the first-level cache where root_ (4 bytes an id) does not.
  struct Starts {
    const std::uint64_t* bits;
    std::size_t size;  // ids covered: bits has size / 64 words
    bool operator()(std::uint32_t id) const { return id < size && (bits[id >> 6] >> (id & 63) & 1); }
  };
  Starts starts() const { return Starts{start_bits_.data(), start_bits_.size() * 64}; }

  // The same, computing the ids of the tokens it reads (for one-off lookups).
  template <class F>
  int match_at(const text::Tokens& t, std::size_t i, std::size_t limit, F&& f) const {
    std::vector<std::uint32_t> local;
    local.reserve(limit > i ? limit - i : 0);
    for (std::size_t j = i; j < limit; ++j) {
      if (t.toks[j].flags & text::kJoiner) { local.push_back(kJoinerId); continue; }
      const std::uint32_t v = vocab_->find(t.key(j));
      local.push_back(v);
      if (v == kNone) break;
    }
    return match_at(local, 0, local.size(), f);
  }

  // Adds a word to the vocabulary without a phrase (for per-word data such
  // as word lists); returns its id.
  std::uint32_t intern(std::string_view key);


 private:
  static std::uint64_t edge(std::uint32_t node, std::uint32_t tok) { return (std::uint64_t(node) << 32) | tok; }
  std::shared_ptr<Vocabulary> vocab_;
  EdgeMap edges_;
  std::vector<std::uint32_t> terminal_{kNone};  // per node: entry id or kNone
  std::vector<std::uint32_t> root_;  // per word id: the node after it from the root, or kNone
                                     // (an array, not an edge probe: every token is looked up here;
                                     // shorter than the vocabulary when that is shared)
  std::vector<std::uint64_t> start_bits_;  // per word id: root_[id] != kNone (see starts())
  std::uint32_t entries_ = 0;
  std::uint32_t longest_ = 0;
  text::Tokens scratch_;
};

}  // namespace attache::lexicon

#endif  // ATTACHE_LEXICON_PHRASE_INDEX_HPP_
