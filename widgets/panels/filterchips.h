#pragma once

#include <QWidget>

namespace argline {

class CorpusDocument;

// The active filters as removable chips ("France ✕"), with one action to reset them all. Hidden while
// nothing is filtered.
class FilterChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChips)

public:
    explicit FilterChips(CorpusDocument *document, QWidget *parent = nullptr);

private:
    void rebuild();

    CorpusDocument *m_document;
};

} // namespace argline
