#include "widgets/export/exportdialog.h"

#include "render/export/exportcomposer.h"
#include "render/export/exportwriter.h"
#include "render/export/storydeck.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

constexpr QSize previewSize(520, 360);

// The page an export lays out, in its logical units.
QSizeF logicalPage(const ExportOptions &options)
{
    if (options.format == ExportOptions::Format::Pdf)
        return options.pageSizePoints() * (96.0 / 72.0);
    return QSizeF(options.pixelSize) / options.effectiveScale();
}

// A progress dialog for exports of several pages: the callback keeps the window alive and says whether
// the user has cancelled.
ExportWriter::Progress progressIn(QProgressDialog *dialog)
{
    return [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };
}

} // namespace

ExportDialog::ExportDialog(std::function<ExportScene()> currentView, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_currentView(std::move(currentView))
    , m_settings(settings)
    , m_view(new QComboBox(this))
    , m_range(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_legend(new QCheckBox(tr("Legend"), this))
    , m_credits(new QCheckBox(tr("Credit the sources"), this))
    , m_format(new QComboBox(this))
    , m_formatPages(new QStackedWidget(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
    , m_page(new QComboBox(this))
    , m_portrait(new QCheckBox(tr("Portrait"), this))
    , m_tileYears(new QDoubleSpinBox(this))
    , m_previewLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export"));
    buildForm();
    loadSettings();
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    updateEnabled();
    updatePreview();
}

void ExportDialog::buildForm()
{
    m_view->addItem(tr("Both views, side by side"), int(ExportOptions::View::Both));
    m_view->addItem(tr("Timeline"), int(ExportOptions::View::Timeline));
    m_view->addItem(tr("Argument map"), int(ExportOptions::View::Map));
    m_range->setPlaceholderText(tr("as in the window, or e.g. 2007..2025"));
    m_range->setClearButtonEnabled(true);
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast, Theme::Print})
        m_theme->addItem(ViewStyle::themeName(theme), int(theme));
    m_theme->setItemData(3,
                         tr("White and greyscale-safe: for and against told apart by words and line styles"),
                         Qt::ToolTipRole);
    m_title->setPlaceholderText(tr("none"));
    m_subtitle->setPlaceholderText(tr("none"));
    m_format->addItem(tr("PNG image"), int(ExportOptions::Format::Png));
    m_format->addItem(tr("SVG (vector, text kept as text)"), int(ExportOptions::Format::Svg));
    m_format->addItem(tr("PDF"), int(ExportOptions::Format::Pdf));

    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_scale->setRange(0, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setSpecialValueText(tr("Automatic"));
    m_scale->setToolTip(tr("Device pixels per layout pixel: 2 draws everything twice as fine, for a 4K "
                           "screen or a print"));
    auto *image = new QWidget(m_formatPages);
    auto *imageForm = new QFormLayout(image);
    imageForm->setContentsMargins(0, 0, 0, 0);
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×"), image));
    size->addWidget(m_height);
    imageForm->addRow(tr("Size:"), size);
    imageForm->addRow(tr("Scale:"), m_scale);
    imageForm->addRow(QString(), m_transparent);

    m_page->addItem(tr("Slide, 16:9"), int(ExportOptions::Page::Slide));
    m_page->addItem(tr("A4"), int(ExportOptions::Page::A4));
    m_page->addItem(tr("Letter"), int(ExportOptions::Page::Letter));
    m_tileYears->setRange(0, 100);
    m_tileYears->setSpecialValueText(tr("one page"));
    m_tileYears->setSuffix(tr(" years per page"));
    auto *pdf = new QWidget(m_formatPages);
    auto *pdfForm = new QFormLayout(pdf);
    pdfForm->setContentsMargins(0, 0, 0, 0);
    pdfForm->addRow(tr("Page:"), m_page);
    pdfForm->addRow(QString(), m_portrait);
    pdfForm->addRow(tr("Timeline:"), m_tileYears);
    m_formatPages->addWidget(image);
    m_formatPages->addWidget(pdf);

    auto *form = new QFormLayout;
    form->addRow(tr("Show:"), m_view);
    form->addRow(tr("Time range:"), m_range);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Subtitle:"), m_subtitle);
    auto *extras = new QHBoxLayout;
    extras->addWidget(m_legend);
    extras->addWidget(m_credits);
    form->addRow(QString(), extras);
    form->addRow(tr("Format:"), m_format);
    form->addRow(m_formatPages);

    m_previewLabel->setFixedSize(previewSize);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setAccessibleName(tr("Preview"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton->setDefault(true);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    QPushButton *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("Copy Image"), QDialogButtonBox::ActionRole);
    QPushButton *deck = buttons->addButton(tr("Story Deck…"), QDialogButtonBox::ActionRole);
    deck->setToolTip(tr("The corpus story as a PDF handout, one page per step"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(print, &QPushButton::clicked, this, &ExportDialog::print);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyImage);
    connect(deck, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExportStoryDeck);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_previewLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_view, m_theme, m_format, m_page})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QLineEdit *edit : {m_range, m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_legend, m_credits, m_transparent, m_portrait})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QDoubleSpinBox *box : {m_scale, m_tileYears})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.view = ExportOptions::View(m_view->currentData().toInt());
    o.format = ExportOptions::Format(m_format->currentData().toInt());
    o.range = TimeRange::parse(m_range->text());
    o.theme = Theme(m_theme->currentData().toInt());
    o.title = m_title->text();
    o.subtitle = m_subtitle->text();
    o.legend = m_legend->isChecked();
    o.credits = m_credits->isChecked();
    o.pixelSize = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.transparent = o.format == ExportOptions::Format::Png && m_transparent->isChecked();
    o.page = ExportOptions::Page(m_page->currentData().toInt());
    o.portrait = m_portrait->isChecked();
    o.tileYears = m_tileYears->value();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    m_view->setCurrentIndex(m_view->findData(int(o.view)));
    m_format->setCurrentIndex(m_format->findData(int(o.format)));
    m_theme->setCurrentIndex(m_theme->findData(int(o.theme)));
    m_title->setText(o.title);
    m_subtitle->setText(o.subtitle);
    m_legend->setChecked(o.legend);
    m_credits->setChecked(o.credits);
    m_width->setValue(o.pixelSize.width());
    m_height->setValue(o.pixelSize.height());
    m_scale->setValue(o.scale);
    m_transparent->setChecked(o.transparent);
    m_page->setCurrentIndex(m_page->findData(int(o.page)));
    m_portrait->setChecked(o.portrait);
    m_tileYears->setValue(o.tileYears);
    updateEnabled();
    schedulePreview();
}

