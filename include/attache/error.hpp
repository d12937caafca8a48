// attache/error.hpp -- typed errors and a std::expected-shaped Result<T>.
//
// Represents: the outcome of a fallible call. Errors are values, never
// exceptions, on every public path (construction and extraction).
// Thread safety: plain values; safe to copy between threads.
//
//   auto made = attache::Extractor::create({});
//   if (!made) { std::cerr << made.error().what() << "\n"; return 2; }
//   const attache::Extractor& x = *made;
#ifndef ATTACHE_ERROR_HPP_
#define ATTACHE_ERROR_HPP_

#include <string>
#include <utility>
#include <variant>

namespace attache {

enum class Errc {
  invalid_argument,  // a caller-supplied value is out of range or malformed
  io_error,          // a file could not be read
  data_error,        // a lexicon table (TSV/TXT) is malformed
  rule_error,        // an event rule file is malformed
  internal,          // ICU or RE2 failed unexpectedly
};

// The error and where it happened: `location` is "file:line" for data and
// rule errors, the name of the failing call for internal errors, else "".
struct Error {
  Errc code = Errc::internal;
  std::string message;
  std::string location;

  // "location: message", or just the message when there is no location.
  std::string what() const {
    return location.empty() ? message : location + ": " + message;
  }
};

// Either a T or an Error, shaped like C++23 std::expected<T, Error>.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}

  bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &std::get<0>(v_); }
  const T* operator->() const { return &std::get<0>(v_); }

  const Error& error() const& { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace attache

#endif  // ATTACHE_ERROR_HPP_
