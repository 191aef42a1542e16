#pragma once

#include "models/io/diagnostic.h"

#include <QDialog>

class QTreeWidget;

namespace argline {

// Shows why a corpus could not be opened: every diagnostic with its file, line:column and JSON path,
// errors first, and a button to copy them all as text (to paste into an editor or a bug report).
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    DiagnosticsDialog(const QString &fileName, const Diagnostics &diagnostics, QWidget *parent = nullptr);

    QString plainText() const;

private:
    Diagnostics m_diagnostics;
    QTreeWidget *m_list = nullptr;
};

} // namespace argline
