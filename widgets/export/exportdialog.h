#pragma once

#include "render/export/exportoptions.h"
#include "render/export/exportscene.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace argline {

// Export from the window: what to show (the current view, or a stated time range), theme, title,
// legend and credits, and the format's own settings, with a live preview drawn by the same composer that
// writes the file. Exports to a file (multi-page PDFs with progress and cancel), prints, copies the
// image, or writes the story deck. The last settings are remembered.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `currentView` gives the scene as the window shows it now; `settings` remembers the choices.
    ExportDialog(std::function<ExportScene()> currentView, QSettings *settings, QWidget *parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    // The scene the options ask for (the current view with the typed range applied), or none with a
    // reason when the range cannot be read.
    std::optional<ExportScene> scene(QString *error = nullptr) const;
    const QImage &preview() const { return m_preview; }

    // Writes to `path` (no file dialog); reports failure in the dialog and returns whether it worked.
    bool exportTo(const QString &path);
    bool exportStoryDeckTo(const QString &path);
    void copyImage();
    void saveSettings() const;
    // With a file or print dialog first (what the window's File menu does).
    void chooseFileAndExport();
    void chooseFileAndExportStoryDeck();
    void print();

protected:
    void done(int result) override;

private:
    void buildForm();
    void schedulePreview();
    void updatePreview();
    void updateEnabled();
    void loadSettings();
    void showError(const QString &message);
    QString suggestedFileName(ExportOptions::Format format) const;

    std::function<ExportScene()> m_currentView;
    QSettings *m_settings;
    QComboBox *m_view;
    QLineEdit *m_range;
    QComboBox *m_theme;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QCheckBox *m_legend;
    QCheckBox *m_credits;
    QComboBox *m_format;
    QStackedWidget *m_formatPages;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_transparent;
    QComboBox *m_page;
    QCheckBox *m_portrait;
    QDoubleSpinBox *m_tileYears;
    QLabel *m_previewLabel;
    QLabel *m_message;
    QPushButton *m_exportButton;
    QTimer *m_previewTimer;
    QImage m_preview;
};

} // namespace argline
