// replay_main -- runs a libFuzzer target without libFuzzer.
//
// Built into the fuzz_*_replay programs (any compiler, no sanitizer needed):
//   fuzz_extract_replay corpus/ fuzz/crashes/fuzz_extract/ one-file.bin
// replays every regular file of the folders (recursively, in sorted order)
// and every file named, through LLVMFuzzerTestOneInput, once each. A target
// reports a broken invariant by abort(), so a failing input ends the run
// with the file's name printed just before.
//   --synthetic   also runs inputs generated in memory, too big to keep in
//                 git (256 KB each, so the ctest replays stay fast under
//                 ASan): a no-space token, "a." repeated, an ALL-CAPS blob
//                 without periods, spaCy#957's dotted numbers, dotted
//                 namespaces, a code point cut at the 32 KiB boundary and at
//                 the end, repeated closure sentences, UTF-16LE.
//   --synthetic-large   the same at 1-8 MB (for timing runs by hand; a
//                 Release build is needed, ASan makes them minutes long).
//   --quiet       prints only the summary line (and inputs slower than 1 s).
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
    std::fprintf(stderr, "replay: %s (%zu bytes)", name.c_str(), bytes.size());
    std::fflush(stderr);
  }
  // A heap copy of exactly the input size, so ASan sees reads past the end.
  std::vector<std::uint8_t> buf(bytes.begin(), bytes.end());
  const auto t0 = std::chrono::steady_clock::now();
  LLVMFuzzerTestOneInput(buf.empty() ? nullptr : buf.data(), buf.size());
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!g_quiet) std::fprintf(stderr, " %.3f s\n", s);
  else if (s > 1.0) std::fprintf(stderr, "replay: slow input (%.2f s): %s (%zu bytes)\n", s, name.c_str(), bytes.size());
}

std::vector<std::pair<std::string, std::string>> synthetic_inputs(std::size_t unit) {
  std::vector<std::pair<std::string, std::string>> v;
  auto repeat = [](const std::string& s, std::size_t total) {
    std::string out;
    out.reserve(total + s.size());
    while (out.size() < total) out += s;
    return out;
  };
  const std::string kb = std::to_string(unit >> 10) + "KB";
  v.emplace_back("synthetic:no-space-token-" + kb, std::string(unit, 'x'));
  v.emplace_back("synthetic:a-dot-" + kb, repeat("a.", unit));
  v.emplace_back("synthetic:caps-no-period-" + kb,
                 repeat("NORTH KOREA CLOSES EMBASSY IN NEPAL AS SPAIN AND ANGOLA MISSIONS SHUT ", unit));
  std::string dotted;
  for (int i = 0; i <= 48; ++i) dotted += (i ? "." : "") + std::to_string(i);
  v.emplace_back("synthetic:spacy957-" + kb, repeat(dotted + " ", unit));
  v.emplace_back("synthetic:dotted-namespaces-" + kb,
                 repeat("org.apache.commons.lang3.builder.ToStringBuilder.reflectionToString ", unit));
  // A three-byte sequence cut at the 32 KiB boundary, then the document goes on.
  std::string cut = repeat("Nepal said North Korea closed its embassy. ", 32768);
  cut.resize(32767);
  cut += "\xE2\x80";  // the first two bytes of U+2019
  cut += " North Korea\xE2\x80\x99s embassy in Spain closed.";
  v.emplace_back("synthetic:cut-at-32KiB", cut);
  v.emplace_back("synthetic:cut-at-eof", cut.substr(0, 32769));
  // Many sentences reporting the same event (one event, many mentions).
  v.emplace_back("synthetic:closures-" + kb,
                 repeat("North Korea closed its embassy in Nepal on Friday, the ministry said. ", unit));
  // UTF-16LE with a BOM.
  std::string u16 = "\xFF\xFE";
  for (char c : repeat("Spain closed its embassy in Kabul. ", unit / 2)) { u16 += c; u16 += '\0'; }
  v.emplace_back("synthetic:utf16le-" + kb, u16);
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  std::vector<fs::path> files;
  std::size_t synthetic = 0;  // size of each generated input; 0: none
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--synthetic") { synthetic = std::max<std::size_t>(synthetic, 256u << 10); continue; }
    if (a == "--synthetic-large") { synthetic = 8u << 20; continue; }
    if (a == "--quiet") { g_quiet = true; continue; }
    if (a == "-h" || a == "--help") {
      std::fprintf(stderr, "usage: %s [--synthetic | --synthetic-large] [--quiet] FILE-OR-DIR...\n", argv[0]);
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
  if (synthetic) {
    // Large: 1, 2, 4 and 8 MB, so the time of each doubling shows.
    for (std::size_t unit = synthetic == (8u << 20) ? (1u << 20) : synthetic; unit <= synthetic; unit *= 2)
      for (const auto& [name, input] : synthetic_inputs(unit)) {
        run_one(name, input);
        ++n;
        bytes += input.size();
      }
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "replay: %zu inputs, %zu bytes, %.2f s, all passed\n", n, bytes, s);
  return 0;
}
