#include "widgets/panels/diagnosticsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

DiagnosticsDialog::DiagnosticsDialog(const QString &fileName, const Diagnostics &diagnostics, QWidget *parent)
    : QDialog(parent)
    , m_diagnostics(diagnostics)
{
    setWindowTitle(tr("Problems in %1").arg(QFileInfo(fileName).fileName()));
    const qsizetype errors = errorCount(diagnostics);

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(errors > 0 ? tr("<b>%1 could not be opened.</b> It has %n error(s); the corpus that was "
                                     "open stays open.",
                                     nullptr, int(errors))
                                      .arg(fileName.toHtmlEscaped())
                                : tr("%1 opened with %n warning(s).", nullptr, int(diagnostics.size()))
                                      .arg(fileName.toHtmlEscaped()));

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Where"), tr("Field"), tr("Problem")});
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Diagnostic &d : diagnostics) {
        const QString where = d.line > 0 ? tr("line %1, column %2").arg(d.line).arg(d.column) : QString();
        auto *item = new QTreeWidgetItem(m_list, {where, d.path, d.message});
        item->setIcon(0, d.isError() ? errorIcon : warningIcon);
        item->setToolTip(2, Qt::convertFromPlainText(d.toString())); // never read as markup
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 360);
}

QString DiagnosticsDialog::plainText() const
{
    QStringList lines;
    for (const Diagnostic &d : m_diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n') + u'\n';
}

} // namespace argline
