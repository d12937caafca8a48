// replay_main -- runs a libFuzzer target without libFuzzer.
//
// Built into the fuzz_*_replay programs (any compiler, no sanitizer needed):
//   fuzz_extract_replay corpus/ fuzz/crashes/fuzz_extract/ one-file.bin
// replays every regular file of the folders (recursively, in sorted order)
// and every file named, through LLVMFuzzerTestOneInput, once each. A target
// reports a broken invariant by abort(), so a failing input ends the run
// with the file's name printed just before.
//   --synthetic   also runs large inputs generated in memory (1-2 MB: a
//                 no-space token, "a." repeated, an ALL-CAPS blob without
//                 periods, spaCy#957's dotted numbers, a code point cut at
//                 the 32 KiB boundary), which are too big to keep in git.
//   --quiet       prints only the summary line.
// Exit status 0 when every input ran; 2 on a usage or read error.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

namespace {

bool g_quiet = false;

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

void run_one(const std::string& name, const std::string& bytes) {
  if (!g_quiet) {
    std::fprintf(stderr, "replay: %s (%zu bytes)\n", name.c_str(), bytes.size());
    std::fflush(stderr);
  }
  // A heap copy of exactly the input size, so ASan sees reads past the end.
  std::vector<std::uint8_t> buf(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(buf.empty() ? nullptr : buf.data(), buf.size());
}

std::vector<std::pair<std::string, std::string>> synthetic_inputs() {
  std::vector<std::pair<std::string, std::string>> v;
  auto repeat = [](const std::string& s, std::size_t total) {
    std::string out;
    out.reserve(total + s.size());
    while (out.size() < total) out += s;
    return out;
  };
  v.emplace_back("synthetic:2MB-no-space-token", std::string(2u << 20, 'x'));
  v.emplace_back("synthetic:1MB-a-dot", repeat("a.", 1u << 20));
  v.emplace_back("synthetic:1MB-caps-no-period",
                 repeat("NORTH KOREA CLOSES EMBASSY IN NEPAL AS SPAIN AND ANGOLA MISSIONS SHUT ", 1u << 20));
  std::string dotted;
  for (int i = 0; i <= 48; ++i) dotted += (i ? "." : "0") + std::to_string(i);
  v.emplace_back("synthetic:spacy957-x2000", repeat(dotted + " ", 2000 * (dotted.size() + 1)));
  v.emplace_back("synthetic:dotted-namespaces",
                 repeat("org.apache.commons.lang3.builder.ToStringBuilder.reflectionToString ", 1u << 19));
  // A three-byte sequence cut at the 32 KiB boundary, then the document goes on.
  std::string cut = repeat("Nepal said North Korea closed its embassy. ", 32768);
  cut.resize(32767);
  cut += "\xE2\x80";  // the first two bytes of U+2019
  cut += " North Korea\xE2\x80\x99s embassy in Spain closed.";
  v.emplace_back("synthetic:cut-at-32KiB", cut);
  v.emplace_back("synthetic:cut-at-eof", cut.substr(0, 32769));
  // Many sentences and many entities.
  v.emplace_back("synthetic:1MB-closures",
                 repeat("North Korea closed its embassy in Nepal on Friday, the ministry said. ", 1u << 20));
  // UTF-16LE with a BOM, 256 KB.
  std::string u16 = "\xFF\xFE";
  for (char c : repeat("Spain closed its embassy in Kabul. ", 1u << 17)) { u16 += c; u16 += '\0'; }
  v.emplace_back("synthetic:utf16le-256KB", u16);
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  std::vector<fs::path> files;
  bool synthetic = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--synthetic") { synthetic = true; continue; }
    if (a == "--quiet") { g_quiet = true; continue; }
    if (a == "-h" || a == "--help") {
      std::fprintf(stderr, "usage: %s [--synthetic] [--quiet] FILE-OR-DIR...\n", argv[0]);
      return 0;
    }
    if (!a.empty() && a[0] == '-') continue;  // libFuzzer flags (-runs=...) are ignored
    std::error_code ec;
    fs::path p(a);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) found.push_back(it->path());
      if (ec) { std::fprintf(stderr, "replay: cannot list %s: %s\n", a.c_str(), ec.message().c_str()); return 2; }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      std::fprintf(stderr, "replay: no such file or folder: %s\n", a.c_str());
      return 2;
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  std::size_t n = 0, bytes = 0;
  std::string content;
  for (const auto& f : files) {
    if (!read_file(f, content)) { std::fprintf(stderr, "replay: cannot read %s\n", f.c_str()); return 2; }
    run_one(f.string(), content);
    ++n;
    bytes += content.size();
  }
  if (synthetic)
    for (const auto& [name, input] : synthetic_inputs()) {
      run_one(name, input);
      ++n;
      bytes += input.size();
    }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "replay: %zu inputs, %zu bytes, %.2f s, all passed\n", n, bytes, s);
  return 0;
}
