#include "models/time/dateinfo.h"

#include "models/corpus/keytable.h"

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr KeyTable basisKeys{
    std::array{std::pair{DateBasis::Stated, "stated"}, std::pair{DateBasis::Derived, "derived"},
               std::pair{DateBasis::Inferred, "inferred"}, std::pair{DateBasis::Outside, "outside"}}};

} // namespace

QString dateBasisKey(DateBasis basis)
{
    return basisKeys.key(basis);
}

std::optional<DateBasis> dateBasisFromKey(std::string_view key)
{
    return basisKeys.value(key, Qt::CaseSensitive); // the corpus format spells them so
}

QString dateBasisDisplayName(DateBasis basis)
{
    switch (basis) {
    case DateBasis::Stated:
        return DateInfo::tr("stated in the text");
    case DateBasis::Derived:
        return DateInfo::tr("derived from the text");
    case DateBasis::Inferred:
        return DateInfo::tr("inferred");
    case DateBasis::Outside:
        return DateInfo::tr("outside knowledge");
    }
    return {};
}

} // namespace argline
