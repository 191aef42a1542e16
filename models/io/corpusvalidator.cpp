#include "models/io/corpusvalidator.h"

#include "models/io/corpusrecordreader.h"
#include "models/io/documentbuffer.h"
#include "models/io/quotematcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include <exception>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Article:
        return CorpusValidator::tr("an article");
    case ItemKind::Actor:
        return CorpusValidator::tr("an actor");
    case ItemKind::Theme:
        return CorpusValidator::tr("a theme");
    case ItemKind::Event:
        return CorpusValidator::tr("an event");
    case ItemKind::Argument:
        return CorpusValidator::tr("an argument");
    case ItemKind::Era:
        return CorpusValidator::tr("an era");
    case ItemKind::None:
        break;
    }
    return CorpusValidator::tr("nothing");
}

QString itemPath(ItemKind kind, qsizetype index)
{
    return CorpusRecordReader::pathOf({kind, int(index)});
}

// Resolves a corpus-relative file reference, refusing anything that would leave the corpus folder.
std::optional<QString> resolveInside(const QString &baseDir, const QString &reference, QString *error)
{
    const bool control =
        std::any_of(reference.begin(), reference.end(), [](QChar c) { return c.unicode() < 0x20; });
    if (control) {
        QString shown;
        for (const QChar c : reference)
            shown += c.unicode() < 0x20 ? u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')) : QString(c);
        *error = CorpusValidator::tr("%1 contains a control character").arg(quoted(shown));
        return std::nullopt;
    }
    if (reference.isEmpty() || QDir::isAbsolutePath(reference) || reference.startsWith(u'~') ||
        reference.contains(u'\\')) {
        *error =
            CorpusValidator::tr("%1 must be a relative path inside the corpus folder").arg(quoted(reference));
        return std::nullopt;
    }
    const QString base = QDir::cleanPath(baseDir);
    const QString path = QDir::cleanPath(base + u'/' + reference);
    if (!path.startsWith(base + u'/')) {
        *error = CorpusValidator::tr("%1 points outside the corpus folder").arg(quoted(reference));
        return std::nullopt;
    }
    // A symbolic link may still lead elsewhere: compare the real locations too.
    const QString canonicalBase = QFileInfo(base).canonicalFilePath();
    const QString canonicalPath = QFileInfo(path).canonicalFilePath();
    if (!canonicalBase.isEmpty() && !canonicalPath.isEmpty() &&
        !canonicalPath.startsWith(canonicalBase + u'/')) {
        *error =
            CorpusValidator::tr("%1 leads outside the corpus folder through a link").arg(quoted(reference));
        return std::nullopt;
    }
    return path;
}

} // namespace

