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
    // The corpus file (ARGLINE_MAX_FILE_MB).
    qint64 maxFileBytes = 512LL * 1024 * 1024;
    // One article's text, from a file or inline, and so any string in the file (ARGLINE_MAX_ARTICLE_MB).
    qint64 maxArticleBytes = 16LL * 1024 * 1024;
    // JSON values in one item: an event, an argument, the story (ARGLINE_MAX_ITEM_VALUES).
    int maxRecordValues = 1000000;

    // The defaults, changed by the environment variables above when they are set.
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
        bool ok = false;
        const int values = qEnvironmentVariableIntValue("ARGLINE_MAX_ITEM_VALUES", &ok);
        if (ok && values > 0)
            limits.maxRecordValues = values;
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
    // An article file over the limit.
    QString articleTooLarge(const QString &file, qint64 size) const
    {
        return tr("%1 is %2 MB, more than the %3 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to raise "
                  "the limit)")
            .arg(file, megabytes(size), megabytes(maxArticleBytes));
    }
    // A string in the file over the limit: an inline article's text, or anything else.
    QString stringTooLarge(qint64 size) const
    {
        return tr("a string of %1 MB, more than the %2 MB an article may have (set ARGLINE_MAX_ARTICLE_MB to "
                  "raise the limit)")
            .arg(megabytes(size), megabytes(maxArticleBytes));
    }
};

} // namespace argline
