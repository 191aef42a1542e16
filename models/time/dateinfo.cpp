#include "models/time/dateinfo.h"

using namespace Qt::StringLiterals;

namespace argline {

QString dateBasisKey(DateBasis basis)
{
    switch (basis) {
    case DateBasis::Stated:
        return u"stated"_s;
    case DateBasis::Derived:
        return u"derived"_s;
    case DateBasis::Inferred:
        return u"inferred"_s;
    case DateBasis::Outside:
        return u"outside"_s;
    }
    return {};
}

std::optional<DateBasis> dateBasisFromKey(std::string_view key)
{
    for (DateBasis basis : {DateBasis::Stated, DateBasis::Derived, DateBasis::Inferred, DateBasis::Outside}) {
        if (QLatin1StringView(key.data(), qsizetype(key.size())) == dateBasisKey(basis))
            return basis;
    }
    return std::nullopt;
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