void CorpusValidator::loadArticleTexts(const QString &baseDir)
{
    for (qsizetype i = 0; i < m_corpus.articles.size(); ++i) {
        Article &article = m_corpus.articles[i];
        if (article.file.isEmpty())
            continue;
        const QString path = itemPath(ItemKind::Article, i) + u"/file"_s;
        QString error;
        const auto resolved = resolveInside(baseDir, article.file, &error);
        if (!resolved) {
            m_sink.errorAt(path, error);
            continue;
        }
        // Only a regular file, opened without blocking: a device or a pipe has no size to check and may
        // never end. Read whole at once, not mapped, so a file changed meanwhile cannot crash the read.
        QByteArray bytes;
        qint64 size = 0;
        switch (DocumentBuffer::readWholeFile(*resolved, m_limits.maxArticleBytes, &bytes, &error, &size)) {
        case DocumentBuffer::FileStatus::Ok:
            break;
        case DocumentBuffer::FileStatus::NotRegularFile:
            m_sink.errorAt(path, tr("%1 is not a regular file").arg(quoted(article.file)));
            continue;
        case DocumentBuffer::FileStatus::TooLarge:
            m_sink.errorAt(path, m_limits.articleTooLarge(quoted(article.file), size));
            continue;
        case DocumentBuffer::FileStatus::Failed:
            m_sink.errorAt(path, tr("cannot read %1: %2").arg(quoted(article.file), error));
            continue;
        }
        if (bytes.contains('\0')) {
            // UTF-16 decodes as "valid" UTF-8 full of NULs, and then no quote is ever found in it.
            m_sink.errorAt(
                path, DocumentBuffer::looksLikeUtf16(bytes.constData(), bytes.size())
                          ? tr("%1 is UTF-16 text; save it as UTF-8").arg(quoted(article.file))
                          : tr("%1 contains NUL bytes: it is not a text file").arg(quoted(article.file)));
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        article.text = decoder(bytes);
        if (decoder.hasError()) {
            article.text.clear();
            m_sink.errorAt(path, DocumentBuffer::looksLikeUtf16(bytes.constData(), bytes.size())
                                     ? tr("%1 is UTF-16 text; save it as UTF-8").arg(quoted(article.file))
                                     : tr("%1 is not valid UTF-8 text").arg(quoted(article.file)));
        } else if (article.text.trimmed().isEmpty()) {
            m_sink.errorAt(path, tr("%1 is empty: there is nothing to quote").arg(quoted(article.file)));
        }
    }
}

QString CorpusValidator::referenceProblem(const QString &id, ItemKind expected)
{
    if (id.isEmpty())
        return {};
    const ItemRef ref = m_ids.resolve(id);
    if (ref.kind == expected) {
        switch (ref.kind) {
        case ItemKind::Article:
            m_usedArticles[ref.index] = true;
            break;
        case ItemKind::Actor:
            m_usedActors[ref.index] = true;
            break;
        case ItemKind::Theme:
            m_usedThemes[ref.index] = true;
            break;
        default:
            break;
        }
        return {};
    }
    if (ref.kind == ItemKind::None)
        return tr("unknown id %1 (expected %2)").arg(quoted(id), kindName(expected));
    return tr("%1 is %2, not %3").arg(quoted(id), kindName(ref.kind), kindName(expected));
}

void CorpusValidator::checkReferences(ItemRef item, const char *field, const QStringList &ids,
                                      ItemKind expected)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (const QString problem = referenceProblem(ids[i], expected); !problem.isEmpty()) {
            m_sink.errorAt(itemPath(item.kind, item.index) + u'/' + QLatin1StringView(field) + u'/' +
                               QString::number(i),
                           problem);
        }
    }
}

void CorpusValidator::checkEvidence(ItemRef item, const QList<Quote> &evidence)
{
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (const QString problem = referenceProblem(evidence[i].articleId, ItemKind::Article);
            !problem.isEmpty()) {
            m_sink.errorAt(itemPath(item.kind, item.index) + u"/evidence/"_s + QString::number(i) +
                               u"/article"_s,
                           problem);
        }
    }
}

void CorpusValidator::checkReferences()
{
    m_usedArticles.fill(false, m_corpus.articles.size());
    m_usedActors.fill(false, m_corpus.actors.size());
    m_usedThemes.fill(false, m_corpus.themes.size());
    for (int i = 0; i < m_corpus.events.size(); ++i) {
        const Event &event = std::as_const(m_corpus.events)[i];
        const ItemRef item{ItemKind::Event, i};
        checkReferences(item, "actors", event.actors, ItemKind::Actor);
        checkReferences(item, "themes", event.themes, ItemKind::Theme);
        checkEvidence(item, event.evidence);
    }
    for (int i = 0; i < m_corpus.arguments.size(); ++i) {
        const Argument &argument = std::as_const(m_corpus.arguments)[i];
        const ItemRef item{ItemKind::Argument, i};
        if (const QString problem = referenceProblem(argument.parentId, ItemKind::Argument);
            !problem.isEmpty())
            m_sink.errorAt(itemPath(ItemKind::Argument, i) + u"/parent"_s, problem);
        checkReferences(item, "events", argument.events, ItemKind::Event);
        checkReferences(item, "actors", argument.actors, ItemKind::Actor);
        checkReferences(item, "themes", argument.themes, ItemKind::Theme);
        checkEvidence(item, argument.evidence);
        if (const QString problem = referenceProblem(argument.copyOf, ItemKind::Argument); !problem.isEmpty())
            m_sink.errorAt(itemPath(ItemKind::Argument, i) + u"/copyOf"_s, problem);
    }
    for (qsizetype i = 0; i < m_corpus.relations.size(); ++i) {
        const Relation &relation = m_corpus.relations[i];
        const QString path = u"/relations/"_s + QString::number(i);
        if (const QString problem = referenceProblem(relation.from, ItemKind::Argument); !problem.isEmpty())
            m_sink.errorAt(path + u"/from"_s, problem);
        if (const QString problem = referenceProblem(relation.to, ItemKind::Argument); !problem.isEmpty())
            m_sink.errorAt(path + u"/to"_s, problem);
    }
    for (qsizetype i = 0; i < m_corpus.story.steps.size(); ++i) {
        const QString &item = m_corpus.story.steps[i].item;
        const ItemKind kind = m_corpus.find(item).kind;
        if (!item.isEmpty() && kind != ItemKind::Event && kind != ItemKind::Argument) {
            m_sink.errorAt(
                u"/story/steps/"_s + QString::number(i) + u"/item"_s,
                kind == ItemKind::None
                    ? tr("unknown id %1 (expected an event or an argument)").arg(quoted(item))
                    : tr("%1 is %2, not an event or an argument").arg(quoted(item), kindName(kind)));
        }
    }
}

