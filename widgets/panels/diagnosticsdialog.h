#pragma once

#include "models/io/diagnostic.h"

#include <QDialog>

class QPlainTextEdit;
class QTreeWidget;

namespace argline {

// Shows why a corpus could not be opened: every diagnostic with its file, line:column and JSON path (in
// words too: "the second article"), errors first; for the selected one, the offending line with a caret
// under the column and a hint where a common mistake is likely (SourceSnippet); and a button to copy them
// all as text (to paste into an editor or a bug report).
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    DiagnosticsDialog(const QString &fileName, const Diagnostics &diagnostics, QWidget *parent = nullptr);

    QString plainText() const;
    // The context shown for diagnostic `row`: where in words, the snippet and the hint.
    QString detailText(int row) const;

private:
    void showDetail();

    Diagnostics m_diagnostics;
    QStringList m_details; // per diagnostic
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace argline
