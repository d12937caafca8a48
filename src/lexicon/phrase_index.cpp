#include "lexicon/phrase_index.hpp"

#include <algorithm>

namespace attache::lexicon {

std::uint32_t PhraseIndex::add(std::string_view phrase) {
  text::tokenize(phrase, scratch_);
  std::uint32_t node = 0, words = 0;
  bool any = false;
  for (const auto& tok : scratch_.toks) {
    if (tok.flags & text::kJoiner) continue;
    ++words;
    const std::uint32_t v = intern(scratch_.key(tok));
    if (!any) {
      if (root_[v] == kNone) {
        root_[v] = std::uint32_t(terminal_.size());
        terminal_.push_back(kNone);
        if (start_bits_.size() <= v >> 6) start_bits_.resize((v >> 6) + 1, 0);
        start_bits_[v >> 6] |= std::uint64_t{1} << (v & 63);
      }
      node = root_[v];
    } else {
      bool inserted = false;
      node = edges_.insert(edge(node, v), std::uint32_t(terminal_.size()), &inserted);
      if (inserted) terminal_.push_back(kNone);
    }
    any = true;
  }
  if (!any) return kNone;
  longest_ = std::max(longest_, 2 * words - 1);  // a joining hyphen may follow every word but the last
  if (terminal_[node] == kNone) terminal_[node] = entries_++;
  return terminal_[node];
}

std::uint32_t PhraseIndex::intern(std::string_view key) {
  const std::uint32_t id = vocab_->intern(key);
  if (id >= root_.size()) root_.resize(std::size_t(id) + 1, kNone);
  return id;
}


}  // namespace attache::lexicon