void CorpusValidator::checkArgumentTree()
{
    // Follow parents from every node; a node met twice on one walk closes a cycle.
    enum State : quint8
    {
        Unvisited,
        OnPath,
        Done
    };
    QList<State> state(m_corpus.arguments.size(), Unvisited);
    for (qsizetype start = 0; start < m_corpus.arguments.size(); ++start) {
        QList<int> path;
        int node = int(start);
        while (node >= 0 && state[node] == Unvisited) {
            state[node] = OnPath;
            path.append(node);
            node = m_corpus.indexOf(ItemKind::Argument, std::as_const(m_corpus.arguments)[node].parentId);
        }
        if (node >= 0 && state[node] == OnPath) {
            const qsizetype first = path.indexOf(node);
            const qsizetype length = path.size() - first;
            // A long cycle is shown by its ends: 100,000 ids on one line help nobody.
            constexpr qsizetype shownAtEachEnd = 4;
            QStringList cycle;
            for (qsizetype i = first; i < path.size(); ++i) {
                if (length > 3 * shownAtEachEnd && i == first + shownAtEachEnd) {
                    cycle.append(tr("… %n more …", nullptr, int(length - 2 * shownAtEachEnd)));
                    i = path.size() - shownAtEachEnd - 1;
                    continue;
                }
                cycle.append(std::as_const(m_corpus.arguments)[path[i]].id);
            }
            cycle.append(std::as_const(m_corpus.arguments)[node].id);
            const QString text = cycle.join(u" → "_s);
            m_sink.errorAt(
                itemPath(ItemKind::Argument, node) + u"/parent"_s,
                length > 3 * shownAtEachEnd
                    ? tr("the parents form a cycle of %n arguments: %1 (each arrow points to a parent)",
                         nullptr, int(length))
                          .arg(text)
                    : tr("the parents form a cycle: %1 (each arrow points to a parent)").arg(text));
        }
        for (int visited : std::as_const(path))
            state[visited] = Done;
    }
}

void CorpusValidator::checkItems()
{
    // Finding the quotes in their articles reads only the quotes and the texts, and reports through a list
    // of its own: it runs on a second thread while the references and the tree are checked (on a
    // 100,000-event file the two took about as long). The sink lists its problems after theirs, as when
    // the checks ran one after the other. The sink has room for at least as many as it will have then.
    QList<MissingQuote> missing;
    std::exception_ptr failure;
    const qsizetype room = m_sink.room(); // read here: the sink is this thread's
    {
        std::jthread quotes([&] {
            try {
                missing = locateQuotes(room);
            } catch (...) { // out of memory: reported by the reader like any other
                failure = std::current_exception();
            }
        });
        checkReferences();
        checkArgumentTree();
    }
    if (failure)
        std::rethrow_exception(failure);
    reportMissingQuotes(missing);
}

