#pragma once

#include <QCoreApplication>
#include <QString>

namespace argline {

// The limits a read keeps to, so that time and memory stay proportional to what a corpus holds and a
// hostile file cannot exhaust the machine (docs/corpus-format.md, "Limits"). Each limit can be raised
// with an environment variable, and every refusal names the limit and the variable.
struct ReadLimits
{
    Q_DECLARE_TR_FUNCTIONS(argline::ReadLimits)

public:
    qint64 maxFileBytes = 512LL * 1024 * 1024;   // the corpus file (ARGLINE_MAX_FILE_MB)
    qint64 maxArticleBytes = 16LL * 1024 * 1024; // one article's text, file or inline
                                                 // (ARGLINE_MAX_ARTICLE_MB) and so any string in the file

    // The defaults, raised (or lowered) by ARGLINE_MAX_FILE_MB and ARGLINE_MAX_ARTICLE_MB when set.
    static ReadLimits fromEnvironment()
    {
        ReadLimits limits;
        const auto megabytes = [](const char *variable, qint64 fallback) {
            bool ok = false;
            const qint64 value = qEnvironmentVariable(variable).toLongLong(&ok);
            return ok && value > 0 && value < (1LL << 40) ? value << 20 : fallback;
        };
        limits.maxFileBytes = megabytes("ARGLINE_MAX_FILE_MB", limits.maxFileBytes);
        limits.maxArticleBytes = megabytes("ARGLINE_MAX_ARTICLE_MB", limits.maxArticleBytes);
        return limits;
    }

    static QString megabytes(qint64 bytes)
    {
        return bytes % (1 << 20) == 0 ? QString::number(bytes >> 20)
                                      : QString::number(double(bytes) / (1 << 20), 'f', 1);
    }
    QString fileTooLarge(qint64 size) const
    {
        return tr("the file is %1 MB, more than the %2 MB a corpus file may have (set ARGLINE_MAX_FILE_MB "
                  "to raise the limit)")
            .arg(megabytes(size), megabytes(maxFileBytes));
    }
    QString textTooLarge(qint64 size) const
    {
        return tr("%1 MB of text, more than the %2 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to "
                  "raise the limit)")
            .arg(megabytes(size), megabytes(maxArticleBytes));
    }
};

} // namespace argline
