#include "events/time.hpp"

#include <re2/re2.h>

#include <cstdio>

#include "text/segment.hpp"

namespace attache::events {
namespace {

const char* const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

// Days since 1970-01-01 (proleptic Gregorian), and back.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + long(doe) - 719468;
}
Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = unsigned(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = int(yoe) + int(era * 400);
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = int(doy - (153 * mp + 2) / 5 + 1);
  const int m = int(mp < 10 ? mp + 3 : mp - 9);
  return Date{y + (m <= 2), m, d};
}
int weekday(long days) { return int(((days % 7) + 7 + 3) % 7); }  // 0 = Monday; 1970-01-01 was a Thursday

bool valid_ymd(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || y < 1) return false;
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= len[m - 1] + (m == 2 && leap);
}

int month_of(std::string_view w) {
  for (int i = 0; i < 12; ++i)
    if (w.substr(0, 3) == kMonths[i]) return i + 1;
  return 0;
}

std::string ym(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

}  // namespace

Date parse_date(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 10) return {};
  for (int i : {4, 7})
    if (s[i] != '-') return {};
  auto num = [&](int b, int n) {
    int v = 0;
    for (int i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  y = num(0, 4);
  m = num(5, 2);
  d = num(8, 2);
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return {};
  if (!valid_ymd(y, m, d)) return {};
  return Date{y, m, d};
}

std::string format_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

TimeFinder::TimeFinder() {
  const std::string wd = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  const std::string mon =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
      "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  const std::string pat =
      "(?i)\\b(?:"
      "(?:(?:last|this|next|on|early|late)\\s+)?(?:" + wd + ")(?:\\s+(?:morning|afternoon|evening|night))?"
      "|today|yesterday|tomorrow|tonight"
      "|(?:last|this|next|earlier\\s+this|later\\s+this|early\\s+this|late\\s+last)\\s+(?:week|month|year)"
      "|(?:" + mon + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
      "|\\d{1,2}\\s+(?:" + mon + ")\\.?(?:\\s+\\d{4})?"
      "|(?:in|since|until|by)\\s+(?:early\\s+|late\\s+|mid-)?(?:" + mon + ")(?:\\s+\\d{4})?"
      "|(?:in|since|until|by)\\s+(?:early\\s+|late\\s+)?(?:19|20)\\d\\d"
      "|(?:in\\s+)?(?:recent|the\\s+past|the\\s+last|coming)\\s+(?:days|weeks|months|years)"
      ")\\b";
  RE2::Options o;
  o.set_log_errors(false);
  o.set_never_capture(true);
  re_ = std::make_unique<RE2>(pat, o);
}

TimeFinder::~TimeFinder() = default;

std::vector<TimeExpr> TimeFinder::find(std::string_view text, Span range, const Date& doc_date, bool normalize_values) const {
  std::vector<TimeExpr> out;
  if (!re_->ok()) return out;
  re2::StringPiece input(text.data() + range.begin, range.end - range.begin);
  re2::StringPiece m;
  std::size_t pos = 0;
  while (pos <= input.size() && re_->Match(input, pos, input.size(), RE2::UNANCHORED, &m, 1)) {
    TimeExpr t;
    t.span.begin = std::uint32_t(range.begin + (m.data() - input.data()));
    t.span.end = std::uint32_t(t.span.begin + m.size());
    t.text = std::string(m.data(), m.size());
    if (normalize_values) t.value = normalize(t.text, doc_date);
    out.push_back(std::move(t));
    const std::size_t next = std::size_t(m.data() - input.data()) + m.size();
    pos = next > pos ? next : pos + 1;
  }
  return out;
}

std::string TimeFinder::normalize(std::string_view expr, const Date& doc) {
  text::Tokens toks;
  text::tokenize(expr, toks);
  std::vector<std::string> w;
  for (const auto& t : toks.toks)
    if (t.is_word()) w.emplace_back(toks.key(t));
  if (w.empty()) return "";
  auto has = [&](std::string_view x) {
    for (const auto& k : w)
      if (k == x) return true;
    return false;
  };
  int year = 0, day = 0, month = 0;
  for (const auto& k : w) {
    const bool digits = k.find_first_not_of("0123456789") == std::string::npos;
    if (digits && k.size() == 4) year = std::stoi(k);
    else if (digits && k.size() <= 2) day = std::stoi(k);
    else if (!digits && k.size() >= 3 && k.size() <= 2 + 2 && k.find_first_of("0123456789") != std::string::npos) day = std::atoi(k.c_str());
    else if (int mo = month_of(k); mo && k != "mar" ? true : mo) {
      if (mo && (k.size() >= 3) && (k == "may" || k.size() == 3 || k.size() >= 4)) {
        // "march" vs "mar": both months; skip words that only start like a month ("marked").
        static const char* full[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"};
        std::string_view f = full[mo - 1];
        if (f.substr(0, k.size()) == k || (mo == 9 && k == "sept")) month = mo;
      }
    }
  }
  if (month) {
    if (day) {
      if (!year) {
        if (!doc.valid()) return "";
        year = doc.y;
        // News reports the past: a date well after the document is last year's.
        if (days_from_civil(year, month, std::min(day, 28)) > days_from_civil(doc.y, doc.m, doc.d) + 7) --year;
      }
      if (!valid_ymd(year, month, day)) return "";
      return format_date(Date{year, month, day});
    }
    if (!year) {
      if (!doc.valid()) return "";
      year = doc.y;
      if (month > doc.m + 1) --year;
    }
    return ym(year, month);
  }
  if (year && !has("recent")) return std::to_string(year);
  if (!doc.valid()) return "";
  const long today = days_from_civil(doc.y, doc.m, doc.d);
  if (has("today") || has("tonight")) return format_date(doc);
  if (has("yesterday")) return format_date(civil_from_days(today - 1));
  if (has("tomorrow")) return format_date(civil_from_days(today + 1));
  for (int i = 0; i < 7; ++i) {
    if (!has(kWeekdays[i])) continue;
    const int wd = weekday(today);
    if (has("next")) return format_date(civil_from_days(today + ((i - wd + 7) % 7 == 0 ? 7 : (i - wd + 7) % 7)));
    int back = (wd - i + 7) % 7;
    if (has("last") && back == 0) back = 7;
    return format_date(civil_from_days(today - back));
  }
  const bool last = has("last") || has("past");
  const bool next = has("next") || has("coming");
  if (has("recent") || has("days") || has("weeks") || has("months") || has("years")) return "";
  if (has("month")) {
    int y = doc.y, m = doc.m;
    if (last) { if (--m == 0) { m = 12; --y; } }
    if (next) { if (++m == 13) { m = 1; ++y; } }
    return ym(y, m);
  }
  if (has("year")) return std::to_string(doc.y + (next ? 1 : 0) - (last ? 1 : 0));
  if (has("week")) {
    long monday = today - weekday(today) + (next ? 7 : 0) - (last ? 7 : 0);
    Date d = civil_from_days(monday + 3);  // the week's Thursday fixes its ISO year
    const long jan4 = days_from_civil(d.y, 1, 4);
    const int week = int((monday - (jan4 - weekday(jan4))) / 7) + 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", d.y, week);
    return buf;
  }
  return "";
}

}  // namespace attache::events