QList<CorpusValidator::MissingQuote> CorpusValidator::locateQuotes(qsizetype hints) const
{
    // Group the quotes by article, so that only one article's search index exists at a time.
    struct Pending
    {
        Quote *quote;
        ItemKind kind;
        int item;
        int evidence;
    };
    IdResolver ids(m_corpus); // not m_ids: that one is the other thread's
    QList<QList<Pending>> byArticle(m_corpus.articles.size());
    const auto collect = [&](ItemKind kind, int item, QList<Quote> &evidence) {
        for (int i = 0; i < evidence.size(); ++i) {
            const int article = ids.indexOf(ItemKind::Article, evidence[i].articleId);
            if (article >= 0 && !evidence[i].text.isEmpty()) // otherwise already reported
                byArticle[article].append({&evidence[i], kind, item, i});
        }
    };
    for (int i = 0; i < m_corpus.events.size(); ++i)
        collect(ItemKind::Event, i, m_corpus.events[i].evidence);
    for (int i = 0; i < m_corpus.arguments.size(); ++i)
        collect(ItemKind::Argument, i, m_corpus.arguments[i].evidence);

    QList<MissingQuote> missing;
    for (qsizetype article = 0; article < byArticle.size(); ++article) {
        const QList<Pending> &pendings = byArticle[article];
        const QString &text = std::as_const(m_corpus.articles)[article].text;
        if (pendings.isEmpty() || text.isEmpty())
            continue;
        const QuoteMatcher matcher(text, pendings.size());
        QList<QString> texts;
        texts.reserve(pendings.size());
        for (const Pending &pending : pendings)
            texts.append(pending.quote->text);
        // A "matches up to" hint only for the missing quotes that can still be listed; past the listed
        // diagnostics a missing quote is only counted.
        const QList<QuoteMatch> matches =
            matcher.findAll(texts, std::max<qsizetype>(0, hints - missing.size()));
        for (qsizetype i = 0; i < pendings.size(); ++i) {
            const Pending &pending = pendings[i];
            Quote &quote = *pending.quote;
            if (const auto span = matches[i].span) {
                quote.start = span->start;
                quote.length = span->length;
            } else {
                missing.append(
                    {&quote, {pending.kind, pending.item}, pending.evidence, matches[i].matchedPrefix});
            }
        }
    }
    return missing;
}

void CorpusValidator::reportMissingQuotes(const QList<MissingQuote> &missing)
{
    for (const MissingQuote &m : missing) {
        if (m_sink.isFull()) {
            m_sink.drop(Diagnostic::Severity::Error);
            continue;
        }
        const Quote &quote = *m.quote;
        const QString path =
            itemPath(m.item.kind, m.item.index) + u"/evidence/"_s + QString::number(m.evidence) + u"/quote"_s;
        // A hint of a few characters ("…T") misleads more than it helps: show it only when a real
        // stretch of the quote matched.
        constexpr qsizetype minimumHint = 12;
        if (m.matchedPrefix < minimumHint) {
            m_sink.errorAt(path, tr("quote not found in article %1").arg(quoted(quote.articleId)));
            continue;
        }
        const QString normalised = QuoteMatcher::normalise(quote.text);
        const qsizetype shown = std::min<qsizetype>(m.matchedPrefix, 30);
        m_sink.errorAt(path, tr("quote not found in article %1: the text matches up to \"…%2\" but the "
                                "quote goes on \"%3…\"")
                                 .arg(quoted(quote.articleId), normalised.mid(m.matchedPrefix - shown, shown),
                                      normalised.mid(m.matchedPrefix, 30)));
    }
}

void CorpusValidator::checkUsage()
{
    const auto warnUnused = [&](const QList<bool> &used, ItemKind kind, const QString &message) {
        for (qsizetype i = 0; i < used.size(); ++i) {
            if (!used[i])
                m_sink.warningAt(itemPath(kind, i), message);
        }
    };
    warnUnused(m_usedArticles, ItemKind::Article, tr("no event or argument cites this article"));
    warnUnused(m_usedActors, ItemKind::Actor, tr("no event involves this actor"));
    warnUnused(m_usedThemes, ItemKind::Theme, tr("no event has this theme"));
}

} // namespace argline
