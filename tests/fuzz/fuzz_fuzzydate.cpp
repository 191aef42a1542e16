// libFuzzer target: the date grammar (docs/corpus-format.md). Parsing never crashes; the UTF-8 and the
// UTF-16 entry points agree; a valid date covers a non-empty span inside the years 9999 BC–9999, its
// canonical text parses back to the same date, and it has a display text; an invalid one has a message.
#include "models/time/fuzzydate.h"

#include <QDate>

#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace argline;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_fuzzydate: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view utf8(reinterpret_cast<const char *>(data), size);
    QString error;
    const auto date = FuzzyDate::parse(utf8, &error);
    QString error16;
    const auto date16 =
        FuzzyDate::parse(QStringView(QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))), &error16);
    check(date.has_value() == date16.has_value() && (!date || *date == *date16), "UTF-8 and UTF-16 agree");
    if (!date) {
        check(!error.isEmpty(), "a refusal says why");
        return 0;
    }
    check(date->isValid() && date->firstDay() <= date->lastDay(), "a valid date covers a span");
    check(date->firstDay() >= QDate(-FuzzyDate::maxYear, 1, 1).toJulianDay() &&
              date->lastDay() <= QDate(FuzzyDate::maxYear, 12, 31).toJulianDay(),
          "within the years 9999 BC–9999");
    const auto again = FuzzyDate::parse(date->toString());
    check(again && *again == *date && again->firstDay() == date->firstDay() &&
              again->lastDay() == date->lastDay(),
          "the canonical text parses back to the same date");
    check(!date->displayText().isEmpty(), "a display text");
    return 0;
}
