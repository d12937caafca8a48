// The Python module `attache`: an Extractor whose extract() returns the
// JSON record (schema attache/1) as plain dicts and lists.
//
//   import attache
//   x = attache.Extractor()
//   doc = x.extract("North Korea closed its embassy in Spain.", date="2023-11-03")
//   doc["events"][0]["arguments"]["host"]["code"]   # 'ESP'
//
// Extraction and serialization run with the GIL released, so Python threads
// that share one Extractor extract in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attache/attache.hpp"

namespace py = pybind11;

namespace {

// str -> UTF-8 (lone surrogates pass through and become U+FFFD in the
// library, like any invalid UTF-8); bytes/bytearray -> as they are.
std::string input_bytes(const py::handle& text) {
  if (PyUnicode_Check(text.ptr())) {
    py::object b = py::reinterpret_steal<py::object>(PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
    if (!b) throw py::error_already_set();
    return std::string(PyBytes_AS_STRING(b.ptr()), std::size_t(PyBytes_GET_SIZE(b.ptr())));
  }
  if (PyBytes_Check(text.ptr())) return std::string(PyBytes_AS_STRING(text.ptr()), std::size_t(PyBytes_GET_SIZE(text.ptr())));
  if (PyByteArray_Check(text.ptr()))
    return std::string(PyByteArray_AS_STRING(text.ptr()), std::size_t(PyByteArray_GET_SIZE(text.ptr())));
  throw py::type_error("text must be str or bytes, not " + std::string(Py_TYPE(text.ptr())->tp_name));
}

class PyExtractor {
 public:
  explicit PyExtractor(attache::Extractor x) : x_(std::move(x)) { json_ = py::module_::import("json").attr("loads"); }

  // One document -> its record as a JSON string (no GIL needed).
  std::string record(const std::string& bytes, const std::string& id, const std::string& date) const {
    attache::Document d = x_.extract(bytes, attache::DocumentInfo{id, date});
    attache::JsonOptions jo;
    jo.data_fingerprint = x_.data_fingerprint();
    return attache::to_json(d, jo);
  }

  py::object extract(const py::handle& text, const std::string& id, const std::string& date) const {
    std::string bytes = input_bytes(text);
    std::string json;
    {
      py::gil_scoped_release release;
      json = record(bytes, id, date);
    }
    return json_(py::str(json));
  }

  std::string extract_json(const py::handle& text, const std::string& id, const std::string& date) const {
    std::string bytes = input_bytes(text);
    py::gil_scoped_release release;
    return record(bytes, id, date);
  }

  const attache::Extractor& get() const { return x_; }

 private:
  attache::Extractor x_;
  py::object json_;
};

PyExtractor make_extractor(bool all_events, const std::vector<std::string>& data, bool anaphor_entities,
                           bool place_entities, std::optional<std::size_t> max_doc_bytes) {
  attache::Options o;
  o.include_unasserted = all_events;
  o.data_files = data;
  o.anaphor_entities = anaphor_entities;
  o.place_entities = place_entities;
  if (max_doc_bytes) o.max_doc_bytes = *max_doc_bytes;
  attache::Result<attache::Extractor> made = [&] {
    py::gil_scoped_release release;
    return attache::Extractor::create(o);
  }();
  if (!made) throw py::value_error(made.error().what());
  return PyExtractor(std::move(*made));
}

}  // namespace

PYBIND11_MODULE(attache, m) {
  m.doc() =
      "attache: countries, people, organizations and diplomatic events from English news.\n\n"
      "    x = attache.Extractor()\n"
      "    doc = x.extract(text, date=\"2023-11-03\")   # a dict, schema attache/1\n";
  m.attr("__version__") = attache::version();
  m.attr("SCHEMA") = attache::kSchema;

  py::class_<PyExtractor>(m, "Extractor",
                          "Loads the data once; extract() is safe to call from many threads at once.")
      .def(py::init(&make_extractor), py::kw_only(), py::arg("all_events") = false,
           py::arg("data") = std::vector<std::string>{}, py::arg("anaphor_entities") = false,
           py::arg("place_entities") = true, py::arg("max_doc_bytes") = py::none(),
           "Extractor(*, all_events=False, data=[], anaphor_entities=False, place_entities=True, max_doc_bytes=None)\n\n"
           "all_events: also return negated and hypothetical events; data: extra table or rule files\n"
           "(see data/README.md). Raises ValueError naming file:line for a bad data file.")
      .def("extract", &PyExtractor::extract, py::arg("text"), py::kw_only(), py::arg("id") = "", py::arg("date") = "",
           "extract(text, *, id='', date='') -> dict\n\n"
           "text: str or bytes (any bytes: invalid UTF-8 becomes U+FFFD). date: publication date\n"
           "'YYYY-MM-DD' used to resolve 'on Friday'. Returns the JSON record (schema attache/1)\n"
           "as dicts and lists; offsets 'start'/'end' are code points into the text after\n"
           "sanitation (the text itself for valid text without NUL or BOM), as Python slices. The GIL is released while extracting.")
      .def("extract_json", &PyExtractor::extract_json, py::arg("text"), py::kw_only(), py::arg("id") = "",
           py::arg("date") = "", "Like extract(), but returns the record as one line of JSON (str).")
      .def_property_readonly("event_types", [](const PyExtractor& x) { return x.get().event_types(); },
                             "Event types declared by the loaded rule files.")
      .def_property_readonly("data_fingerprint", [](const PyExtractor& x) { return x.get().data_fingerprint(); },
                             "Digest of every table and rule file loaded.");
}
