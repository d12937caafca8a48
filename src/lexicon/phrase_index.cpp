#include "lexicon/phrase_index.hpp"

namespace attache::lexicon {

std::uint32_t PhraseIndex::add(std::string_view phrase) {
  text::tokenize(phrase, scratch_);
  std::uint32_t node = 0;
  bool any = false;
  for (const auto& tok : scratch_.toks) {
    if (tok.flags & text::kJoiner) continue;
    const std::uint32_t v = intern(scratch_.key(tok));
    if (!any) starts_[v] = true;
    auto [it, inserted] = edges_.emplace(edge(node, v), std::uint32_t(terminal_.size()));
    if (inserted) terminal_.push_back(kNone);
    node = it->second;
    any = true;
  }
  if (!any) return kNone;
  if (terminal_[node] == kNone) terminal_[node] = entries_++;
  return terminal_[node];
}

std::uint32_t PhraseIndex::intern(std::string_view key) {
  auto it = vocab_.find(key);
  if (it != vocab_.end()) return it->second;
  const std::uint32_t id = std::uint32_t(starts_.size());
  vocab_.emplace(std::string(key), id);
  starts_.push_back(false);
  return id;
}


}  // namespace attache::lexicon
