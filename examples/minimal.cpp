// The smallest program that uses attache: extract from one sentence and
// print the JSON record. Build: see README.md ("Linking").
#include <attache/attache.hpp>

#include <iostream>

int main() {
  auto made = attache::Extractor::create();
  if (!made) {
    std::cerr << made.error().what() << "\n";
    return 2;
  }
  const attache::Extractor& x = *made;
  attache::Document doc = x.extract(
      "North Korea has closed its embassy in Spain, the foreign ministry said on Friday.",
      attache::DocumentInfo{"example-1", "2023-11-03"});
  for (const attache::Event& ev : doc.events)
    std::cerr << ev.type << ": " << ev.argument("actor")->code << " in " << ev.argument("host")->code << "\n";
  std::cout << attache::to_json(doc) << "\n";
  return doc.events.empty() ? 1 : 0;
}
