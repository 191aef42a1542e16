#include "widgets/panels/diagnosticsdialog.h"

#include "models/io/sourcesnippet.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
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
    // The file as it is now, for the lines the diagnostics point at (not kept: only the snippets are).
    QByteArray bytes;
    if (QFile file(fileName);
        std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.line > 0; }) &&
        file.size() < 256 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    const QString shortName = QFileInfo(fileName).fileName();
    for (const Diagnostic &d : diagnostics) {
        const QString where = d.line > 0 ? tr("line %1, column %2").arg(d.line).arg(d.column) : QString();
        const QString words = jsonPathInWords(d.path);
        const QString field = words.isEmpty() ? d.path : tr("%1 (%2)").arg(words, d.path);
        auto *item = new QTreeWidgetItem(m_list, {where, field, d.message});
        item->setIcon(0, d.isError() ? errorIcon : warningIcon);
        item->setToolTip(2, Qt::convertFromPlainText(d.toString())); // never read as markup
        QStringList detail{d.toString()};
        if (!words.isEmpty())
            detail.append(tr("in %1").arg(words));
        if (d.line > 0 && QFileInfo(d.file).fileName() == shortName)
            detail += SourceSnippet::make(bytes, d.line, d.column, d.message).toLines();
        m_details.append(detail.join(u'\n'));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->resizeSection(1, 260);

    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("The selected problem in its line"));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DiagnosticsDialog::showDetail);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_detail, 1);
    layout->addWidget(buttons);
    resize(860, 480);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString DiagnosticsDialog::detailText(int row) const
{
    return m_details.value(row);
}

void DiagnosticsDialog::showDetail()
{
    m_detail->setPlainText(detailText(m_list->indexOfTopLevelItem(m_list->currentItem())));
}

QString DiagnosticsDialog::plainText() const
{
    // Each problem with its context, as a compiler prints it.
    return m_details.join(u'\n') + u'\n';
}

} // namespace argline