std::optional<ExportScene> ExportDialog::scene(QString *error) const
{
    ExportScene scene = m_currentView();
    if (!m_range->text().trimmed().isEmpty()) {
        QString why;
        const auto range = TimeRange::parse(m_range->text(), &why);
        if (!range) {
            if (error)
                *error = tr("Time range: %1").arg(why);
            return std::nullopt;
        }
        scene.timeline.firstDay = double(range->firstDay);
        scene.timeline.endDay = double(range->endDay);
        scene.fitTimeline = false;
    }
    return scene;
}

void ExportDialog::updateEnabled()
{
    const auto format = ExportOptions::Format(m_format->currentData().toInt());
    m_formatPages->setCurrentIndex(format == ExportOptions::Format::Pdf ? 1 : 0);
    m_transparent->setEnabled(format == ExportOptions::Format::Png);
    m_scale->setEnabled(format != ExportOptions::Format::Pdf);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    QString error;
    const auto built = scene(&error);
    m_exportButton->setEnabled(built.has_value());
    m_range->setStyleSheet(built ? QString() : u"QLineEdit { border: 1px solid #c0392b; }"_s);
    m_message->setText(error);
    if (!built)
        return;
    const ExportOptions o = options();
    const QSizeF page = logicalPage(o);
    const double factor = std::min(previewSize.width() / page.width(), previewSize.height() / page.height());
    m_preview = QImage((page * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_preview.fill(Qt::transparent);
    ExportComposer composer(*built, o);
    QPainter painter(&m_preview);
    painter.scale(factor, factor);
    composer.paint(&painter, QRectF(QPointF(0, 0), page));
    painter.end();
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

QString ExportDialog::suggestedFileName(ExportOptions::Format format) const
{
    const QString directory = m_settings ? m_settings->value(u"export/directory"_s).toString() : QString();
    return QDir(directory).filePath(
        u"argline-%1.%2"_s.arg(ExportOptions::viewKey(options().view), ExportOptions::formatKey(format)));
}

void ExportDialog::chooseFileAndExport()
{
    const ExportOptions o = options();
    const QString filter = o.format == ExportOptions::Format::Png   ? tr("PNG image (*.png)")
                           : o.format == ExportOptions::Format::Svg ? tr("SVG image (*.svg)")
                                                                    : tr("PDF document (*.pdf)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), suggestedFileName(o.format), filter);
    if (!path.isEmpty() && exportTo(path))
        accept();
}

bool ExportDialog::exportTo(const QString &path)
{
    QString error;
    const auto built = scene(&error);
    if (!built) {
        showError(error);
        return false;
    }
    ExportComposer composer(*built, options());
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // only long exports show it
    const ExportWriter::Result result = ExportWriter::write(composer, path, progressIn(&progress));
    if (!result.ok) {
        showError(result.error);
        return false;
    }
    if (m_settings)
        m_settings->setValue(u"export/directory"_s, QFileInfo(path).absolutePath());
    saveSettings();
    return true;
}

void ExportDialog::chooseFileAndExportStoryDeck()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Story Deck"),
        QFileInfo(suggestedFileName(ExportOptions::Format::Pdf)).dir().filePath(u"argline-story.pdf"_s),
        tr("PDF document (*.pdf)"));
    if (!path.isEmpty() && exportStoryDeckTo(path))
        accept();
}

bool ExportDialog::exportStoryDeckTo(const QString &path)
{
    ExportOptions o = options();
    o.format = ExportOptions::Format::Pdf;
    QProgressDialog progress(tr("Writing the story deck…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ExportWriter::Result result =
        StoryDeck::write(m_currentView().corpus, o, path, progressIn(&progress));
    if (!result.ok) {
        showError(result.error);
        return false;
    }
    saveSettings();
    return true;
}

void ExportDialog::print()
{
    QString error;
    const auto built = scene(&error);
    if (!built) {
        showError(error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const ExportOptions o = options();
    printer.setPageOrientation(o.portrait ? QPageLayout::Portrait : QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportComposer composer(*built, o);
    const ExportWriter::Result result = ExportWriter::print(composer, &printer, printer.resolution());
    if (!result.ok)
        showError(result.error);
}

void ExportDialog::copyImage()
{
    QString error;
    const auto built = scene(&error);
    if (!built) {
        showError(error);
        return;
    }
    ExportComposer composer(*built, options());
    QGuiApplication::clipboard()->setImage(ExportWriter::image(composer));
    m_message->setText(tr("The image is on the clipboard."));
}

void ExportDialog::showError(const QString &message)
{
    m_message->setText(u"<span style='color:#c0392b'>%1</span>"_s.arg(message.toHtmlEscaped()));
}

void ExportDialog::saveSettings() const
{
    if (!m_settings)
        return;
    const ExportOptions o = options();
    m_settings->setValue(u"export/view"_s, ExportOptions::viewKey(o.view));
    m_settings->setValue(u"export/format"_s, ExportOptions::formatKey(o.format));
    m_settings->setValue(u"export/theme"_s, ViewStyle::themeKey(o.theme));
    m_settings->setValue(u"export/title"_s, o.title);
    m_settings->setValue(u"export/subtitle"_s, o.subtitle);
    m_settings->setValue(u"export/legend"_s, o.legend);
    m_settings->setValue(u"export/credits"_s, o.credits);
    m_settings->setValue(u"export/width"_s, o.pixelSize.width());
    m_settings->setValue(u"export/height"_s, o.pixelSize.height());
    m_settings->setValue(u"export/scale"_s, o.scale);
    m_settings->setValue(u"export/transparent"_s, m_transparent->isChecked());
    m_settings->setValue(u"export/page"_s, ExportOptions::pageKey(o.page));
    m_settings->setValue(u"export/portrait"_s, o.portrait);
    m_settings->setValue(u"export/tileYears"_s, o.tileYears);
}

void ExportDialog::loadSettings()
{
    ExportOptions o;
    if (m_settings) {
        const QSettings &s = *m_settings;
        o.view = ExportOptions::viewFromKey(s.value(u"export/view"_s).toString()).value_or(o.view);
        o.format = ExportOptions::formatFromKey(s.value(u"export/format"_s).toString()).value_or(o.format);
        if (const QString theme = s.value(u"export/theme"_s).toString();
            ExportOptions::themeKeys().contains(theme))
            o.theme = ViewStyle::themeFromKey(theme);
        o.title = s.value(u"export/title"_s).toString();
        o.subtitle = s.value(u"export/subtitle"_s).toString();
        o.legend = s.value(u"export/legend"_s, true).toBool();
        o.credits = s.value(u"export/credits"_s, true).toBool();
        // Out-of-range values are clamped by the spin boxes.
        o.pixelSize =
            QSize(s.value(u"export/width"_s, 1920).toInt(), s.value(u"export/height"_s, 1080).toInt());
        o.scale = s.value(u"export/scale"_s, 0.0).toDouble();
        o.transparent = s.value(u"export/transparent"_s).toBool();
        o.page = ExportOptions::pageFromKey(s.value(u"export/page"_s).toString()).value_or(o.page);
        o.portrait = s.value(u"export/portrait"_s).toBool();
        o.tileYears = s.value(u"export/tileYears"_s, 0.0).toDouble();
    }
    setOptions(o);
    m_transparent->setChecked(o.transparent); // kept even while another format is chosen
}

void ExportDialog::done(int result)
{
    saveSettings();
    QDialog::done(result);
}

} // namespace argline
