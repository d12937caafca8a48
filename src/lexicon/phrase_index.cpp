#include "lexicon/phrase_index.hpp"

namespace attache::lexicon {

std::uint32_t PhraseIndex::add(std::string_view phrase) {
  text::tokenize(phrase, scratch_);
  std::uint32_t node = 0;
  bool any = false;
  for (const auto& tok : scratch_.toks) {
    if (tok.flags & text::kJoiner) continue;
    std::string key(scratch_.key(tok));
    auto v = vocab_.emplace(std::move(key), std::uint32_t(vocab_.size())).first->second;
    auto [it, inserted] = edges_.emplace(edge(node, v), std::uint32_t(terminal_.size()));
    if (inserted) terminal_.push_back(kNone);
    node = it->second;
    any = true;
  }
  if (!any) return kNone;
  if (terminal_[node] == kNone) terminal_[node] = entries_++;
  return terminal_[node];
}

bool PhraseIndex::starts_with_key(std::string_view key) const {
  auto v = vocab_.find(key);
  return v != vocab_.end() && edges_.count(edge(0, v->second));
}

}  // namespace attache::lexicon
